-- The read model of the live-batch test projection (TestLarmProjektion): per aggregate the count and sum of its
-- amounts and the text of the latest one, written as TestSaldoProjektion's, but its live batches are preloaded.
CREATE TABLE test_larm (
    aggregat_id   VARCHAR(255) PRIMARY KEY,
    antal         INTEGER      NOT NULL,
    summa         BIGINT       NOT NULL,
    senaste_text  VARCHAR(255) NOT NULL
);
