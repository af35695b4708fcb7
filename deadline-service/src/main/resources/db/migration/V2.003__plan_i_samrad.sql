-- Issue 16, indicator B.4.1 ("genomförandeplaner som har upprättats i samråd med brukaren"): whether the child or a
-- guardian took part in drawing up the plan (GenomförandeplanUpprättad.familjenDeltog); null when not known.
ALTER TABLE plan_vy ADD COLUMN i_samrad BOOLEAN;
