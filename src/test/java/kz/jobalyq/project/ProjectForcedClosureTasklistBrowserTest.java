package kz.jobalyq.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import kz.jobalyq.IntegrationTest;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.support.Browser;
import kz.jobalyq.support.StartedProcesses;
import kz.jobalyq.support.TaskPeople;
import kz.jobalyq.support.TasklistSession;
import kz.jobalyq.support.TestLifecycles;
import kz.jobalyq.system.decision.DecisionLog;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forced closure (000 §121) through Tasklist's own buttons, in Kazakh: the project's base direction head
 * starts «Жобаны мәжбүрлеп аяқтау туралы сұрау» from Start process, is refused on the form for a project not in
 * execution, names the executing project, its ground and the justification, and is shown the project's number;
 * the project's execution is interrupted and its own lead (no other project's lead) gets the forced-closure
 * report. The lead is not offered the process: only the base direction head and the customer start it.
 */
@IntegrationTest
class ProjectForcedClosureTasklistBrowserTest {

  /** The process's name in Start process (the model's, Kazakh). */
  private static final String PROCESS_NAME = "Жобаны мәжбүрлеп аяқтау туралы сұрау";
  private static final String REPORT_TASK = "Мәжбүрлеп аяқтау туралы қорытынды есеп";
  /** The third ground of the start form's radio, {@link ForcedClosureReason#COST_EXCEEDS_BENEFIT}. */
  private static final int COST_EXCEEDS_BENEFIT_OPTION = 2;

  @LocalServerPort
  private int port;
  @Autowired
  private ProcessEngine engine;
  @Autowired
  private HistoryService historyService;
  @Autowired
  private TaskService taskService;
  @Autowired
  private TestLifecycles lifecycles;
  @Autowired
  private OrganisationService organisation;
  @Autowired
  private ProjectService projects;
  @Autowired
  private ForcedClosureRequestRepository forcedClosures;
  @Autowired
  private DecisionLog decisionLog;

  @BeforeEach
  void setUp() {
    init(engine);
  }

