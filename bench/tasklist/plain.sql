-- The task-list questions of bench/run --tasklist in plain SQL, without the engine's authorisation check: the
-- floor the engine's answers are compared with. psql variables: user, groups (a quoted, comma-separated list).
-- "My work": assigned to me, or unassigned with me or one of my groups as a candidate; by due date, first page.
SELECT DISTINCT RES.* FROM act_ru_task RES LEFT JOIN act_ru_identitylink I ON I.task_id_ = RES.id_
 WHERE RES.assignee_ = :'user'
    OR (RES.assignee_ IS NULL AND I.type_ = 'candidate' AND (I.user_id_ = :'user' OR I.group_id_ IN (:groups)))
 ORDER BY RES.due_date_ LIMIT 15;
SELECT count(DISTINCT RES.id_) FROM act_ru_task RES LEFT JOIN act_ru_identitylink I ON I.task_id_ = RES.id_
 WHERE RES.assignee_ = :'user'
    OR (RES.assignee_ IS NULL AND I.type_ = 'candidate' AND (I.user_id_ = :'user' OR I.group_id_ IN (:groups)));
-- "My groups' tasks": one of my groups is a candidate, assigned or not.
SELECT DISTINCT RES.* FROM act_ru_task RES JOIN act_ru_identitylink I ON I.task_id_ = RES.id_
 WHERE I.type_ = 'candidate' AND I.group_id_ IN (:groups)
 ORDER BY RES.due_date_ LIMIT 15;
SELECT count(DISTINCT RES.id_) FROM act_ru_task RES JOIN act_ru_identitylink I ON I.task_id_ = RES.id_
 WHERE I.type_ = 'candidate' AND I.group_id_ IN (:groups);
