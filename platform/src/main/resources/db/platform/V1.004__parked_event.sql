-- Events that an event processor (projection, outbox publisher) or a Kafka consumer could not handle after bounded
-- retries, and the later events of the same sequence parked behind them (docs/operations.md, "Event processors and
-- consumers that fail"). Never a payload of a processor's event (it stays in the event store, read back by global
-- index); for a consumer the raw record, which is a contract event and carries no personal data.
CREATE TABLE parked_event (
    id             UUID          PRIMARY KEY,
    kind           VARCHAR(10)   NOT NULL CHECK (kind IN ('PROCESSOR', 'CONSUMER')),
    processor      VARCHAR(200)  NOT NULL,
    event_id       VARCHAR(255)  NOT NULL,
    event_type     VARCHAR(255),
    sequence_id    VARCHAR(255),
    global_index   BIGINT,
    topic          VARCHAR(255),
    partition_no   INTEGER,
    record_offset  BIGINT,
    record_key     VARCHAR(255),
    record_value   BYTEA,
    record_headers TEXT,
    cause          BOOLEAN       NOT NULL,
    error_class    VARCHAR(255),
    sql_state      VARCHAR(10),
    error          VARCHAR(300),
    attempts       INTEGER       NOT NULL,
    parked_at      TIMESTAMPTZ   NOT NULL,
    state          VARCHAR(10)   NOT NULL CHECK (state IN ('PARKED', 'REDRIVEN', 'DISCARDED')),
    resolved_at    TIMESTAMPTZ,
    resolved_by    VARCHAR(200),
    CONSTRAINT parked_event_processor_event UNIQUE (processor, event_id)
);

CREATE INDEX parked_event_open ON parked_event (processor, sequence_id) WHERE state = 'PARKED';
