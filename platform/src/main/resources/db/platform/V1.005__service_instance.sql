-- The running instances of a service, for sharing the event processors' segments among them (SegmentBalancer): each
-- instance writes its token-store node id (the owner column of TokenEntry) and refreshes seen_at every balance
-- interval; a row not refreshed for three intervals is an instance that has gone.
CREATE TABLE service_instance (
    node_id VARCHAR(255) PRIMARY KEY,
    seen_at TIMESTAMPTZ  NOT NULL
);
