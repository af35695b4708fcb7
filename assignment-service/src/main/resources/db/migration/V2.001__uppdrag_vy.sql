-- Read model of assignments (rebuildable from the event store by resetting the uppdrag-vy processor).
CREATE TABLE uppdrag_vy (
    uppdrag_id        VARCHAR(64)  PRIMARY KEY,
    typ               VARCHAR(40)  NOT NULL,
    status            VARCHAR(40)  NOT NULL,
    barn_personnummer VARCHAR(12)  NOT NULL,
    barn_fornamn      VARCHAR(200),
    barn_efternamn    VARCHAR(200),
    utforarenhet      VARCHAR(64)  NOT NULL,
    myndighetsenhet   VARCHAR(64)  NOT NULL,
    socialsekreterare VARCHAR(255) NOT NULL,
    registrerat       TIMESTAMPTZ  NOT NULL,
    skickat           TIMESTAMPTZ,
    mottaget          TIMESTAMPTZ
);
CREATE INDEX uppdrag_vy_myndighetsenhet ON uppdrag_vy (myndighetsenhet, registrerat);
