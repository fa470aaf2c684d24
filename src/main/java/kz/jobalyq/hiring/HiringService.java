package kz.jobalyq.hiring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.calendar.Deadline;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.numbering.RecordNumbers;
import kz.jobalyq.system.web.ConflictException;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls and applications of §9: preparation, approval, publication, the window, the review, re-publication,
 * closing and reading. With {@link HiringAppointments} (the interview, the conclusion, the appointment and what
 * follows it), the only place their state changes.
 */
@Service
@Transactional
public class HiringService {

  public static final String RECORD_TYPE = "HIRING_CALL";
  static final int APPLICATION_WINDOW_CALENDAR_DAYS = 10;
  static final int REVIEW_WORKING_DAYS = 3;

  private final HiringCallRepository calls;
  private final CandidateApplicationRepository applications;
  private final OrganisationService organisation;
  private final CalendarService calendar;
  private final RecordNumbers recordNumbers;
  private final DecisionLog decisionLog;
  private final DecisionService decisions;
  private final RuntimeService runtime;
  private final Clock clock;

  public HiringService(HiringCallRepository calls, CandidateApplicationRepository applications,
      OrganisationService organisation, CalendarService calendar, RecordNumbers recordNumbers,
      DecisionLog decisionLog, DecisionService decisions, RuntimeService runtime, Clock clock) {
    this.calls = calls;
    this.applications = applications;
    this.organisation = organisation;
    this.calendar = calendar;
    this.recordNumbers = recordNumbers;
    this.decisionLog = decisionLog;
    this.decisions = decisions;
    this.runtime = runtime;
    this.clock = clock;
  }

  // --- preparation and approval (§9.1) ---

  /** Registers the prepared call as CALL-YYYY-NNNN, awaiting the base direction head's approval. */
  public HiringCall prepare(CallDraft draft, String preparedBy, String processInstanceId) {
    checkProject(draft);
    String direction = baseDirectionOf(draft, preparedBy);
    String number = recordNumbers.yearly("CALL", Year.from(calendar.today()));
    HiringCall call = new HiringCall(number, draft, preparedBy, clock.instant(), processInstanceId);
    call.placeIn(direction);
    return calls.save(call);
  }

  public void revise(Long callId, CallDraft draft, String by) {
    checkProject(draft);
    HiringCall call = require(callId);
    call.placeIn(baseDirectionOf(draft, call.getPreparedBy()));
    call.revise(draft);
    call.resubmit();
    log(call, "Task_ReviseCall", "REVISED", null, by);
  }

  public void recordApproval(Long callId, boolean approved, String comment, String by) {
    HiringCall call = require(callId);
    if (!approved) {
      call.sendForRevision();
    }
    log(call, "Task_ApproveCall", approved ? "APPROVED" : "RETURNED", comment, by);
  }

  /**
   * The base direction whose implementation group runs the call (§9.3): the project's, or else the one where
   * the author holds an implementation-group role.
   */
  private String baseDirectionOf(CallDraft draft, String author) {
    if (draft.projectNumber() != null && !draft.projectNumber().isBlank()) {
      return organisation.requireProject(draft.projectNumber()).baseDirectionCode();
    }
    List<String> directions = organisation.baseDirectionsWhereHeldBy(author);
    if (directions.isEmpty()) {
      throw BadInput.of("projectNumber", "hiring.projectNumber.noDirection");
    }
    if (directions.size() > 1) {
      throw BadInput.of("projectNumber", "hiring.projectNumber.severalDirections", String.join(", ", directions));
    }
    return directions.get(0);
  }

  private void checkProject(CallDraft draft) {
    if (draft.projectNumber() != null && !draft.projectNumber().isBlank()
        && organisation.findProject(draft.projectNumber().strip()).isEmpty()) {
      throw BadInput.of("projectNumber", "hiring.projectNumber.unknown", draft.projectNumber().strip());
    }
  }

