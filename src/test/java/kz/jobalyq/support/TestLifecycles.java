package kz.jobalyq.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.organisation.DemoOrganisation;
import kz.jobalyq.project.ProjectLifecycleProcess;
import kz.jobalyq.project.ProjectLifecycleProcess.Vars;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.test.context.TestComponent;

/**
 * Walks a project through its life cycle the way its people fill in the forms in Tasklist: each
 * method completes the task the process waits at with the fields of that task's form.
 */
@TestComponent
public class TestLifecycles {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final TaskService taskService;

  public TestLifecycles(RuntimeService runtimeService, IdentityService identityService, TaskService taskService) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.taskService = taskService;
  }

  /** The project office proposes a project from Tasklist's start form. */
  public ProcessInstance propose(boolean regulated) {
    return propose(regulated, null);
  }

  /** The same, naming the platform user who leads it (the start form's optional field), or null. */
  public ProcessInstance propose(boolean regulated, String leadUserId) {
    Map<String, Object> form = new HashMap<>();
    if (leadUserId != null) {
      form.put(Vars.PROJECT_LEAD_USER_ID, leadUserId);
    }
    form.put(Vars.PROJECT_NAME, "Азаматтардың өтініштерін цифрлық қабылдау");
    form.put(Vars.PROJECT_GROUP_CODE, DemoOrganisation.PUBLIC_APPEALS_GROUP);
    form.put(Vars.PROJECT_REGULATED, regulated);
    form.put(Vars.INITIATOR_NAME, "Сағынова Ләззат");
    form.put("proposalGoal", "Өтініштерді қарау мерзімін 30%-ға қысқарту");
    form.put("proposalScope", "Электрондық қабылдау жүйесі");
    form.put("expectedResults", "Өтініштердің 90%-ы электронды");
    form.put("plannedCosts", 150_000_000L);
    identityService.setAuthentication("pomanager", List.of(Role.PO_CHIEF_MANAGER.groupId()));
    try {
      return runtimeService.startProcessInstanceByKey(ProjectLifecycleProcess.KEY, form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** A complete, valid charter (§126); {@code overrides} changes or removes (null) single fields. */
  public static Map<String, Object> charter(String scale, Map<String, Object> overrides) {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.PROJECT_NAME, "Азаматтардың өтініштерін цифрлық қабылдау");
    form.put("plannedStart", "2026-04-01");
    form.put("plannedEnd", "2026-12-31");
    form.put("priorityLevel", "HIGH");
    form.put("projectScale", scale);
    form.put(Vars.INITIATOR_NAME, "Сағынова Ләззат");
    form.put("leadName", "Исаев Руслан");
    form.put("groupHeadName", "Қалиева Перизат");
    form.put("goal", "Өтініштерді қарау мерзімін 30%-ға қысқарту");
    form.put("targetIndicators", json("[{\"indicatorName\":\"Қарау мерзімі\",\"indicatorUnit\":\"күн\","
        + "\"baselineValue\":15,\"targetValue\":10,\"targetDate\":\"2026-12-31\"}]"));
    form.put("successCriteria", "Өтініштердің 90%-ы электронды қабылданады");
    form.put("budget", 150_000_000L);
    form.put("risks", "Мердігердің кешігуі");
    form.putAll(overrides);
    return form;
  }

  /** A management plan whose schedule satisfies §67: five 5-day tasks a week apart from {@code firstTaskStart}. */
  public static Map<String, Object> plan(String firstTaskStart) {
    java.time.LocalDate start = java.time.LocalDate.parse(firstTaskStart);
    StringBuilder tasks = new StringBuilder("[");
    for (int i = 0; i < 5; i++) {
      java.time.LocalDate from = start.plusWeeks(i);
      tasks.append(i == 0 ? "" : ",").append("{\"wbsCode\":\"1.").append(i + 1)
          .append("\",\"taskName\":\"Жұмыс ").append(i + 1).append("\",\"taskStart\":\"").append(from)
          .append("\",\"taskEnd\":\"").append(from.plusDays(4)).append("\",\"controlPoint\":")
          .append(i == 4).append('}');
    }
    tasks.append(']');
    return planWithSchedule(tasks.toString());
  }

  /** A management plan with the given schedule (the form's dynamic list as JSON). */
  public static Map<String, Object> planWithSchedule(String scheduleJson) {
    Map<String, Object> form = new HashMap<>();
    form.put("teamMembers", json("[{\"memberName\":\"Исаев Руслан\",\"memberRole\":\"Жоба жетекшісі\","
        + "\"employmentFormat\":\"FULL_TIME\"}]"));
    form.put("scheduleTasks", json(scheduleJson));
    form.put("stakeholders", json("[{\"stakeholderName\":\"Азаматтар\",\"influence\":\"STRONG\"}]"));
    form.put("planRisks", json("[{\"riskDescription\":\"Кешігу\",\"riskLevel\":\"MEDIUM\",\"riskResponse\":\"Бақылау\"}]"));
    form.put("fundingSources", json("[{\"fundingSource\":\"Республикалық бюджет\",\"fundingAmount\":150000000}]"));
    form.put("procurementNeeds", "Бағдарламалық қамтамасыз ету");
    form.put("paperDocuments", "Қабылдау-тапсыру актісі");
    return form;
  }

  public static Map<String, Object> weeklyReport(boolean proposeClosure) {
    Map<String, Object> form = new HashMap<>();
    form.put("deviations", "Ауытқу жоқ");
    form.put("correctiveActions", "");
    form.put("escalationProblems", json("[]"));
    form.put("controlEventsReached", "1.1 аяқталды");
    form.put("forecast", "Кесте бойынша");
    form.put("newRisks", "");
    form.put(Vars.PROPOSE_CLOSURE, proposeClosure);
    return form;
  }

  public static Map<String, Object> finalReport() {
    Map<String, Object> form = new HashMap<>();
    form.put("goalAndResults", "Мақсатқа қол жеткізілді: мерзім 10 күн");
    form.put("scopeDelivered", "Электрондық қабылдау енгізілді");
    form.put("risksSummary", "Тәуекелдер іске асқан жоқ");
    form.put("budgetSummary", "Бюджет 95% игерілді");
    form.put("budgetSpent", 142_500_000L);
    form.put("managementLabourCosts", "1200 адам-сағат");
    form.put("implementationEvaluation", "Табысты");
    form.put("lessonsLearned", "Мердігерді ерте таңдау");
    form.put("explanatoryNote", "Түсіндірме");
    form.put("resultsHandover", "Жүйе пайдалануға берілді");
    return form;
  }

  /** Initiation and planning straight through: the charter, implement, the plan, agree, approve. */
  public void throughPlanning(ProcessInstance instance, String scale) {
    complete(task(ProjectLifecycleProcess.TASK_FILL_CHARTER, instance), charter(scale, Map.of()));
    complete(task(ProjectLifecycleProcess.TASK_DECIDE_INITIATION, instance), decision(Vars.INITIATION_DECISION,
        ProjectLifecycleProcess.IMPLEMENT, Vars.INITIATION_COMMENT, "Іске асыруға"));
    if (taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ProjectLifecycleProcess.TASK_DECIDE_TEAM_FORMATION).count() > 0) {
      complete(task(ProjectLifecycleProcess.TASK_DECIDE_TEAM_FORMATION, instance), Map.of("firstMeetingDate",
          "2026-03-30", "firstMeetingParticipants", "Жетекші, команда", "teamComposition", "5 адам"));
    }
    complete(task(ProjectLifecycleProcess.TASK_PREPARE_PLAN, instance), plan("2026-04-06"));
    complete(task(ProjectLifecycleProcess.TASK_AGREE_PLAN, instance), decision(Vars.PLAN_AGREEMENT,
        ProjectLifecycleProcess.AGREE, Vars.PLAN_COMMENT, "Келісемін"));
    complete(task(ProjectLifecycleProcess.TASK_APPROVE_BASELINE, instance), decision(Vars.BASELINE_DECISION,
        ProjectLifecycleProcess.APPROVE, Vars.BASELINE_COMMENT, "Бекітемін"));
  }

  public static Map<String, Object> decision(String key, String value, String commentKey, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put(key, value);
    form.put(commentKey, comment);
    return form;
  }

  public static Object json(String json) {
    return SpinValues.jsonValue(json).create();
  }
}
