package kz.jobalyq.planning.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.planning.programme.StateProgrammeProcess.Vars;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.process.EngineAsSystem;
import kz.jobalyq.system.security.Role;
import kz.jobalyq.system.web.ConflictException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of a control body's evaluation go out within 7 working days of its resolution (002 A2 §120 for a
 * state programme and §164 for a strategic plan: the Accounts Committee; §165 for a local executive body's
 * strategic plan and §198 for a territorial programme: the oblast's revision commission). A recorded resolution
 * opens the control body's task in the document's process, due at the end of the 7th working day after it.
 */
@Service
@Transactional
public class ControlResults {

  /** A2 §120, §164–§165, §198. */
  static final int WORKING_DAYS = 7;

  private final StateProgrammeService programmes;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engine;
  private final CalendarService calendar;
  private final Clock clock;

  public ControlResults(StateProgrammeService programmes, RuntimeService runtimeService, EngineAsSystem engine,
      CalendarService calendar, Clock clock) {
    this.programmes = programmes;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Who must get the results of a control of {@code type}, and which body controls it. */
  record Route(Role controlBody, List<Role> recipients) {
  }

  static Route routeOf(PlanningDocumentType type) {
    return switch (type) {
      // A2 §120: the Presidential Administration, the SPA and the body responsible for the programme.
      case STATE_PROGRAMME, STRATEGIC_DEVELOPMENT_PLAN -> new Route(Role.ACCOUNTS_COMMITTEE,
          List.of(Role.PRESIDENTIAL_ADMINISTRATION, Role.STATE_PLANNING_AUTHORITY, Role.PROGRAMME_DEVELOPER));
      // A2 §164: the bodies that evaluate strategic plans (the SPA), the PA and the controlled body.
      case STRATEGIC_PLAN -> new Route(Role.ACCOUNTS_COMMITTEE,
          List.of(Role.STATE_PLANNING_AUTHORITY, Role.PRESIDENTIAL_ADMINISTRATION, Role.PROGRAMME_DEVELOPER));
      // A2 §165: the evaluating bodies, the local executive body and the controlled body.
      case LOCAL_STRATEGIC_PLAN -> new Route(Role.REVISION_COMMISSION,
          List.of(Role.STATE_PLANNING_AUTHORITY, Role.STATE_BODY_HEAD, Role.PROGRAMME_DEVELOPER));
      // A2 §198: the local executive body and the SPA.
      case OBLAST_PROGRAMME, DISTRICT_PROGRAMME -> new Route(Role.REVISION_COMMISSION,
          List.of(Role.STATE_BODY_HEAD, Role.STATE_PLANNING_AUTHORITY));
    };
  }

  /**
   * The control body's resolution on the document's evaluation: opens its 7-working-day task to send the
   * results. 400 naming the field; 409 when the document is not yet approved or already closed.
   */
  public LocalDate recordResolution(String programmeNumber, String resolutionNumber, LocalDate resolutionDate,
      String summary, String recordedBy) {
    StateProgramme programme = programmes.requireByNumber(programmeNumber);
    List<BadInput> errors = new ArrayList<>();
    if (resolutionNumber == null || resolutionNumber.isBlank()) {
      errors.add(BadInput.of(Vars.RESOLUTION_NUMBER, "programme.resolutionNumber.required"));
    }
    LocalDate today = calendar.dateOf(clock.instant());
    if (resolutionDate == null) {
      errors.add(BadInput.of(Vars.RESOLUTION_DATE, "programme.resolutionDate.required"));
    } else if (resolutionDate.isAfter(today)) {
      errors.add(BadInput.of(Vars.RESOLUTION_DATE, "programme.resolutionDate.future", resolutionDate));
    }
    if (!errors.isEmpty()) {
      throw BadInput.all(errors);
    }
    if (programme.getStatus().isFinal() || programme.getApprovedOn() == null) {
      throw new ConflictException(Messages.text(programme.getStatus().isFinal() ? "programme.control.ended"
          : "programme.control.notApproved", programmeNumber));
    }
    Route route = routeOf(programme.getDocumentType());
    engine.run(() -> runtimeService.createMessageCorrelation(StateProgrammeProcess.MESSAGE_CONTROL_RESOLUTION)
        .processInstanceId(programme.getProcessInstanceId())
        .setVariablesLocal(Variables.createVariables()
            .putValue(Vars.CONTROL_BODY, route.controlBody().groupId())
            .putValue(Vars.RESOLUTION_NUMBER, resolutionNumber.strip())
            .putValue(Vars.RESOLUTION_DATE, resolutionDate.toString())
            .putValue(Vars.CONTROL_SUMMARY, summary == null ? null : summary.strip())
            .putValue(Vars.CONTROL_RECIPIENTS, String.join(", ", route.recipients().stream()
                .map(Role::kazakhName).toList())))
        .correlate());
    return calendar.workingDaysAfter(resolutionDate, WORKING_DAYS).lastDay();
  }
}
