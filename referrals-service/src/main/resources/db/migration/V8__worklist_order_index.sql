-- The triage worklist read in its own order (issue #17). Its order (ungraded, high, medium, then low
-- risk; emergency, urgent, then routine; least time left; id) was computed per row with CASE, so a busy
-- front door read and sorted all its ~2,700 waiting referrals for each page of 20. The two ranks, held
-- in one stored column (grade rank * 3 + priority rank), put that order in an index: the worklist reads
-- each team's referrals of each status in order, only as far as the page reaches, and merges them.
-- Enum values are stored by name (V3); any grade other than HIGH and MEDIUM ranks as LOW, any
-- priority other than EMERGENCY and URGENT as ROUTINE, as the worklist's ORDER BY did.
ALTER TABLE referral ADD COLUMN worklist_rank SMALLINT GENERATED ALWAYS AS ((
    (CASE WHEN risk_grade IS NULL THEN 0 WHEN risk_grade = 'HIGH' THEN 1 WHEN risk_grade = 'MEDIUM' THEN 2 ELSE 3 END) * 3
    + CASE WHEN priority = 'EMERGENCY' THEN 0 WHEN priority = 'URGENT' THEN 1 ELSE 2 END)::smallint) STORED;

-- Team and status are equalities ahead of the rank, so one index reads any statuses asked for in order (a
-- partial index for the waiting statuses could not serve a prepared statement's generic plan). Referrals
-- to no team have an index of their own: "target_team IS NULL" does not fix the column as "=" does, and
-- PostgreSQL would sort all of them. The two replace referral_worklist, which only the worklist read.
CREATE INDEX referral_worklist_order ON referral (target_organisation, target_team, status, worklist_rank, due_at, id)
    WHERE target_team IS NOT NULL;
CREATE INDEX referral_worklist_teamless ON referral (target_organisation, status, worklist_rank, due_at, id)
    WHERE target_team IS NULL;
DROP INDEX referral_worklist;
