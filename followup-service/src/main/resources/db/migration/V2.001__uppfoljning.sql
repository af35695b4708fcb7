-- Read models of the follow-up records (rebuildable from the event store by resetting the uppfoljning-vy processor):
-- one row per intervention, per meeting, and per goal rating. Meetings and ratings are joined with the intervention's
-- row for units, type and sex, so facts that arrive late from the assignment-service apply to them at once.
CREATE TABLE uppfoljning_vy (
    uppdrag_id           VARCHAR(64)  PRIMARY KEY,
    uppdragstyp          VARCHAR(40),
    barn_pseudonym       VARCHAR(64),
    barn_kon             VARCHAR(10),
    barn_fodelsear       INTEGER,
    insatstyp            VARCHAR(64),
    myndighetsenhet      VARCHAR(64),
    socialsekreterare    VARCHAR(255),
    utforarenhet         VARCHAR(64),
    ansvarig_utforare    VARCHAR(255),
    verkstallighetsdatum DATE,
    planversion          INTEGER      NOT NULL DEFAULT 0,
    slut                 VARCHAR(40),
    slutdatum            DATE,
    avslutningsmote      DATE,
    senaste_motesdatum   DATE,
    senaste_utfall       VARCHAR(20),
    antal_uppfoljningar  INTEGER      NOT NULL DEFAULT 0,
    bokat_mote_id        VARCHAR(8),
    pakallat             BOOLEAN      NOT NULL DEFAULT FALSE,
    senast_andrad        TIMESTAMPTZ  NOT NULL
);
CREATE INDEX uppfoljning_vy_myndighet ON uppfoljning_vy (myndighetsenhet, socialsekreterare);
CREATE INDEX uppfoljning_vy_utforare ON uppfoljning_vy (utforarenhet);
CREATE INDEX uppfoljning_vy_obokade ON uppfoljning_vy (verkstallighetsdatum)
    WHERE bokat_mote_id IS NULL AND slut IS NULL AND avslutningsmote IS NULL;

CREATE TABLE mote_vy (
    id            VARCHAR(80)  PRIMARY KEY,
    uppdrag_id    VARCHAR(64)  NOT NULL,
    mote_id       VARCHAR(8)   NOT NULL,
    slag          VARCHAR(20)  NOT NULL,
    extra         BOOLEAN      NOT NULL,
    nummer        INTEGER      NOT NULL,
    datum         DATE         NOT NULL,
    klockslag     TIME,
    status        VARCHAR(20)  NOT NULL,
    inom_fonster  BOOLEAN,
    kalla         VARCHAR(20)  NOT NULL,
    sammanfattning BOOLEAN     NOT NULL DEFAULT FALSE,
    formote       BOOLEAN      NOT NULL DEFAULT FALSE,
    barnet_deltog BOOLEAN,
    utfall        VARCHAR(20),
    bokat         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX mote_vy_uppdrag ON mote_vy (uppdrag_id);
CREATE INDEX mote_vy_kommande ON mote_vy (datum) WHERE status = 'BOKAT';
CREATE INDEX mote_vy_genomforda ON mote_vy (datum) WHERE status = 'GENOMFORT';

CREATE TABLE bedomning_vy (
    id           VARCHAR(160) PRIMARY KEY,
    uppdrag_id   VARCHAR(64)  NOT NULL,
    mote_id      VARCHAR(8)   NOT NULL,
    slag         VARCHAR(20)  NOT NULL,
    datum        DATE         NOT NULL,
    mal_id       VARCHAR(64)  NOT NULL,
    bbic_omrade  VARCHAR(64),
    skala        VARCHAR(40)  NOT NULL
);
CREATE INDEX bedomning_vy_datum ON bedomning_vy (datum);
