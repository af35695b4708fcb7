-- Issue 17 (B5): the sweep pages through the due cases by case id (keyset), so it reads this partial index in case
-- order and filters the due time from the index itself.
CREATE INDEX bevakning_vy_svep ON bevakning_vy (arende_id, nasta_kontroll) WHERE status = 'OPPEN' AND nasta_kontroll IS NOT NULL;
