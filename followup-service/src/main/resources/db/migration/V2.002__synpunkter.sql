-- The family's complaints and views on how the intervention is carried out (SOSFS 2014:5, 4 kap. 22 § and 5 kap. 4 §):
-- the register per unit, with the measures taken. Free text about the family; read through audited endpoints only.
-- Joined with uppfoljning_vy for the units, so facts that arrive late apply at once. Rebuildable from the event store.
CREATE TABLE synpunkt_vy (
    id             VARCHAR(80)   PRIMARY KEY,
    uppdrag_id     VARCHAR(64)   NOT NULL,
    synpunkt_id    VARCHAR(8)    NOT NULL,
    typ            VARCHAR(20)   NOT NULL,
    fran_vem       VARCHAR(30)   NOT NULL,
    datum          DATE          NOT NULL,
    avser          TEXT          NOT NULL,
    atgarder       TEXT,
    registrerad_av VARCHAR(255),
    roll           VARCHAR(40),
    registrerat    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX synpunkt_vy_uppdrag ON synpunkt_vy (uppdrag_id);
CREATE INDEX synpunkt_vy_datum ON synpunkt_vy (datum);

CREATE TABLE synpunktsatgard_vy (
    id             VARCHAR(100)  PRIMARY KEY,
    synpunkt       VARCHAR(80)   NOT NULL,
    nummer         INTEGER       NOT NULL,
    datum          DATE          NOT NULL,
    atgarder       TEXT          NOT NULL,
    registrerad_av VARCHAR(255),
    roll           VARCHAR(40),
    registrerat    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX synpunktsatgard_vy_synpunkt ON synpunktsatgard_vy (synpunkt);
