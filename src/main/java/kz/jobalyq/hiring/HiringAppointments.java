package kz.jobalyq.hiring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.calendar.Deadline;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.security.Role;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call from its interview to the hire (§9.4–§9.7, §79, §80): the panel's scores and the interview's outcome, the
 * conclusion's signatures and publication, the appointment, the contract, the project's budget and the project lead
 * role. The call itself, its applications and their review, re-publication and closing stay in
 * {@link HiringService}.
 */
@Service
@Transactional
public class HiringAppointments {

  static final int CONCLUSION_WORKING_DAYS = 3;
  /** The interview is conducted by the base direction implementation group, chaired by its head (§9.4). */
  static final List<Role> INTERVIEW_PANEL = List.of(Role.BASE_DIRECTION_HEAD, Role.BD_GROUP_LEAD,
      Role.BD_CHIEF_MANAGER, Role.BD_ADMIN);

  private final HiringService hiring;
  private final InterviewScoreRepository scores;
  private final ConclusionSignatureRepository signatures;
  private final OrganisationService organisation;
  private final CalendarService calendar;
  private final DecisionLog decisionLog;
  private final IdentityService identity;
  private final Clock clock;

  public HiringAppointments(HiringService hiring, InterviewScoreRepository scores,
      ConclusionSignatureRepository signatures, OrganisationService organisation, CalendarService calendar,
      DecisionLog decisionLog, IdentityService identity, Clock clock) {
    this.hiring = hiring;
    this.scores = scores;
    this.signatures = signatures;
    this.organisation = organisation;
    this.calendar = calendar;
    this.decisionLog = decisionLog;
    this.identity = identity;
    this.clock = clock;
  }

  // --- interview (§9.4–§9.5) ---

  /** The panel: members of the head's and the implementation group's groups, the head first. */
  public List<String> interviewPanel() {
    LinkedHashSet<String> panel = new LinkedHashSet<>();
    for (Role role : INTERVIEW_PANEL) {
      identity.createUserQuery().memberOfGroup(role.groupId()).orderByUserId().asc().list()
          .forEach(user -> panel.add(user.getId()));
    }
    return List.copyOf(panel);
  }

  public List<String> heads() {
    return identity.createUserQuery().memberOfGroup(Role.BASE_DIRECTION_HEAD.groupId()).list().stream()
        .map(User::getId).toList();
  }

