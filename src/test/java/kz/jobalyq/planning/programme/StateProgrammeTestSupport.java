package kz.jobalyq.planning.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.planning.programme.StateProgrammeProcess.Vars;
import kz.jobalyq.support.TaskPeople;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Walks a planning document through its process as the people of each group would: the demo users of the
 * planning bodies complete their tasks with the answers their forms send.
 */
final class StateProgrammeTestSupport {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final IdentityService identityService;

  StateProgrammeTestSupport(RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, IdentityService identityService) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.identityService = identityService;
  }

  /** The demo user of each group (DemoUsers). */
  static final Map<String, String> USER_OF_GROUP = Map.ofEntries(
      Map.entry("programme-developer", "developer"), Map.entry("co-executor", "coexecutor"),
      Map.entry("state-planning-authority", "spa"), Map.entry("regional-development-authority", "rda"),
      Map.entry("consultative-body", "consultative"), Map.entry("presidential-administration", "presadmin"),
      Map.entry("government", "government"), Map.entry("state-body-head", "statehead"),
      Map.entry("accounts-committee", "accounts"), Map.entry("revision-commission", "revision"));

  static void at(String moment) {
    ClockUtil.setCurrentTime(date(moment));
  }

  static Date date(String moment) {
    return Date.from(OffsetDateTime.parse(moment).toInstant());
  }

  /** The end of a day in Astana: how every deadline of §8 ends. */
  static Date endOf(String day) {
    return date(day + "T23:59:59+05:00");
  }

  // --- starting ---

  ProcessInstance submit(PlanningDocumentType type, boolean regionalPart, int startYear, int endYear) {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.DOCUMENT_TYPE, type.name());
    form.put(Vars.NAME, "Цифрлық Қазақстан");
    form.put(Vars.DEVELOPER_BODY, "Цифрлық даму министрлігі");
    form.put(Vars.REGIONAL_PART, regionalPart);
    form.put(Vars.PERIOD_START_YEAR, (long) startYear);
    form.put(Vars.PERIOD_END_YEAR, (long) endYear);
    if (type == PlanningDocumentType.STATE_PROGRAMME) {
      form.put(Vars.GOAL, "Мемлекеттік қызметтерді толық цифрландыру");
      form.put(Vars.TASKS_AND_WAYS, "Деректер платформасы; электрондық қызметтер; цифрлық сауаттылық");
      form.put(Vars.CO_EXECUTORS, "Қаржы министрлігі, облыстардың әкімдіктері; 2026–2030");
      form.put(Vars.HIGHER_DOCUMENTS_LINK, "Стратегиялық даму жоспарының 3-мақсаты");
      form.put(Vars.DUPLICATION_ANALYSIS, "Қолданыстағы бағдарламалармен қайталанбайды");
      form.put(Vars.EXPECTED_EFFECT, "Қызмет көрсету мерзімі 40 %-ға қысқарады");
      form.put(Vars.FUNDING_SOURCES, "Республикалық бюджет");
      form.put(Vars.FUNDING_VOLUME, 125000000.0);
    }
    identityService.setAuthentication("developer", List.of("programme-developer"));
    ProcessInstance started;
    try {
      started = runtimeService.startProcessInstanceByKey(StateProgrammeProcess.KEY, form);
    } finally {
      identityService.clearAuthentication();
    }
    // The business key is set by the registration step, after the start.
    return runtimeService.createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
  }

  // --- tasks ---

  /** The one open task of the instance (notices are tasks of no process and never show here). */
  Task task(ProcessInstance instance) {
    List<Task> open = tasks(instance);
    assertThat(open).as("open tasks").hasSize(1);
    return open.get(0);
  }

  List<Task> tasks(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys().list();
  }

  Task task(ProcessInstance instance, String definitionKey) {
    Task found = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(definitionKey)
        .singleResult();
    assertThat(found).as(definitionKey).isNotNull();
    return found;
  }

  /** Completes a task as the demo user of its candidate group. */
  void complete(Task task, Object... answers) {
    String group = TaskPeople.candidateGroups(taskService, task.getId()).stream().findFirst().orElseThrow();
    completeAs(task, USER_OF_GROUP.get(group), answers);
  }

  void completeAs(Task task, String user, Object... answers) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i + 1 < answers.length; i += 2) {
      variables.put((String) answers[i], answers[i + 1]);
    }
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(group -> group.getId()).toList();
    identityService.setAuthentication(user, groups);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Completes the open task, which must be the given step. */
  void step(ProcessInstance instance, String definitionKey, Object... answers) {
    Task open = task(instance);
    assertThat(open).hasDefinitionKey(definitionKey);
    complete(open, answers);
  }

  // --- timers ---

  Job timer(ProcessInstance instance, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .timers().singleResult();
    assertThat(job).as("timer " + activityId).isNotNull();
    return job;
  }

  /** Moves the clock to the timer's due time and fires it, as the job executor would. */
  void fire(ProcessInstance instance, String activityId) {
    Job job = timer(instance, activityId);
    ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 1000));
    managementService.executeJob(job.getId());
  }

  // --- the launch, the development and a yearly chain with the usual answers ---

  /** Justification → reviews → endorsement → decision → List, for a state programme (regional part or not). */
  void launch(ProcessInstance instance, boolean regionalPart, String decisionDate) {
    if (regionalPart) {
      step(instance, StateProgrammeProcess.TASK_REGIONAL_REVIEW, Vars.REGIONAL_REVIEW_OUTCOME, "worthwhile",
          Vars.REGIONAL_REVIEW_COMMENT, "Өңірлерде цифрлық теңсіздікті азайтады");
    }
    step(instance, StateProgrammeProcess.TASK_SPA_CONCLUSION, spaConclusion());
    step(instance, StateProgrammeProcess.TASK_ENDORSEMENT, Vars.ENDORSEMENT_DECISION, "endorse",
        Vars.ENDORSEMENT_PROTOCOL, "№ 3 хаттама");
    step(instance, StateProgrammeProcess.TASK_INFORM_PA, Vars.PA_NOTICE_REFERENCE, "01-12/345",
        Vars.PA_NOTICE_DATE, decisionDate);
    step(instance, StateProgrammeProcess.TASK_PRESIDENTIAL_DECISION, Vars.PRESIDENTIAL_DECISION, "develop",
        Vars.PRESIDENTIAL_DECISION_ACT, "Президенттің тапсырмасы № 12", Vars.PRESIDENTIAL_DECISION_DATE, decisionDate);
    step(instance, StateProgrammeProcess.TASK_SUBMIT_LIST, Vars.LIST_DEVELOPMENT_DEADLINE, decisionDate,
        Vars.LIST_APPROVAL_SUBMISSION_DEADLINE, decisionDate, Vars.LIST_IMPLEMENTATION_PERIOD, "2026–2030");
    step(instance, StateProgrammeProcess.TASK_RECORD_LIST, Vars.LIST_ACT, "Жарлық № 100", Vars.LIST_ACT_DATE,
        decisionDate);
  }

  static Object[] spaConclusion() {
    return new Object[] {Vars.SPA_CONCLUSION_OUTCOME, "worthwhile", Vars.SPA_NOT_SINGLE_SECTOR, true,
        Vars.SPA_NOT_DEPARTMENTAL, true, Vars.SPA_NO_DUPLICATION, true, Vars.SPA_CONCLUSION_TEXT,
        "Салааралық, жалпыұлттық сипатта; әзірлеу орынды"};
  }

  /** Draft with public discussion until {@code discussionUntil}, proposals considered. */
  void draft(ProcessInstance instance, String discussionUntil) {
    step(instance, StateProgrammeProcess.TASK_DRAFT, Vars.DRAFT_REFERENCE, "ЖБ-1", Vars.DRAFT_SUMMARY,
        "Паспорт, талдау, мақсаттар, іс-шаралар", Vars.PUBLICATION_REFERENCE, "https://legalacts.egov.kz/npa/1",
        Vars.DISCUSSION_UNTIL, discussionUntil);
    fire(instance, StateProgrammeProcess.TIMER_DISCUSSION_ENDED);
    step(instance, StateProgrammeProcess.TASK_CONSIDER_PROPOSALS, Vars.PROPOSALS_RECEIVED, 12L,
        Vars.PROPOSALS_SUMMARY, "9 қабылданды, 3 қайталанады");
  }

  /** Every agreeing body agrees. */
  void agreeAll(ProcessInstance instance) {
    List<Task> agreements = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(StateProgrammeProcess.TASK_AGREE).list();
    assertThat(agreements).isNotEmpty();
    for (Task agreement : agreements) {
      complete(agreement, Vars.AGREEMENT_DECISION, "agree");
    }
  }

  void approve(ProcessInstance instance, String approvalDate) {
    step(instance, StateProgrammeProcess.TASK_APPROVE, Vars.APPROVAL_DECISION, "approve", Vars.APPROVAL_ACT,
        "Жарлық № 200", Vars.APPROVAL_DATE, approvalDate);
  }

  void actionPlan(ProcessInstance instance, String date) {
    step(instance, StateProgrammeProcess.TASK_ACTION_PLAN, Vars.ACTION_PLAN_SCOPE, "WHOLE_PERIOD",
        Vars.ACTION_PLAN_ACT, "Үкімет қаулысы № 300", Vars.ACTION_PLAN_DATE, date, Vars.ACTION_PLAN_AGREED, true);
  }

  static Object[] report(boolean evaluationYear) {
    Object[] common = {Vars.REPORT_INDICATORS, "12 индикатордың 10-ы орындалды", Vars.REPORT_ACTIVITIES,
        "40 іс-шараның 37-сі орындалды", Vars.REPORT_FUNDS, "98 % игерілді", Vars.REPORT_PROPOSALS,
        "Қаржыландыруды қайта бөлу", Vars.REPORT_SIGNED, true, Vars.REPORT_PORTAL_URL, "https://gov.kz/report"};
    if (!evaluationYear) {
      return common;
    }
    Object[] evaluation = java.util.Arrays.copyOf(common, common.length + 4);
    evaluation[common.length] = Vars.REPORT_IMPACT;
    evaluation[common.length + 1] = "Қызмет көрсету мерзімі 35 %-ға қысқарды";
    evaluation[common.length + 2] = Vars.REPORT_SATISFACTION;
    evaluation[common.length + 3] = "Қанағаттану 78 %";
    return evaluation;
  }

  static Object[] conclusion() {
    return new Object[] {Vars.CONCLUSION_RESULTS, "Нысаналы индикаторлардың 83 %-ы", Vars.CONCLUSION_ACTIVITIES,
        "37/40", Vars.CONCLUSION_PROPOSALS, "Іске асыруды жалғастыру"};
  }

  static Object[] evaluation() {
    return new Object[] {Vars.EVALUATION_EFFECTIVENESS, "Нәтижелі, тиімділігі орташа", Vars.EVALUATION_SOURCES,
        "Статистика, Есеп комитетінің тексерісі, ҮЕҰ бағалауы", Vars.EVALUATION_PROPOSALS, "Индикаторларды нақтылау"};
  }

  static Object[] submission(String date) {
    return new Object[] {Vars.SUBMISSION_REFERENCE, "12-01/77", Vars.SUBMISSION_DATE, date};
  }
}
