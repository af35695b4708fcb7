-- The read model of the rebuild test projection (TestSummaProjektion): per aggregate the count and sum of its amounts
-- and the text of the latest one – state that depends on every event and on their order.
CREATE TABLE test_summa (
    aggregat_id   VARCHAR(255) PRIMARY KEY,
    antal         INTEGER      NOT NULL,
    summa         BIGINT       NOT NULL,
    senaste_text  VARCHAR(255) NOT NULL
);
