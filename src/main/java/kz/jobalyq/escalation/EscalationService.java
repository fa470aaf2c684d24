package kz.jobalyq.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.jobalyq.escalation.ProblemEscalationProcess.Vars;
import kz.jobalyq.notification.Notice;
import kz.jobalyq.notification.NotificationService;
import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.organisation.RoleHolders;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.numbering.RecordNumbers;
import kz.jobalyq.system.process.EngineAsSystem;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.web.ConflictException;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problems raised on projects and their way up the escalation chain (seed 000 §82.3, §96.3, §99,
 * §100): the only place a problem's level and status change.
 */
@Service
@Transactional
public class EscalationService {

  private final ProblemIssueRepository problems;
  private final MeetingAgendaItemRepository agenda;
  private final ScrumService scrum;
  private final OrganisationService organisation;
  private final RoleHolders roleHolders;
  private final NotificationService notifications;
  private final RecordNumbers recordNumbers;
  private final DecisionLog decisionLog;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engine;
  private final Clock clock;

  public EscalationService(ProblemIssueRepository problems, MeetingAgendaItemRepository agenda, ScrumService scrum,
      OrganisationService organisation, RoleHolders roleHolders, NotificationService notifications,
      RecordNumbers recordNumbers, DecisionLog decisionLog, RuntimeService runtimeService, EngineAsSystem engine,
      Clock clock) {
    this.problems = problems;
    this.agenda = agenda;
    this.scrum = scrum;
    this.organisation = organisation;
    this.roleHolders = roleHolders;
    this.notifications = notifications;
    this.recordNumbers = recordNumbers;
    this.decisionLog = decisionLog;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.clock = clock;
  }

