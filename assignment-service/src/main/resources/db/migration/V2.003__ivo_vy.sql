-- Read model of what the IVO report needs per case (rebuildable from the event store by resetting the ivo-vy processor).
-- underlag: the case's events that IvoUppgifter reads, in order (JSON, as the event store holds them);
-- uppgifter: IvoUppgifter folded from them, ready to return (NULL while the case has no decision on intervention).
CREATE TABLE ivo_vy (
    uppdrag_id VARCHAR(64)  PRIMARY KEY,
    pseudonym  VARCHAR(128) NOT NULL,
    underlag   JSONB        NOT NULL,
    uppgifter  JSONB
);
