-- Issue 15 (regulation fixes).
-- §106.4–§106.6, §76: the baseline values a change request will apply, fixed when it is evaluated, so the
-- level that decides (routed on them) and the baseline that changes (applied from them) see one figure.
ALTER TABLE change_request ADD COLUMN target_end_date DATE;
ALTER TABLE change_request ADD COLUMN target_budget NUMERIC(18, 2);
ALTER TABLE change_request ADD COLUMN budget_change_percent NUMERIC(9, 2);

-- §96: an open weekly report's due date is the task's (moved by calendar edits and suspensions); only a
-- filed report keeps the deadline it was judged against.
ALTER TABLE weekly_report ALTER COLUMN due_at DROP NOT NULL;
UPDATE weekly_report SET due_at = NULL WHERE filed_at IS NULL;
