-- Idempotent consumers: the id of every CloudEvent a consumer group has handled, written in the same transaction
-- as the handler's effect. A re-delivered event finds its id here and has no second effect.
CREATE TABLE processed_event (
    consumer      VARCHAR(200) NOT NULL,
    event_id      VARCHAR(255) NOT NULL,
    event_type    VARCHAR(100),
    topic         VARCHAR(255) NOT NULL,
    partition_no  INTEGER      NOT NULL,
    record_offset BIGINT       NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
