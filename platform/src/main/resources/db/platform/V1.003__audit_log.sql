-- Append-only audit log of every read or change of personal data: who, role, unit, what, when, which case, outcome.
CREATE TABLE audit_log (
    id          BIGSERIAL    PRIMARY KEY,
    occurred_at TIMESTAMPTZ  NOT NULL,
    user_id     VARCHAR(255) NOT NULL,
    roles       VARCHAR(500) NOT NULL,
    enhet       VARCHAR(64),
    action      VARCHAR(16)  NOT NULL,
    resource    VARCHAR(100) NOT NULL,
    operation   VARCHAR(300) NOT NULL,
    case_id     VARCHAR(255),
    outcome     VARCHAR(32)  NOT NULL
);
CREATE INDEX audit_log_case ON audit_log (case_id, occurred_at);
CREATE INDEX audit_log_user ON audit_log (user_id, occurred_at);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