  /** Interview form rows: every panel member × every admitted candidate, to be scored (or removed if absent). */
  public List<Map<String, Object>> interviewRows(Long callId) {
    List<CandidateApplication> admitted = hiring.admitted(hiring.require(callId));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String member : interviewPanel()) {
      for (CandidateApplication application : admitted) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("member", member);
        row.put("candidate", application.getReference());
        row.put("candidateName", application.getFullName());
        row.put("vote", false);
        rows.add(row);
      }
    }
    return rows;
  }

  /** Records the interview and computes its outcome (§9.5); the conclusion is due in 3 working days. */
  public InterviewOutcome recordInterview(Long callId, Instant heldAt, String recordingReference, String notes,
      List<InterviewOutcome.Vote> votes) {
    HiringCall call = hiring.require(callId);
    if (heldAt == null) {
      throw BadInput.of("interviewHeldAt", "hiring.interviewHeldAt.required");
    }
    if (heldAt.isAfter(clock.instant())) {
      // The conclusion is counted from the interview and published after it (§9.6): it cannot precede it.
      throw BadInput.of("interviewHeldAt", "hiring.interviewHeldAt.future",
          heldAt.atZone(calendar.zone()).toLocalDateTime());
    }
    if (recordingReference == null || recordingReference.isBlank()) {
      throw BadInput.of("recordingReference", "hiring.recordingReference.required");
    }
    Map<String, CandidateApplication> admitted = hiring.admitted(call).stream()
        .collect(Collectors.toMap(CandidateApplication::getReference, Function.identity(), (a, b) -> a,
            LinkedHashMap::new));
    Set<String> panel = Set.copyOf(interviewPanel());
    for (int i = 0; i < votes.size(); i++) {
      if (!panel.contains(votes.get(i).member())) {
        throw BadInput.of("interviewScores[" + (i + 1) + "].member", "hiring.interviewScores.notPanelMember",
            votes.get(i).member());
      }
    }
    InterviewOutcome outcome = InterviewOutcome.of(votes, admitted.keySet(), heads());
    for (InterviewOutcome.Vote vote : votes) {
      scores.save(new InterviewScore(call.getId(), admitted.get(vote.candidate()).getId(), vote));
    }
    admitted.values().forEach(application ->
        application.recordInterviewOutcome(application.getReference().equals(outcome.selectedReference())));
    LocalDate heldOn = calendar.dateOf(heldAt);
    Deadline conclusionDue = calendar.workingDaysAfter(heldOn, CONCLUSION_WORKING_DAYS);
    Long selectedId = outcome.candidateSelected() ? admitted.get(outcome.selectedReference()).getId() : null;
    call.recordInterview(heldAt, recordingReference.strip(), notes, selectedId, outcome.tieBrokenByHead(),
        conclusionDue.lastDay());
    return outcome;
  }

  // --- conclusion and appointment (§9.6) ---

  public void sign(Long callId, String signer, String remark) {
    HiringCall call = hiring.require(callId);
    if (!signatures.existsByCallIdAndPublicationRoundAndSignerId(call.getId(), call.getPublicationRound(), signer)) {
      signatures.save(new ConclusionSignature(call.getId(), call.getPublicationRound(), signer,
          remark == null || remark.isBlank() ? null : remark.strip(), clock.instant()));
    }
  }

  public List<ConclusionSignature> signaturesOf(HiringCall call) {
    return signatures.findByCallIdAndPublicationRoundOrderByIdAsc(call.getId(), call.getPublicationRound());
  }

  /** Publishes the signed conclusion on the official site; true when it is within 3 working days. */
  public boolean publishConclusion(Long callId) {
    HiringCall call = hiring.require(callId);
    LocalDate today = calendar.today();
    call.publishConclusion(today);
    return !today.isAfter(call.getConclusionDueOn());
  }

  public void recordAppointment(Long callId, boolean appointed, String decisionNumber, LocalDate decisionDate,
      String comment, String by) {
    HiringCall call = hiring.require(callId);
    call.recordAppointment(appointed, decisionNumber, decisionDate);
    log(call, "Task_AppointCandidate", appointed ? "APPOINTED" : "NOT_APPOINTED",
        decisionNumber + " " + decisionDate + (comment == null ? "" : ": " + comment), by);
  }

  // --- contract, budget and the project lead role (§9.7, §79, §80) ---

  public void recordContract(Long callId, String number, LocalDate date, BigDecimal fee) {
    if (fee == null) {
      throw BadInput.of("contractFee", "hiring.contractFee.required");
    }
    if (fee.signum() < 0) {
      throw BadInput.of("contractFee", "hiring.contractFee.negative");
    }
    hiring.require(callId).recordContract(number, date, fee);
  }

  /** The project's budget for the coming period, corrected for the fee (§79); a programme call records it only. */
  public void correctBudget(Long callId, BigDecimal budget, String period, String comment, String by) {
    if (budget == null) {
      throw BadInput.of("correctedBudget", "hiring.correctedBudget.required");
    }
    if (budget.signum() < 0) {
      throw BadInput.of("correctedBudget", "hiring.correctedBudget.negative");
    }
    HiringCall call = hiring.require(callId);
    call.recordBudgetCorrection(budget, period);
    if (call.getProjectNumber() != null) {
      organisation.correctProjectBudget(call.getProjectNumber(), budget);
    }
    log(call, "Task_CorrectProjectBudget", "BUDGET_" + budget.toPlainString(), period
        + (comment == null ? "" : ": " + comment), by);
  }

  public Optional<BigDecimal> currentBudget(HiringCall call) {
    return Optional.ofNullable(call.getProjectNumber()).flatMap(organisation::findProject)
        .map(ProjectSummary::budget);
  }

  public void nominateLead(Long callId, String userId, String comment, String by) {
    if (userId == null || userId.isBlank()) {
      throw BadInput.of("leadUserId", "hiring.leadUserId.required");
    }
    if (identity.createUserQuery().userId(userId.strip()).count() == 0) {
      throw BadInput.of("leadUserId", "hiring.leadUserId.unknown", userId.strip());
    }
    HiringCall call = hiring.require(callId);
    call.assignProjectLead(userId.strip());
    log(call, "Task_NominateProjectLead", "NOMINATED_" + userId.strip(), comment, by);
  }

  public void recordLeadConsent(Long callId, boolean consent, String comment, String by) {
    log(hiring.require(callId), "Task_ConsentToProjectLead", consent ? "CONSENT" : "REFUSED", comment, by);
  }

  /** The project lead role on the project (§80): the new lead joins the group and gets the project's lead tasks. */
  public void assignProjectLead(Long callId) {
    HiringCall call = hiring.require(callId);
    organisation.assignProjectRole(call.getProjectNumber(), call.getProjectLeadUserId(), Role.PROJECT_LEAD);
  }

  public void complete(Long callId) {
    hiring.require(callId).complete(clock.instant());
  }

  /** The conclusion's deadline recorded with the interview, as the timers and the signing tasks need it. */
  public Date conclusionDue(Long callId) {
    return Deadline.endOf(hiring.require(callId).getConclusionDueOn(), calendar.zone()).asDate();
  }

  private void log(HiringCall call, String step, String outcome, String comment, String by) {
    decisionLog.record(new Decision(HiringService.RECORD_TYPE, call.getId(), call.getNumber(),
        call.getProcessInstanceId(), step, outcome, comment, by));
  }
}