  // --- publication and the 10-day window (§9.1–§9.2) ---

  /** Publishes the call today; applications are accepted until the end of the 10th calendar day (§8). */
  public Deadline publish(Long callId) {
    HiringCall call = require(callId);
    LocalDate today = calendar.today();
    Deadline window = calendar.calendarDaysAfter(today, APPLICATION_WINDOW_CALENDAR_DAYS);
    call.publish(today, window.lastDay());
    return window;
  }

  /**
   * Stores a candidate's application and hands it to the running call. Outside the window the application is
   * refused and nothing is stored; if the process no longer waits for applications, the whole call rolls back.
   */
  public CandidateApplication apply(String callNumber, ApplicationInput input) {
    HiringCall call = calls.findByNumber(callNumber)
        .filter(found -> found.getStatus().isPublished())
        .orElseThrow(() -> new NotFoundException(Messages.text("hiring.call.notFound", callNumber)));
    LocalDate today = calendar.today();
    if (call.getStatus() != HiringCallStatus.OPEN || today.isAfter(call.getApplicationsUntil())) {
      throw new CallClosedException(Messages.text("hiring.call.closedOn", call.getApplicationsUntil(), callNumber));
    }
    // The number's counter is locked until this transaction ends, so parallel applications to the call wait
    // here one after the other and each sees those before it: the same candidate is stored once per round.
    String reference = recordNumbers.under(call.getNumber(), "APP");
    if (applications.existsByCallIdAndPublicationRoundAndEmailIgnoreCase(call.getId(), call.getPublicationRound(),
        input.email().strip())) {
      throw new ConflictException(Messages.text("hiring.application.duplicate", callNumber));
    }
    CandidateApplication application = applications.saveAndFlush(
        new CandidateApplication(call.getId(), reference, call.getPublicationRound(), input, clock.instant()));
    try {
      runtime.createMessageCorrelation(HiringProcess.MESSAGE_CANDIDATE_APPLIED)
          .processInstanceBusinessKey(call.getNumber())
          .setVariableToTriggeredScope(HiringProcess.Vars.APPLICATION_ID, application.getId())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new CallClosedException(Messages.text("hiring.call.closed", callNumber));
    }
    return application;
  }

  /** Closes the window and pre-checks each application with the §9 table; the review is due in 3 working days. */
  public PreCheck closeWindow(Long callId) {
    HiringCall call = require(callId);
    Deadline reviewDue = calendar.workingDaysAfter(call.getApplicationsUntil(), REVIEW_WORKING_DAYS);
    call.closeWindow(reviewDue.lastDay());
    int eligible = 0;
    List<CandidateApplication> received = currentApplications(call);
    for (CandidateApplication application : received) {
      VariableMap facts = Variables.createVariables()
          .putValue("callScope", call.getScope().name())
          .putValue("education", application.getEducation().name())
          .putValue("educationInField", application.isEducationInField())
          .putValue("fieldExperienceYears", application.getFieldExperienceYears().doubleValue())
          .putValue("projectManagementYears", application.getProjectManagementYears().doubleValue())
          .putValue("hasCertificate", application.hasCertificate());
      Map<String, Object> result = decisions.evaluateDecisionTableByKey(HiringProcess.DECISION_ELIGIBILITY, facts)
          .getSingleResult().getEntryMap();
      boolean isEligible = Boolean.TRUE.equals(result.get("eligible"));
      application.recordPreCheck(isEligible, String.valueOf(result.get("reason")));
      if (isEligible) {
        eligible++;
      }
    }
    return new PreCheck(received.size(), eligible, reviewDue.asDate());
  }

  public List<CandidateApplication> currentApplications(HiringCall call) {
    return applications.findByCallIdAndPublicationRoundOrderByIdAsc(call.getId(), call.getPublicationRound());
  }

  // --- review (§9.3) ---

