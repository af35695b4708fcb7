-- The read model of the test projection (TestProjektion): one row per handled event, in the order handled.
CREATE TABLE test_vy (
    ordning     BIGSERIAL    PRIMARY KEY,
    eventid     VARCHAR(255) NOT NULL UNIQUE,
    aggregatid  VARCHAR(255) NOT NULL,
    text        VARCHAR(255) NOT NULL
);