  /**
   * A problem named in a weekly status report (§96.3) starts its escalation as if raised on the form;
   * the report's decision level is the raiser's suggestion. Answers the problem's number.
   */
  public String raiseFromWeeklyReport(String projectNumber, String description, Integer suggestedLevel,
      LocalDate dateAtRisk, String raisedBy) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.PROJECT_NUMBER, projectNumber);
    variables.put(Vars.DESCRIPTION, description);
    variables.put(Vars.DATE_AT_RISK, dateAtRisk == null ? null : dateAtRisk.toString());
    variables.put(Vars.SCHEDULE_AT_RISK, dateAtRisk != null);
    variables.put(Vars.SEVERITY, Severity.MEDIUM.name());
    variables.put(Vars.PROPOSED_SOLUTIONS, null);
    variables.put(Vars.SUGGESTED_LEVEL, suggestedLevel == null ? null : suggestedLevel.toString());
    variables.put("problemSource", ProblemSource.WEEKLY_REPORT.name());
    variables.put("raisedBy", raisedBy);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProblemEscalationProcess.KEY, variables);
    return instance.getBusinessKey();
  }

  /**
   * Registers the problem with status OPEN and its number, tells the coordinator, the project group
   * head and the project office at once, and puts it on the nearest meeting's agenda (§99).
   */
  public ProblemIssue register(RaisedProblem raised, ProblemSource source, String raisedBy,
      String processInstanceId) {
    List<BadInput> errors = new ArrayList<>();
    if (raised.description() == null || raised.description().isBlank()) {
      errors.add(BadInput.of(Vars.DESCRIPTION, "escalation.problemDescription.required"));
    }
    if (raised.severity() == null) {
      errors.add(BadInput.of(Vars.SEVERITY, "escalation.severity.required"));
    }
    if (raised.suggestedLevel() != null && (raised.suggestedLevel() < 1 || raised.suggestedLevel() > 4)) {
      errors.add(BadInput.of(Vars.SUGGESTED_LEVEL, "escalation.suggestedLevel.range", raised.suggestedLevel()));
    }
    ProjectSummary project = raised.projectNumber() == null ? null
        : organisation.findProject(raised.projectNumber()).orElse(null);
    if (project == null) {
      errors.add(raised.projectNumber() == null ? BadInput.of(Vars.PROJECT_NUMBER, "escalation.project.required")
          : BadInput.of(Vars.PROJECT_NUMBER, "escalation.project.unknown", raised.projectNumber()));
    } else if (source != ProblemSource.WEEKLY_REPORT
        && !roleHolders.holdsAnyRole(raisedBy, RecordScope.ofProject(project.number()))) {
      // Raised by the project's own people or those above it (a weekly report is its lead's, checked there).
      errors.add(BadInput.of(Vars.PROJECT_NUMBER, "escalation.project.notHolder", raisedBy, project.number()));
    }
    if (!errors.isEmpty()) {
      throw BadInput.all(errors);
    }
    Instant now = clock.instant();
    String number = recordNumbers.under(project.number(), "PRB");
    ProblemIssue problem = problems.save(new ProblemIssue(number, project.id(), raised, source, raisedBy, now,
        processInstanceId));
    LocalDate meeting = scrum.nextMeetingDate(project.baseDirectionCode(), now);
    agenda.save(new MeetingAgendaItem(problem.getId(), project.baseDirectionCode(), meeting, now));
    inform(problem, project, meeting);
    return problem;
  }

  private void inform(ProblemIssue problem, ProjectSummary project, LocalDate meeting) {
    Object dateAtRisk = problem.getDateAtRisk() == null ? ""
        : Notice.term("escalation.notice.dateAtRisk", problem.getDateAtRisk());
    Notice notice = Notice.of("escalation.notice.problem.subject", "escalation.notice.problem.message",
        problem.getNumber(), project.number(), project.name(), problem.getDescription(), dateAtRisk, meeting);
    for (String coordinator : organisation.holdersOf(project.number(), Role.PROJECT_COORDINATOR)) {
      notifications.escalateToUser(coordinator, notice);
    }
    for (Role informed : INFORMED_OF_A_PROBLEM) {
      // Record-scoped roles reach this project's holders; the project office head is ministry-wide.
      notifications.escalateToGroup(informed.groupId(), RecordScope.ofProject(project.number()), notice);
    }
  }

  /**
   * §99: "жоба үйлестірушісін (болса), жобалар тобының жетекшісін, базалық бағытты іске асыру тобының
   * жетекшісін және (немесе) Министрліктің Жобалық офисінің басшысын дереу хабардар етеді" — the
   * coordinator (told above, by name, when the project has one) and these three.
   */
  static final List<Role> INFORMED_OF_A_PROBLEM = List.of(Role.PROJECT_GROUP_HEAD, Role.BD_GROUP_LEAD, Role.PO_HEAD);

  /** The problem goes before {@code level}: answers who decides there. */
  public EscalationLevel enterLevel(Long problemId, int levelNumber) {
    EscalationLevel level = EscalationLevel.of(Math.max(1, Math.min(4, levelNumber)));
    get(problemId).enter(level, clock.instant());
    return level;
  }

  /** The holder of the level decides: resolve, escalate with a reason, or send back for information. */
  public void recordDecision(Long problemId, String decision, String comment, String decidedBy) {
    ProblemIssue problem = get(problemId);
    EscalationLevel level = EscalationLevel.of(problem.getCurrentLevel());
    if (comment == null || comment.isBlank()) {
      throw BadInput.of(Vars.DECISION_COMMENT, "escalation.problemDecisionComment.required");
    }
    switch (decision == null ? "" : decision) {
      case ProblemEscalationProcess.RESOLVE -> { }
      case ProblemEscalationProcess.ESCALATE -> {
        if (level.isTop()) {
          throw BadInput.of(Vars.DECISION, "escalation.problemDecision.escalateAtTop", level.displayName());
        }
      }
      case ProblemEscalationProcess.SEND_BACK -> {
        if (level.isTop()) {
          throw BadInput.of(Vars.DECISION, "escalation.problemDecision.sendBackAtTop");
        }
        problem.awaitInformation();
      }
      default -> throw BadInput.of(Vars.DECISION, "escalation.problemDecision.invalid", decision);
    }
    log(problem, ProblemEscalationProcess.TASK_DECIDE, decision.toUpperCase() + "_AT_LEVEL_" + level.number(),
        comment, decidedBy);
  }

  /** Resolved with the decision recorded (§100); at the top level this closes the problem. */
  public void resolve(Long problemId, String resolution, String resolvedBy) {
    get(problemId).resolve(resolution, resolvedBy, clock.instant());
  }

  /** Up one level with the reason; answers the new level. */
  public int escalate(Long problemId) {
    ProblemIssue problem = get(problemId);
    EscalationLevel level = EscalationLevel.of(problem.getCurrentLevel());
    if (level.isTop()) {
      throw new IllegalStateException(problem.getNumber() + " is at the top level");
    }
    return level.number() + 1;
  }

  /**
   * The level took no effective measure within its reaction time: with the schedule at risk the problem
   * moves up one level by itself (§100); otherwise it stays and the level gets a new reaction time.
   */
  public int reactionTimeExpired(Long problemId) {
    ProblemIssue problem = get(problemId);
    EscalationLevel level = EscalationLevel.of(problem.getCurrentLevel());
    if (problem.isScheduleAtRisk() && !level.isTop()) {
      problem.escalatedAutomatically();
      log(problem, ProblemEscalationProcess.TASK_REACTION_TIME_EXPIRED, "AUTO_ESCALATED_FROM_LEVEL_" + level.number(),
          Phrase.of("escalation.decision.autoEscalated"), null);
      return level.number() + 1;
    }
    log(problem, ProblemEscalationProcess.TASK_REACTION_TIME_EXPIRED, "REACTION_TIME_EXPIRED_AT_LEVEL_" + level.number(),
        Phrase.of(problem.isScheduleAtRisk() ? "escalation.decision.topLevel" : "escalation.decision.levelKept"), null);
    return level.number();
  }

  /**
   * §100: when the project group head (or the level the problem stands at) takes no effective measure
   * and the schedule is at risk, the project lead escalates through the system — to the base direction
   * head / the project office head, the programme head / the Office head, or the national priority
   * curator. {@code targetLevel} null means the next level up; the reason is required, and so is the
   * date at risk unless the problem already has one. Only a project lead of the problem's project may
   * (when the project records its leads). Answers the level the problem now stands at and its project.
   */
  public LeadEscalation escalateByLead(String problemNumber, Integer targetLevel, String reason, LocalDate dateAtRisk,
      String user) {
    return escalateByLead(problemNumber, targetLevel, reason, dateAtRisk, user, LeadEscalationFields.API);
  }

  /** As above, refusing bad input under the names the caller knows the fields by (the API's or the form's). */
  public LeadEscalation escalateByLead(String problemNumber, Integer targetLevel, String reason, LocalDate dateAtRisk,
      String user, LeadEscalationFields fields) {
    ProblemIssue problem = getByNumber(problemNumber);
    ProjectSummary project = organisation.findProjectById(problem.getProjectId()).orElseThrow();
    List<String> leads = organisation.holdersOf(project.number(), Role.PROJECT_LEAD);
    // Only the project's own lead: with none appointed yet nobody escalates this way (the project office appoints).
    if (!leads.contains(user)) {
      throw new org.springframework.security.access.AccessDeniedException(
          Messages.text("escalation.lead.notLead", user, project.number()));
    }
    if (problem.getStatus() != ProblemStatus.OPEN || problem.getCurrentLevel() == null) {
      String why = switch (problem.getStatus()) {
        case RESOLVED -> "escalation.lead.resolved";
        case INFO_REQUESTED -> "escalation.lead.awaitingInformation";
        case OPEN -> "escalation.lead.notYetAtLevel";
      };
      throw new ConflictException("problemNumber: " + Messages.text(why, problemNumber));
    }
    EscalationLevel current = EscalationLevel.of(problem.getCurrentLevel());
    if (current.isTop()) {
      throw new ConflictException(fields.targetLevel() + ": "
          + Messages.text("escalation.lead.atTop", current.displayName()));
    }
    int target = targetLevel == null ? current.number() + 1 : targetLevel;
    List<BadInput> errors = new ArrayList<>();
    if (target <= current.number() || target > 4) {
      errors.add(BadInput.of(fields.targetLevel(), "escalation.lead.targetLevel.range", current.number() + 1,
          current.number()));
    }
    if (reason == null || reason.isBlank()) {
      errors.add(BadInput.of(fields.reason(), "escalation.lead.reason.required"));
    }
    if (!problem.isScheduleAtRisk() && dateAtRisk == null) {
      errors.add(BadInput.of(fields.dateAtRisk(), "escalation.lead.dateAtRisk.required"));
    }
    if (!errors.isEmpty()) {
      throw BadInput.all(errors);
    }
    if (dateAtRisk != null || !problem.isScheduleAtRisk()) {
      problem.scheduleAtRiskOn(dateAtRisk);
    }
    log(problem, ProblemEscalationProcess.BOUNDARY_LEAD_ESCALATED, "ESCALATED_BY_LEAD_FROM_LEVEL_"
        + current.number() + "_TO_LEVEL_" + target, reason.strip(), user);
    engine.run(() -> runtimeService.createMessageCorrelation(ProblemEscalationProcess.MESSAGE_LEAD_ESCALATED)
        .processInstanceId(problem.getProcessInstanceId())
        .setVariable(Vars.LEAD_TARGET_LEVEL, target)
        .setVariable(Vars.SCHEDULE_AT_RISK, true)
        .correlate());
    return new LeadEscalation(target, project.number());
  }

  /** The names of the lead's three inputs where they are refused: the API's body or the start form's keys. */
  public record LeadEscalationFields(String targetLevel, String reason, String dateAtRisk) {
    public static final LeadEscalationFields API = new LeadEscalationFields("targetLevel", "reason", "dateAtRisk");
  }

  /** Where the project lead's escalation took the problem. */
  public record LeadEscalation(int level, String projectNumber) {
  }

  /** The project lead answers a send-back with the information asked for. */
  public void recordInformation(Long problemId, String information, String providedBy) {
    if (information == null || information.isBlank()) {
      throw BadInput.of(Vars.INFORMATION, "escalation.additionalInformation.required");
    }
    log(get(problemId), ProblemEscalationProcess.TASK_PROVIDE_INFORMATION, "INFORMATION_PROVIDED", information,
        providedBy);
  }

  @Transactional(readOnly = true)
  public ProblemIssue get(Long problemId) {
    return problems.findById(problemId).orElseThrow(() -> new NotFoundException(
        Messages.text("notFound.problem", String.valueOf(problemId))));
  }

  @Transactional(readOnly = true)
  public ProblemIssue getByNumber(String number) {
    return problems.findByNumber(number)
        .orElseThrow(() -> new NotFoundException(Messages.text("escalation.problem.unknown", number)));
  }

  /** Every problem raised on the project, on the form or in a weekly report, oldest first. */
  @Transactional(readOnly = true)
  public List<ProblemIssue> problemsOf(Long projectId) {
    return problems.findByProjectIdOrderByRaisedAtAscIdAsc(projectId);
  }

  @Transactional(readOnly = true)
  public List<MeetingAgendaItem> agendaOf(Long problemId) {
    return agenda.findByProblemIdOrderByIdAsc(problemId);
  }

  /** Problems not resolved that reached base direction level (§14.2, §38.1), oldest first. */
  @Transactional(readOnly = true)
  public List<ProblemIssue> unresolvedAtBaseDirectionLevel() {
    return problems.findByStatusNotAndHighestLevelGreaterThanEqualOrderByRaisedAtAsc(ProblemStatus.RESOLVED,
        EscalationLevel.BOARD_LEVEL);
  }

  // --- overviews (the portfolio dashboard); projectIds null means every project ---

  /**
   * How many problems are not resolved, by the level they stand at (1–4, lowest first); a problem still
   * being registered has no level yet and is counted under 0.
   */
  @Transactional(readOnly = true)
  public Map<Integer, Long> countUnresolvedByLevel(Collection<Long> projectIds) {
    Map<Integer, Long> counts = new TreeMap<>();
    if (projectIds != null && projectIds.isEmpty()) {
      return counts;
    }
    for (Object[] row : problems.countUnresolvedByLevel(ProblemStatus.RESOLVED, projectIds == null,
        orPlaceholder(projectIds))) {
      counts.merge(row[0] == null ? 0 : (Integer) row[0], (Long) row[1], Long::sum);
    }
    return counts;
  }

  /** The problems not resolved, highest level first and oldest first within a level, at most {@code limit}. */
  @Transactional(readOnly = true)
  public List<OpenProblem> unresolved(Collection<Long> projectIds, int limit) {
    if (projectIds != null && projectIds.isEmpty()) {
      return List.of();
    }
    return problems.findUnresolved(ProblemStatus.RESOLVED, projectIds == null, orPlaceholder(projectIds),
        PageRequest.of(0, limit));
  }

  /** An IN list must not be empty even where the query ignores it. */
  private static Collection<Long> orPlaceholder(Collection<Long> projectIds) {
    return projectIds == null ? List.of(-1L) : projectIds;
  }

  private void log(ProblemIssue problem, String step, String outcome, String comment, String decidedBy) {
    decisionLog.record(new Decision(ProblemEscalationProcess.RECORD_TYPE, problem.getId(), problem.getNumber(),
        problem.getProcessInstanceId(), step, outcome, comment, decidedBy));
  }

  private void log(ProblemIssue problem, String step, String outcome, Phrase comment, String decidedBy) {
    decisionLog.record(Decision.phrased(ProblemEscalationProcess.RECORD_TYPE, problem.getId(), problem.getNumber(),
        problem.getProcessInstanceId(), step, outcome, comment, decidedBy));
  }
}
