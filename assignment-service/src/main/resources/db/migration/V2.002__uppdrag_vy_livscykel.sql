-- The list read model grows with the whole lifecycle (rebuildable: reset the uppdrag-vy processor).
ALTER TABLE uppdrag_vy
    ADD COLUMN barn_kon              VARCHAR(10),
    ADD COLUMN barn_fodelsedatum     DATE,
    ADD COLUMN insatstyp             VARCHAR(64),
    ADD COLUMN ansvarig_utforare     VARCHAR(255),
    ADD COLUMN identifierad_for_enhet BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN beslutsdatum          DATE,
    ADD COLUMN verkstallighetsdatum  DATE,
    ADD COLUMN senast_andrad         TIMESTAMPTZ;
CREATE INDEX uppdrag_vy_utforarenhet ON uppdrag_vy (utforarenhet, registrerat);
-- An assignment is registered before its first enquiry names the unit (both events come from the same command).
ALTER TABLE uppdrag_vy ALTER COLUMN utforarenhet DROP NOT NULL;
