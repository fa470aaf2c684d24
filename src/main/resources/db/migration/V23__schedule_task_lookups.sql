-- Deciding a change request looks up the project's "Change request" summary task by its WBS code and counts its
-- sub-tasks (one per accepted request). With only the project's index, both read every schedule task of the
-- project, the plan's and all earlier requests' (bench/run: 320 rows a request after 300 requests, growing with
-- each). These two indexes answer each with one probe; each also serves the project's own lookups, so the
-- project-only index goes.
CREATE INDEX schedule_task_wbs_idx ON schedule_task (project_id, wbs_code);
CREATE INDEX schedule_task_parent_idx ON schedule_task (project_id, parent_id);
DROP INDEX schedule_task_project_idx;
