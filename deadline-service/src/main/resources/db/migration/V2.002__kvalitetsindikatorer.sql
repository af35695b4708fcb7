-- Issue 16: what the seed-004 indicators need of a case (read model, rebuilt from the event store on a reset).
-- The preliminary assessment's decision and whether the child was heard (D.1.1, H.3.1, B 2.1); the SIP need and
-- whether one exists (A.2.2).
ALTER TABLE arende_vy ADD COLUMN forhandsbeslut VARCHAR(40);
ALTER TABLE arende_vy ADD COLUMN barnet_kom_till_tals BOOLEAN;
ALTER TABLE arende_vy ADD COLUMN skal_barnet_inte_hort_dokumenterat BOOLEAN;
ALTER TABLE arende_vy ADD COLUMN sip_behov BOOLEAN;
ALTER TABLE arende_vy ADD COLUMN sip_finns BOOLEAN;
CREATE INDEX arende_vy_forhandsbedomd ON arende_vy (forhandsbedomd) WHERE arendetyp = 'ORO';
