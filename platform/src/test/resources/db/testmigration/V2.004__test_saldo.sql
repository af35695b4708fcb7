-- The read model of the replay test projection (TestSaldoProjektion, Panache entities like the services' projections):
-- per aggregate the count and sum of its amounts and the text of the latest one, updated row by row.
CREATE TABLE test_saldo (
    aggregat_id   VARCHAR(255) PRIMARY KEY,
    antal         INTEGER      NOT NULL,
    summa         BIGINT       NOT NULL,
    senaste_text  VARCHAR(255) NOT NULL
);
