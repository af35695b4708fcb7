-- Read model of concerns (rebuildable from the event store by resetting the oro-vy processor): inboxes, concerns per
-- child, and the deadline sweep. Columns set by later events are nullable.
CREATE TABLE oro_vy (
    oro_id                      VARCHAR(64)  PRIMARY KEY,
    anmalan_id                  VARCHAR(64)  NOT NULL,
    barn_pseudonym              VARCHAR(64),
    barn_personnummer           VARCHAR(12),
    barn_namn                   VARCHAR(200),
    barn_fodelsedatum           DATE         NOT NULL,
    uppdrag_id                  VARCHAR(64),
    akut                        BOOLEAN      NOT NULL,
    form                        VARCHAR(20)  NOT NULL,
    om_vald_eller_overgrepp     BOOLEAN      NOT NULL,
    uppgiftslamnare             VARCHAR(255) NOT NULL,
    uppgiftslamnare_enhet       VARCHAR(64)  NOT NULL,
    inkom                       TIMESTAMPTZ  NOT NULL,
    mottagartyp                 VARCHAR(40)  NOT NULL,
    mottagarenhet               VARCHAR(64)  NOT NULL,
    mottagare_socialsekreterare VARCHAR(255),
    mottagare_sedan             TIMESTAMPTZ  NOT NULL,
    eskalerad                   BOOLEAN      NOT NULL DEFAULT FALSE,
    kvittera_senast             TIMESTAMPTZ  NOT NULL,
    mottagen                    TIMESTAMPTZ,
    skyddsbedomning_senast      TIMESTAMPTZ  NOT NULL,
    skyddsbedomd                TIMESTAMPTZ,
    omedelbart_skyddsbehov      BOOLEAN,
    skriftlig_senast            TIMESTAMPTZ,
    skriftligt_bekraftad        TIMESTAMPTZ,
    aterkoppling_senast         TIMESTAMPTZ  NOT NULL,
    aterkoppling_lamnad         TIMESTAMPTZ,
    forhandsbedomning_senast    TIMESTAMPTZ  NOT NULL,
    forhandsbedomd              TIMESTAMPTZ,
    forhandsbeslut              VARCHAR(40),
    avvikelser                  VARCHAR(1000) NOT NULL DEFAULT '',
    senast_andrad               TIMESTAMPTZ  NOT NULL
);
CREATE INDEX oro_vy_inkorg ON oro_vy (mottagartyp, mottagarenhet, mottagare_socialsekreterare) WHERE forhandsbedomd IS NULL;
CREATE INDEX oro_vy_barn ON oro_vy (barn_pseudonym);
CREATE INDEX oro_vy_anmalan ON oro_vy (anmalan_id);
CREATE INDEX oro_vy_oppna ON oro_vy (inkom) WHERE forhandsbedomd IS NULL;

-- The deviation register, for quality work: no personal data.
CREATE TABLE oro_avvikelse (
    avvikelse_id  VARCHAR(64)  PRIMARY KEY,
    oro_id        VARCHAR(64)  NOT NULL,
    typ           VARCHAR(80)  NOT NULL,
    enhet         VARCHAR(64)  NOT NULL,
    registrerad   TIMESTAMPTZ  NOT NULL,
    akut          BOOLEAN      NOT NULL,
    mottagartyp   VARCHAR(40)  NOT NULL
);
CREATE INDEX oro_avvikelse_enhet ON oro_avvikelse (enhet, registrerad);

-- Responsible social secretaries of ongoing assignments, learned from barnunga.uppdrag.v1 (pseudonyms only).
CREATE TABLE ansvarig_socialsekreterare (
    uppdrag_id        VARCHAR(64)  PRIMARY KEY,
    barn_pseudonym    VARCHAR(64)  NOT NULL,
    socialsekreterare VARCHAR(255) NOT NULL,
    myndighetsenhet   VARCHAR(64)  NOT NULL,
    pagaende          BOOLEAN      NOT NULL,
    senast            TIMESTAMPTZ  NOT NULL
);
CREATE INDEX ansvarig_socialsekreterare_barn ON ansvarig_socialsekreterare (barn_pseudonym, pagaende);

-- Registered absences of social secretaries (whole days, both inclusive).
CREATE TABLE franvaro (
    franvaro_id       VARCHAR(64)  PRIMARY KEY,
    socialsekreterare VARCHAR(255) NOT NULL,
    enhet             VARCHAR(64)  NOT NULL,
    fran              DATE         NOT NULL,
    tom               DATE         NOT NULL,
    registrerad_av    VARCHAR(255) NOT NULL,
    registrerad       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX franvaro_socialsekreterare ON franvaro (socialsekreterare, fran, tom);
