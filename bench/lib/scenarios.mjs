// The scenarios the benchmark compares, each one process instance from start to end through the REST API: the
// change request and two yardsticks, the least a user task costs and the least the change request's steps cost.
import { readFileSync } from 'node:fs';
import { variables, CallFailed } from './engine.mjs';

export const BASELINE = 'baseline';
export const BASELINE_STEPS = 'baseline-steps';
export const CHANGE_REQUEST = 'change-request';

/** Who does what (demo users of the dev profile). */
const BASELINE_USER = 'planner';        // planning-unit, a ministry-wide role: the task stays a group task
const BASELINE_GROUP = 'planning-unit';
const FILER = 'team';                   // project-team of the project
const LEAD = 'lead';                    // project-lead: reviews and evaluates
const GROUP_HEAD = 'pghead';            // project-group-head of PG-3.3: decides a change to the baseline

/**
 * Deploys the yardsticks (bench/baseline.bpmn, bench/baseline-steps.bpmn), lets their group start them, and finds
 * the project the change requests are filed on.
 */
export async function prepare(engine, benchDir) {
  const admin = engine.as('demo', 'setup');
  const form = new FormData();
  form.append('deployment-name', 'jobalyq-bench');
  form.append('deploy-changed-only', 'true');
  for (const file of ['baseline.bpmn', 'baseline-steps.bpmn']) {
    form.append(file, new Blob([readFileSync(`${benchDir}/${file}`)], { type: 'application/xml' }), file);
  }
  await admin.setup('POST', '/engine-rest/deployment/create', form);
  // A deployment through the API grants no start permission (the models folder's deployment does, from
  // camunda:candidateStarterGroups): the administrator grants it, as they would in Admin.
  for (const key of ['bench-baseline', 'bench-steps']) {
    const granted = await admin.setup('GET',
      `/engine-rest/authorization?groupIdIn=${BASELINE_GROUP}&resourceType=6&resourceId=${key}`);
    if (granted.length === 0) {
      await admin.setup('POST', '/engine-rest/authorization/create', {
        type: 1, permissions: ['CREATE_INSTANCE'], groupId: BASELINE_GROUP, resourceType: 6, resourceId: key,
      });
    }
  }
  // The demo project "Нәтиже" (PRJ-<year>-0001): the lowest-numbered project `lead` leads, in pghead's group PG-3.3.
  const assignments = await admin.setup('GET', '/api/organisation/role-assignments');
  const led = assignments.filter(a => a.userId === LEAD && a.role === 'project-lead' && a.unitKind === 'PROJECT')
    .map(a => a.unitCode).sort();
  if (led.length === 0) throw new CallFailed(`no project led by ${LEAD}: is the dev profile's demo data there?`);
  return { projectNumber: led[0] };
}

/** Start → query the task → claim → complete: the least a user task costs. */
export async function baseline(engine) {
  const planner = engine.as(BASELINE_USER, BASELINE);
  const instance = await planner.post('start', '/engine-rest/process-definition/key/bench-baseline/submit-form',
    { variables: {} });
  await work(planner, instance.id, 'Task_Bench', 'task', {});
  return instance.id;
}

/**
 * The change request's step mix and nothing else: start, then three tasks that are already the user's (as the
 * change request's review, evaluation and decision reach one person each), each found and its form submitted.
 */
export async function baselineSteps(engine) {
  const planner = engine.as(BASELINE_USER, BASELINE_STEPS);
  const instance = await planner.post('start', '/engine-rest/process-definition/key/bench-steps/submit-form',
    { variables: {} });
  await work(planner, instance.id, 'Task_First', 'first', {});
  await work(planner, instance.id, 'Task_Second', 'second', {});
  await work(planner, instance.id, 'Task_Third', 'third', {});
  return instance.id;
}

/**
 * A change request on the demo project: filed by a team member, reviewed and evaluated by the project's lead, a
 * one-day schedule shift (the baseline changes, so the project group head decides), approved and applied.
 */
export async function changeRequest(engine, { projectNumber }) {
  const team = engine.as(FILER, CHANGE_REQUEST);
  const instance = await team.post('file', '/engine-rest/process-definition/key/change-request/submit-form', {
    variables: variables({
      projectNumber, requestType: 'CHANGE', changeSubject: 'SCHEDULE',
      description: 'Кестені 1 күнге жылжыту (бенчмарк)', justification: 'Мердігер жабдықты кешіктірді',
    }),
  });
  const lead = engine.as(LEAD, CHANGE_REQUEST);
  await work(lead, instance.id, 'Task_ReviewChangeRequest', 'review',
    { reviewOutcome: 'accept', reviewComment: 'Бағалауға қабылданды' });
  await work(lead, instance.id, 'Task_EvaluateChange', 'evaluate',
    { scheduleShiftDays: 1, costChange: 0, evaluationComment: 'Бір күнге жылжу' });
  await work(engine.as(GROUP_HEAD, CHANGE_REQUEST), instance.id, 'Task_DecideChangeRequest', 'decide',
    { decision: 'approve', decisionComment: 'Қабылданды' });
  return instance.id;
}

/**
 * One user task as Tasklist does it: find it, claim it unless it is already the user's (a task only one person
 * holds the role for is assigned to them at once), submit the form.
 */
async function work(session, processInstanceId, taskKey, step, values) {
  const tasks = await session.get(`${step}: query`,
    `/engine-rest/task?processInstanceId=${processInstanceId}&taskDefinitionKey=${taskKey}`);
  if (tasks.length !== 1) {
    throw new CallFailed(`${session.scenario} ${step}: ${session.user} sees ${tasks.length} ${taskKey} task(s) of ${processInstanceId}, not 1`);
  }
  const [task] = tasks;
  if (task.assignee === null) {
    await session.post(`${step}: claim`, `/engine-rest/task/${task.id}/claim`, { userId: session.user });
  } else if (task.assignee !== session.user) {
    throw new CallFailed(`${session.scenario} ${step}: the task is ${task.assignee}'s, not ${session.user}'s`);
  }
  await session.post(`${step}: complete`, `/engine-rest/task/${task.id}/submit-form`, { variables: variables(values) });
}

/** After the run: every instance the benchmark started must have ended (asked of the history as the administrator). */
export async function unfinished(engine, ids) {
  if (ids.length === 0) return 0;
  const admin = engine.as('demo', 'setup');
  const answer = await admin.setup('POST', '/engine-rest/history/process-instance/count',
    { processInstanceIds: ids, unfinished: true });
  return answer.count;
}
