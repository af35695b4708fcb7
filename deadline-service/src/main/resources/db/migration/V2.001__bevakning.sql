-- Read models of the deadline-service (rebuildable from the event store by resetting the bevakning-vy processor).

-- One row per watch: the lists of open and overdue watches, the sweep of what is due next (nasta_kontroll).
CREATE TABLE bevakning_vy (
    bevakning_id       VARCHAR(200) PRIMARY KEY,
    arende_id          VARCHAR(64)  NOT NULL,
    arendetyp          VARCHAR(10)  NOT NULL,
    regel_id           VARCHAR(64)  NOT NULL,
    regelversion       INTEGER      NOT NULL,
    ivo                BOOLEAN      NOT NULL,
    forekomst          VARCHAR(64),
    barn_pseudonym     VARCHAR(64),
    barn_kon           VARCHAR(10),
    barn_fodelsear     INTEGER,
    myndighetsenhet    VARCHAR(64),
    utforarenhet       VARCHAR(64),
    socialsekreterare  VARCHAR(255),
    startdatum         DATE         NOT NULL,
    forfallodatum      DATE         NOT NULL,
    forfaller          TIMESTAMPTZ  NOT NULL,
    paminnelse         TIMESTAMPTZ,
    status             VARCHAR(10)  NOT NULL,
    paminnelse_skickad TIMESTAMPTZ,
    passerad           TIMESTAMPTZ,
    ivo_kvartal        VARCHAR(7),
    uppfylld_datum     DATE,
    inom_frist         BOOLEAN,
    avbruten_orsak     VARCHAR(40),
    avbruten_datum     DATE,
    larm               INTEGER      NOT NULL DEFAULT 0,
    kvitterade         INTEGER      NOT NULL DEFAULT 0,
    kvitterad_av       VARCHAR(255),
    kvitterad          TIMESTAMPTZ,
    nasta_kontroll     TIMESTAMPTZ,
    startad            TIMESTAMPTZ  NOT NULL,
    senast_andrad      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX bevakning_vy_arende ON bevakning_vy (arende_id);
CREATE INDEX bevakning_vy_oppna ON bevakning_vy (forfaller) WHERE status = 'OPPEN';
CREATE INDEX bevakning_vy_kontroll ON bevakning_vy (nasta_kontroll) WHERE status = 'OPPEN' AND nasta_kontroll IS NOT NULL;
CREATE INDEX bevakning_vy_enhet ON bevakning_vy (myndighetsenhet, socialsekreterare);

-- One row per case: what its facts say now (the IVO report, the statistics and the quality indicators read these).
CREATE TABLE arende_vy (
    arende_id                    VARCHAR(64)  PRIMARY KEY,
    arendetyp                    VARCHAR(10)  NOT NULL,
    uppdragstyp                  VARCHAR(40),
    barn_pseudonym               VARCHAR(64),
    barn_kon                     VARCHAR(10),
    barn_fodelsear               INTEGER,
    insatstyp                    VARCHAR(64),
    lagrum                       VARCHAR(20),
    beslutsdatum                 DATE,
    period_tom                   DATE,
    myndighetsenhet              VARCHAR(64),
    utforarenhet                 VARCHAR(64),
    socialsekreterare            VARCHAR(255),
    verkstallighetsdatum         DATE,
    avslutsdatum                 DATE,
    avslutsorsak                 VARCHAR(40),
    avslutsskal                  VARCHAR(40),
    avslutningsmote              DATE,
    inkom                        TIMESTAMPTZ,
    skyddsbedomd                 TIMESTAMPTZ,
    skyddsbedomning_samma_dag    BOOLEAN,
    forhandsbedomd               TIMESTAMPTZ,
    forhandsbedomning_inom_frist BOOLEAN,
    senast_andrad                TIMESTAMPTZ  NOT NULL
);
CREATE INDEX arende_vy_beslut ON arende_vy (beslutsdatum) WHERE arendetyp = 'UPPDRAG';
CREATE INDEX arende_vy_inkom ON arende_vy (inkom) WHERE arendetyp = 'ORO';

CREATE TABLE avbrott_vy (
    arende_id          VARCHAR(64) NOT NULL,
    avbrottsdatum      DATE        NOT NULL,
    orsak              VARCHAR(40),
    aterupptagen_datum DATE,
    PRIMARY KEY (arende_id, avbrottsdatum)
);

CREATE TABLE plan_vy (
    arende_id VARCHAR(64) NOT NULL,
    version   INTEGER     NOT NULL,
    datum     DATE        NOT NULL,
    PRIMARY KEY (arende_id, version)
);

CREATE TABLE uppfoljningsmote_vy (
    arende_id     VARCHAR(64) NOT NULL,
    mote_id       VARCHAR(16) NOT NULL,
    datum         DATE        NOT NULL,
    barnet_deltog BOOLEAN     NOT NULL,
    revideras     BOOLEAN     NOT NULL,
    utfall        VARCHAR(20),
    PRIMARY KEY (arende_id, mote_id)
);
CREATE INDEX uppfoljningsmote_vy_datum ON uppfoljningsmote_vy (datum);
