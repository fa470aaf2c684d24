package kz.jobalyq.escalation;

import java.security.Principal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.RecordAccess;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.i18n.BadInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Problems, the weekly problem board and scrum attendance over HTTP. */
@RestController
@RequestMapping("/api/escalation")
public class EscalationController {

  /** Who keeps the scrum schedule and records attendance: the project office and the groups' administrators. */
  static final String SCRUM_KEEPERS =
      "hasAnyAuthority('camunda-admin', 'po-admin', 'po-chief-manager', 'bd-admin', 'bd-chief-manager')";

  private final EscalationService escalation;
  private final ProblemBoardService boards;
  private final ScrumService scrum;
  private final DecisionLog decisionLog;

  private final RecordAccess access;
  private final OrganisationService organisation;

  public EscalationController(EscalationService escalation, ProblemBoardService boards, ScrumService scrum,
      DecisionLog decisionLog, RecordAccess access, OrganisationService organisation) {
    this.access = access;
    this.organisation = organisation;
    this.escalation = escalation;
    this.boards = boards;
    this.scrum = scrum;
    this.decisionLog = decisionLog;
  }

  @GetMapping("/problems/{number}")
  public ProblemView problem(@PathVariable String number) {
    ProblemIssue problem = escalation.getByNumber(number);
    access.requireProjectReader(organisation.findProjectById(problem.getProjectId()).orElseThrow().number());
    return new ProblemView(problem.getNumber(), problem.getDescription(), problem.getSeverity(),
        problem.isScheduleAtRisk(), problem.getDateAtRisk(), problem.getSource(), problem.getStatus(),
        problem.getCurrentLevel(), problem.getHighestLevel(), problem.getAutomaticEscalations(),
        problem.getResolution(), problem.getResolvedLevel(), problem.getRaisedBy(), problem.getRaisedAt(),
        escalation.agendaOf(problem.getId()).stream().map(MeetingAgendaItem::getMeetingDate).toList(),
        decisionLog.historyOf(ProblemEscalationProcess.RECORD_TYPE, problem.getId()).stream()
            .map(decision -> new DecisionView(decision.getStep(), decision.getOutcome(), decision.getComment(),
                decision.getDecidedBy(), decision.getDecidedAt()))
            .toList());
  }

  /**
   * §100: the project lead escalates the problem through the system when the level it stands at takes no
   * effective measure and the schedule is at risk. 400 naming the field, 403 for someone else's project,
   * 409 when the problem is resolved, waits for information or stands at the top level.
   */
  @PostMapping("/problems/{number}/lead-escalations")
  @PreAuthorize("hasAuthority('project-lead')")
  public ProblemView escalateByLead(@PathVariable String number, @RequestBody LeadEscalationRequest request,
      Principal principal) {
    if (request == null) {
      throw BadInput.of("reason", "escalation.lead.reason.required");
    }
    escalation.escalateByLead(number, request.targetLevel(), request.reason(), request.dateAtRisk(),
        principal.getName());
    return problem(number);
  }

  /** The weekly problem board as it stands now (§14.2, §38.1). */
  @GetMapping("/board")
  public ProblemBoardService.Board board() {
    return boards.current();
  }

  /** A board as generated for the steering committee that week. */
  @GetMapping("/boards/{id}")
  public ProblemBoardService.Board storedBoard(@PathVariable Long id) {
    return boards.stored(id);
  }

  @PutMapping("/scrum-schedules/{baseDirectionCode}")
  @PreAuthorize(SCRUM_KEEPERS)
  public ScheduleView schedule(@PathVariable String baseDirectionCode, @RequestBody ScheduleRequest request,
      Principal principal) {
    ScrumSchedule schedule = scrum.setSchedule(baseDirectionCode, request.dayOfWeek(), request.meetingTime(),
        principal.getName());
    return new ScheduleView(schedule.getBaseDirectionCode(), schedule.getDayOfWeek(), schedule.getMeetingTime());
  }

  /** Records a scrum's attendance; answers the recommendations it made due (§24). */
  @PostMapping("/scrum-meetings")
  @PreAuthorize(SCRUM_KEEPERS)
  public List<RecommendationView> attendance(@RequestBody AttendanceRequest request, Principal principal) {
    if (request.attendance() == null) {
      throw BadInput.of("attendance", "escalation.scrum.attendance.required");
    }
    Map<String, Boolean> presentByUser = new LinkedHashMap<>();
    for (AttendanceEntry entry : request.attendance()) {
      if (entry.userId() == null || entry.userId().isBlank()) {
        throw BadInput.of("attendance", "escalation.scrum.attendance.userIdRequired");
      }
      presentByUser.put(entry.userId().strip(), entry.present());
    }
    return scrum.recordAttendance(request.baseDirectionCode(), request.meetingDate(), presentByUser,
        principal.getName()).stream()
        .map(recommendation -> new RecommendationView(recommendation.getUserId(),
            recommendation.getConsecutiveAbsences(), recommendation.getProcessInstanceId()))
        .toList();
  }

  public record ProblemView(String number, String description, Severity severity, boolean scheduleAtRisk,
      LocalDate dateAtRisk, ProblemSource source, ProblemStatus status, Integer currentLevel, Integer highestLevel,
      int automaticEscalations, String resolution, Integer resolvedLevel, String raisedBy, Instant raisedAt,
      List<LocalDate> agenda, List<DecisionView> decisions) {
  }

  public record DecisionView(String step, String outcome, String comment, String decidedBy, Instant decidedAt) {
  }

  public record LeadEscalationRequest(Integer targetLevel, String reason, LocalDate dateAtRisk) {
  }

  public record ScheduleRequest(DayOfWeek dayOfWeek, String meetingTime) {
  }

  public record ScheduleView(String baseDirectionCode, DayOfWeek dayOfWeek, String meetingTime) {
  }

  public record AttendanceRequest(String baseDirectionCode, LocalDate meetingDate, List<AttendanceEntry> attendance) {
  }

  public record AttendanceEntry(String userId, boolean present) {
  }

  public record RecommendationView(String userId, int consecutiveAbsences, String processInstanceId) {
  }
}
