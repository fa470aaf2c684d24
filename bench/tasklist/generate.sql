-- Open and historic tasks for the task-list benchmark (bench/run --tasklist), written as the engine writes them:
-- one process instance per task, its identity links, and one authorisation row per candidate user or
-- ministry-wide candidate group. psql variables: from, to (the numbers of the open tasks to add), historic (how
-- many ended tasks to add, numbered from hfrom), template (the id of a real open task of the demo data, whose definition they share).
\set ON_ERROR_STOP 1
BEGIN;
CREATE TEMP TABLE gen_template ON COMMIT DROP AS
  SELECT t.proc_def_id_, t.task_def_key_, t.name_, e.id_ AS execution_id_, d.key_ AS proc_def_key_
    FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_ JOIN act_re_procdef d ON d.id_ = t.proc_def_id_
   WHERE t.id_ = :'template';

-- Every second task is a ministry-wide role's (planning-unit: the group is granted the task); the others are a
-- record-scoped role's (project-lead: the record's own holder is the candidate and assignee). `lead` holds
-- one record in fifty, the rest belong to 997 other holders.
CREATE TEMP TABLE gen_task ON COMMIT DROP AS
  SELECT g, 'gen-' || g AS id, g % 2 = 0 AS ministry_wide,
         CASE WHEN g % 2 = 0 THEN NULL WHEN g % 100 = 1 THEN 'lead' ELSE 'gen-holder-' || (g % 997) END AS holder,
         localtimestamp + make_interval(days => (g * 7919) % 120 - 60, hours => g % 24) AS due
    FROM generate_series(:from, :to) g;

INSERT INTO act_ru_execution
SELECT (jsonb_populate_record(NULL::act_ru_execution, to_jsonb(e) || jsonb_build_object(
         'id_', t.id, 'proc_inst_id_', t.id, 'root_proc_inst_id_', t.id, 'business_key_', 'GEN-' || t.g,
         'parent_id_', NULL, 'super_exec_', NULL, 'super_case_exec_', NULL, 'case_inst_id_', NULL,
         'act_inst_id_', t.id, 'rev_', 1))).*
  FROM gen_task t CROSS JOIN gen_template tm JOIN act_ru_execution e ON e.id_ = tm.execution_id_;

INSERT INTO act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_, task_def_key_, assignee_,
                         priority_, create_time_, last_updated_, due_date_, suspension_state_, task_state_)
SELECT t.id, 1, t.id, t.id, tm.proc_def_id_, 'GEN-' || t.g || ' · ' || tm.name_, tm.task_def_key_, t.holder,
       50, t.due - interval '10 days', NULL, t.due, 1, 'Created'
  FROM gen_task t CROSS JOIN gen_template tm;

INSERT INTO act_ru_identitylink (id_, rev_, group_id_, type_, user_id_, task_id_)
SELECT t.id || '-g', 1, CASE WHEN t.ministry_wide THEN 'planning-unit' ELSE 'project-lead' END, 'candidate', NULL, t.id
  FROM gen_task t
UNION ALL
SELECT t.id || '-u', 1, NULL, 'candidate', t.holder, t.id FROM gen_task t WHERE t.holder IS NOT NULL;

-- READ | TASK_WORK, as the engine's default authorisation provider grants a task's candidates.
INSERT INTO act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_)
SELECT t.id || '-a', 1, 1, CASE WHEN t.ministry_wide THEN 'planning-unit' END, t.holder, 7, t.id, 16386
  FROM gen_task t;

INSERT INTO act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
                             execution_id_, name_, assignee_, start_time_, end_time_, duration_, delete_reason_,
                             priority_, due_date_, task_state_, removal_time_)
SELECT 'gen-h-' || (:hfrom + g), tm.task_def_key_, tm.proc_def_key_, tm.proc_def_id_, 'gen-h-' || (:hfrom + g), 'gen-h-' || (:hfrom + g),
       'gen-h-' || (:hfrom + g), tm.name_, 'gen-holder-' || (g % 997), localtimestamp - make_interval(days => 400 - g % 365),
       localtimestamp - make_interval(days => 390 - g % 365), 864000000, 'completed', 50,
       localtimestamp - make_interval(days => 390 - g % 365), 'Completed', NULL
  FROM generate_series(1, :historic) g CROSS JOIN gen_template tm;
COMMIT;
ANALYZE act_ru_task; ANALYZE act_ru_identitylink; ANALYZE act_ru_authorization; ANALYZE act_ru_execution;