  @Test
  void theBaseDirectionHeadForcesTheClosureFromTasklistAndTheProjectsLeadGetsTheReport() {
    ProcessInstance lifecycle = lifecycles.propose(false, "lead");
    lifecycles.throughPlanning(lifecycle, "GROUP");
    assertThat(lifecycle).isWaitingAt(ProjectLifecycleProcess.TASK_WEEKLY_REPORT);
    String number = lifecycle.getBusinessKey();
    Long projectId = organisation.findProject(number).orElseThrow().id();
    // Another project, still in initiation: forced closure applies to a project in execution only.
    String notExecuting = lifecycles.propose(false).getBusinessKey();
    String justification = "Нақты шығын жоспардан екі есе асты, ал күтілетін пайда шығынның жартысынан аз";

    try (Browser browser = Browser.open("kk")) {
      browser.run("project-forced-closure-kk", () -> {
        // Another base direction's head holds the same role, not on this project: refused on the form (§121).
        TasklistSession otherHead = TasklistSession.signIn(browser, port, "bdhead2", "kk");
        otherHead.startProcess(PROCESS_NAME);
        otherHead.type("Field_projectNumber", number);
        otherHead.choose("Field_forcedClosureReason", COST_EXCEEDS_BENEFIT_OPTION);
        otherHead.type("Field_forcedClosureJustification", justification);
        otherHead.pressStart();
        assertThat(otherHead.refusal()).isEqualTo("bdhead2 — " + number + " жобасының базалық бағытының жетекшісі "
            + "де, тапсырыс берушісі де емес; мәжбүрлеп аяқтауды солардың бірі сұрайды (§121)");
        otherHead.capture("forced-closure-another-head");
        assertThat(lifecycle).as("nothing interrupted").isWaitingAt(ProjectLifecycleProcess.TASK_WEEKLY_REPORT);

        TasklistSession head = TasklistSession.signIn(browser, port, "bdhead", "kk");
        head.startProcess(PROCESS_NAME);
        // What the head decides on: the three grounds of §121, each in words.
        assertThat(head.formText()).contains("Жобаны мәжбүрлеп аяқтау", "Мәжбүрлеп аяқтау негізі (§121)",
            "Жобаның мақсаты өзектілігін жойды, оны өзгерту мағынасыз",
            "Жобаның мақсаттары бағдарламаның мақсаттарына сәйкес келмейді",
            "Нақты шығындар жоспардан асады, ал пайдасы шығыннан аз", "Негіздеме");
        head.type("Field_projectNumber", notExecuting);
        head.choose("Field_forcedClosureReason", COST_EXCEEDS_BENEFIT_OPTION);
        head.type("Field_forcedClosureJustification", justification);
        head.pressStart();
        assertThat(head.refusal()).isEqualTo(notExecuting + " жобасы орындау кезеңінде емес (қазір: Бастама, "
            + "Бастамашылық ету кезеңі); мәжбүрлеп аяқтау орындалып жатқан жобаға ғана қолданылады (§121)");
        head.capture("forced-closure-refused");

        // The number corrected, nothing else typed again.
        head.type("Field_projectNumber", number);
        head.capture("forced-closure-request");
        assertThat(head.submitStartForm()).as("the number the head is shown").isEqualTo(number);

        ProcessInstance request = StartedProcesses.ofRecord(historyService, ProjectForcedClosureProcess.KEY, number);
        assertThat(request).isEnded().hasPassed(ProjectForcedClosureProcess.START_EVENT,
            ProjectForcedClosureProcess.TASK_REQUEST, ProjectForcedClosureProcess.END_FORWARDED);
        // The project's execution is interrupted: its lead writes the forced-closure report (§121–§122).
        assertThat(lifecycle).hasPassed(ProjectLifecycleProcess.BOUNDARY_FORCED_CLOSURE)
            .isWaitingAt(ProjectLifecycleProcess.TASK_PREPARE_FORCED_CLOSURE_REPORT);
        assertThat(task(lifecycle)).hasCandidateGroupAssociated("project-lead");
        assertThat(holdersOf(task(lifecycle).getId())).containsExactly("lead");

        TasklistSession otherLead = TasklistSession.signIn(browser, port, "lead2", "kk");
        assertThat(otherLead.sees(number, REPORT_TASK)).as("another project's lead").isFalse();

        TasklistSession lead = TasklistSession.signIn(browser, port, "lead", "kk");
        lead.openTask(number, REPORT_TASK);
        // The lead justifies the decision in the report (§122): the decision is on the form, as it was made.
        assertThat(lead.formText()).contains(number, "Мақсат және қол жеткізілген нәтижелер",
            "Мәжбүрлеп аяқтау туралы шешім", "Нақты шығындар жоспардан асады, ал пайдасы шығыннан аз",
            justification).doesNotContain("{{", "null");
        lead.capture("forced-closure-report");
        // The lead may not force the closure themselves: Start process does not offer it to them.
        assertThat(lead.startableProcesses()).anyMatch(name -> name.contains("Проблеманы жоба жетекшісінің"))
            .noneMatch(name -> name.contains(PROCESS_NAME));
      });
    }

    // Our tables: the request with its ground and who made it, the project in closure, the audit trail.
    assertThat(forcedClosures.findByProjectIdOrderByIdAsc(projectId)).singleElement().satisfies(saved -> {
      assertThat(saved.getReason()).isEqualTo(ForcedClosureReason.COST_EXCEEDS_BENEFIT);
      assertThat(saved.getRequestedBy()).isEqualTo("bdhead");
    });
    ProjectLifecycle project = projects.find(projectId).orElseThrow();
    assertThat(project.getStatus()).isEqualTo(ProjectStatus.PROJECT);
    assertThat(project.getPhase()).isEqualTo(ProjectPhase.CLOSURE);
    assertThat(decisionLog.historyOf(ProjectLifecycleProcess.RECORD_TYPE, projectId)).anySatisfy(decision -> {
      assertThat(decision.getStep()).isEqualTo(ProjectForcedClosureProcess.TASK_REQUEST);
      assertThat(decision.getOutcome()).isEqualTo("FORCED_CLOSURE_" + ForcedClosureReason.COST_EXCEEDS_BENEFIT);
      assertThat(decision.getComment()).isEqualTo(justification);
      assertThat(decision.getDecidedBy()).isEqualTo("bdhead");
    });
  }

  /** The people a task reached: its assignee, or its candidate users. */
  private List<String> holdersOf(String taskId) {
    String assignee = taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    if (assignee != null) {
      return List.of(assignee);
    }
    return TaskPeople.candidateUsers(taskService, taskId);
  }
}
