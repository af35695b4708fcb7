-- When the recipient decided, for special reasons (19 kap. 6 § SoL), not to give the professional reporter feedback:
-- the feedback deadline is then no longer overdue.
ALTER TABLE oro_vy ADD COLUMN aterkoppling_avstadd TIMESTAMPTZ;