  /** The rows of the review form: each application with the table's pre-check, admitted as the table says. */
  public List<Map<String, Object>> reviewRows(Long callId) {
    return currentApplications(require(callId)).stream().map(application -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("reference", application.getReference());
      row.put("candidateName", application.getFullName());
      row.put("summary", describe(application));
      row.put("tableResult", (Boolean.TRUE.equals(application.getTableEligible()) ? "✔ " : "✘ ")
          + application.getTableReason());
      row.put("admitted", Boolean.TRUE.equals(application.getTableEligible()));
      row.put("overrideReason", "");
      return row;
    }).toList();
  }

  /** An application as the review group reads it, in the reader's language. */
  private static String describe(CandidateApplication application) {
    return Messages.text("hiring.review.summary",
        Messages.text("hiring.education." + application.getEducation().name()), application.getEducationField(),
        Messages.text(application.isEducationInField() ? "hiring.review.inField" : "hiring.review.otherField"),
        years(application.getFieldExperienceYears()), years(application.getProjectManagementYears()),
        application.hasCertificate() ? application.getCertificate() : Messages.text("hiring.review.noCertificate"),
        Display.money(application.getRequestedFee()))
        + (application.getReferences() == null ? ""
            : Messages.text("hiring.review.references", application.getReferences()));
  }

  private static String years(BigDecimal years) {
    return years == null ? "0" : years.stripTrailingZeros().toPlainString();
  }

  /** One reviewed row: the group admits or not; a decision against the table needs a reason. */
  public record ReviewAnswer(String reference, boolean admitted, String overrideReason) {
  }

  /** Records the review; returns how many are admitted. An interview date is needed when anyone is. */
  public int recordReview(Long callId, List<ReviewAnswer> answers, Instant interviewAt, String comment, String by) {
    HiringCall call = require(callId);
    Map<String, CandidateApplication> byReference = currentApplications(call).stream()
        .collect(Collectors.toMap(CandidateApplication::getReference, Function.identity(), (a, b) -> a,
            LinkedHashMap::new));
    Set<String> answered = new LinkedHashSet<>();
    int admitted = 0;
    for (int i = 0; i < answers.size(); i++) {
      ReviewAnswer answer = answers.get(i);
      String where = "applicationReview[" + (i + 1) + "]";
      CandidateApplication application = byReference.get(answer.reference());
      if (application == null) {
        throw BadInput.of(where + ".reference", "hiring.review.notInCall", answer.reference());
      }
      if (!answered.add(answer.reference())) {
        throw BadInput.of(where + ".reference", "hiring.review.twice", answer.reference());
      }
      boolean overrides = application.overridesTable(answer.admitted());
      String reason = answer.overrideReason() == null || answer.overrideReason().isBlank()
          ? null : answer.overrideReason().strip();
      if (overrides && reason == null) {
        throw BadInput.of(where + ".overrideReason", "hiring.review.overrideReason.required",
            application.getReference());
      }
      application.recordReview(answer.admitted(), reason);
      if (answer.admitted()) {
        admitted++;
      }
    }
    List<String> missing = byReference.keySet().stream().filter(reference -> !answered.contains(reference)).toList();
    if (!missing.isEmpty()) {
      throw BadInput.of("applicationReview", "hiring.review.missing", String.join(", ", missing));
    }
    if (admitted > 0) {
      if (interviewAt == null) {
        throw BadInput.of("interviewAt", "hiring.interviewAt.required");
      }
      if (!interviewAt.isAfter(clock.instant())) {
        throw BadInput.of("interviewAt", "hiring.interviewAt.past");
      }
      call.scheduleInterview(interviewAt);
    } else {
      call.awaitRepublication();
    }
    log(call, "Task_ReviewApplications", "ADMITTED_" + admitted, comment, by);
    return admitted;
  }

  /** Publishes the admitted candidates and the interview date on the official site (§9.3). */
  public void publishAdmittedList(Long callId) {
    require(callId).publishAdmittedList();
  }

  // --- re-publication and closing ---

  public void recordRepublicationDecision(Long callId, boolean republish, String comment, String by) {
    log(require(callId), "Task_DecideRepublication", republish ? "REPUBLISH" : "CLOSE", comment, by);
  }

  public void close(Long callId) {
    require(callId).close(clock.instant());
  }

  // --- reading ---

  /** The current round's applications admitted to the interview. */
  public List<CandidateApplication> admitted(HiringCall call) {
    return currentApplications(call).stream().filter(a -> Boolean.TRUE.equals(a.getAdmitted())).toList();
  }

  public Optional<CandidateApplication> selectedCandidate(HiringCall call) {
    return Optional.ofNullable(call.getSelectedApplicationId()).flatMap(applications::findById);
  }

  @Transactional(readOnly = true)
  public HiringCall require(Long callId) {
    return calls.findById(callId)
        .orElseThrow(() -> new NotFoundException(Messages.text("hiring.call.notFound", String.valueOf(callId))));
  }

  @Transactional(readOnly = true)
  public HiringCall requireByNumber(String number) {
    return calls.findByNumber(number)
        .orElseThrow(() -> new NotFoundException(Messages.text("hiring.call.notFound", number)));
  }

  @Transactional(readOnly = true)
  public List<CandidateApplication> applicationsOf(HiringCall call) {
    return currentApplications(call);
  }

  /** Calls not yet hired or closed, from preparation to the contract, newest publication first. */
  @Transactional(readOnly = true)
  public List<HiringCall> callsInProgress() {
    return calls.findByStatusInOrderByPublishedOnDescIdDesc(
        EnumSet.complementOf(EnumSet.of(HiringCallStatus.HIRED, HiringCallStatus.CLOSED)));
  }

  /** Calls on the official site, newest first. */
  @Transactional(readOnly = true)
  public List<PublicCall> publicCalls() {
    EnumSet<HiringCallStatus> published = EnumSet.noneOf(HiringCallStatus.class);
    for (HiringCallStatus status : HiringCallStatus.values()) {
      if (status.isPublished()) {
        published.add(status);
      }
    }
    return calls.findByStatusInOrderByPublishedOnDescIdDesc(published).stream().map(this::toPublic).toList();
  }

  @Transactional(readOnly = true)
  public PublicCall publicCall(String number) {
    return calls.findByNumber(number).filter(call -> call.getStatus().isPublished()).map(this::toPublic)
        .orElseThrow(() -> new NotFoundException(Messages.text("hiring.call.notFound", number)));
  }

  private PublicCall toPublic(HiringCall call) {
    // The admitted list is public from its publication until a re-publication clears the interview date.
    boolean listPublished = call.getInterviewAt() != null && call.getStatus() != HiringCallStatus.UNDER_REVIEW;
    List<String> admittedNames = listPublished
        ? admitted(call).stream().map(CandidateApplication::getFullName).toList() : List.of();
    String selected = call.getConclusionPublishedOn() == null ? null
        : selectedCandidate(call).map(CandidateApplication::getFullName).orElse(null);
    boolean accepting = call.getStatus() == HiringCallStatus.OPEN
        && !calendar.today().isAfter(call.getApplicationsUntil());
    Locale reader = UserLanguage.current();
    return new PublicCall(call.getNumber(), call.getStatus().name(), call.getStatus().name(reader),
        call.getScope().name(reader), call.getRoleSought().name(reader), call.getProjectName(), call.getCustomer(),
        call.getGoals(), call.getPlannedDeadlines(), call.getScope().requirements(reader), call.getPublishedOn(),
        call.getApplicationsUntil(), accepting, listPublished ? call.getInterviewAt() : null, admittedNames,
        selected, call.getConclusionPublishedOn());
  }

  private void log(HiringCall call, String step, String outcome, String comment, String by) {
    decisionLog.record(new Decision(RECORD_TYPE, call.getId(), call.getNumber(), call.getProcessInstanceId(), step,
        outcome, comment, by));
  }
}
