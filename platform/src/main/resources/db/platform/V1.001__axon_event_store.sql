-- Axon Framework 4 JDBC event store and token store (JdbcEventStorageEngine, JdbcTokenStore) on PostgreSQL.
-- Same layout as Axon's PostgresEventTableFactory / PostgresTokenTableFactory, created here so that no service
-- creates tables at runtime. Platform migrations are versioned 1.x; services use 2.x and up (out-of-order is on).

CREATE TABLE DomainEventEntry (
    globalIndex        BIGSERIAL    NOT NULL,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber     BIGINT       NOT NULL,
    type               VARCHAR(255),
    eventIdentifier    VARCHAR(255) NOT NULL,
    metaData           BYTEA,
    payload            BYTEA        NOT NULL,
    payloadRevision    VARCHAR(255),
    payloadType        VARCHAR(255) NOT NULL,
    timeStamp          VARCHAR(255),
    PRIMARY KEY (globalIndex),
    UNIQUE (aggregateIdentifier, sequenceNumber),
    UNIQUE (eventIdentifier)
);

CREATE TABLE SnapshotEventEntry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber     BIGINT       NOT NULL,
    type               VARCHAR(255) NOT NULL,
    eventIdentifier    VARCHAR(255) NOT NULL,
    metaData           BYTEA,
    payload            BYTEA        NOT NULL,
    payloadRevision    VARCHAR(255),
    payloadType        VARCHAR(255) NOT NULL,
    timeStamp          VARCHAR(255),
    PRIMARY KEY (aggregateIdentifier, sequenceNumber),
    UNIQUE (eventIdentifier)
);

CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA        NULL,
    tokenType     VARCHAR(255) NULL,
    timestamp     VARCHAR(255) NULL,
    owner         VARCHAR(255) NULL,
    PRIMARY KEY (processorName, segment)
);
