-- The observable effect of the test consumer.
CREATE TABLE test_effect (
    id       BIGSERIAL PRIMARY KEY,
    event_id VARCHAR(255) NOT NULL,
    subject  VARCHAR(255) NOT NULL
);
