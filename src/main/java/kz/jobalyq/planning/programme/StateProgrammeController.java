package kz.jobalyq.planning.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.jobalyq.system.i18n.BadInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A planning document with every document its life cycle produced and every decision taken on it, for any
 * signed-in user: the State Planning System's documents are public once published (secret parts are never stored).
 */
@RestController
@RequestMapping("/api/planning/programmes")
public class StateProgrammeController {

  private final StateProgrammeService programmes;
  private final ControlResults controlResults;
  private final ObjectMapper json;

  public StateProgrammeController(StateProgrammeService programmes, ControlResults controlResults, ObjectMapper json) {
    this.programmes = programmes;
    this.controlResults = controlResults;
    this.json = json;
  }

  public record ControlResolution(String resolutionNumber, LocalDate resolutionDate, String summary) {
  }

  public record ControlResultsDue(String programmeNumber, LocalDate resultsDueOn) {
  }

  /**
   * The Accounts Committee's or the revision commission's resolution on the document's evaluation: its results
   * are due to the bodies of A2 §120, §164–§165, §198 within 7 working days (the control body's task).
   */
  @org.springframework.web.bind.annotation.PostMapping("/{number}/control-resolutions")
  @org.springframework.security.access.prepost.PreAuthorize(
      "hasAnyAuthority('accounts-committee', 'revision-commission', 'camunda-admin')")
  public ControlResultsDue controlResolution(@PathVariable String number,
      @org.springframework.web.bind.annotation.RequestBody ControlResolution resolution,
      java.security.Principal principal) {
    if (resolution == null) {
      throw BadInput.of(StateProgrammeProcess.Vars.RESOLUTION_NUMBER, "programme.resolution.required");
    }
    return new ControlResultsDue(number, controlResults.recordResolution(number, resolution.resolutionNumber(),
        resolution.resolutionDate(), resolution.summary(), principal.getName()));
  }

  public record RoutingView(boolean justificationRequired, boolean regionalReview, boolean publicDiscussion,
      List<String> agreementGroups, String approverGroup, String actionPlanGroup) {
  }

  public record DocumentView(String step, String stepName, String responsibleGroup, Integer reportingYear,
      int correctionRound, EvaluationKind evaluationKind, LocalDate dueOn, Instant openedAt, Instant submittedAt,
      String submittedBy, String outcome, boolean overdue, JsonNode content) {
  }

  public record DecisionView(String step, String outcome, String comment, String decidedBy, Instant decidedAt) {
  }

  public record ProgrammeView(String number, PlanningDocumentType documentType, String documentTypeName, String name,
      String developerBody, boolean regionalPart, int periodStartYear, int periodEndYear,
      StateProgrammeStatus status, String statusName, RoutingView routing, String goal, String expectedEffect,
      String fundingSources, BigDecimal fundingVolume, LocalDate decidedOn, String decisionAct, LocalDate listedOn,
      String listAct, LocalDate discussionUntil, LocalDate approvedOn, String approvalAct,
      LocalDate actionPlanApprovedOn, String actionPlanAct, int correctionRound, Integer currentReportingYear,
      Instant submittedAt, Instant closedAt, List<DocumentView> documents, List<DecisionView> decisions) {
  }

  @GetMapping("/{number}")
  public ProgrammeView programme(@PathVariable String number) {
    StateProgramme p = programmes.requireByNumber(number);
    List<DocumentView> documents = programmes.documentsOf(p.getId()).stream()
        .map(d -> new DocumentView(d.getStep().name(), d.getStep().displayName(), d.getResponsibleGroup(),
            d.getReportingYear(), d.getCorrectionRound(), d.getEvaluationKind(), d.getDueOn(), d.getOpenedAt(),
            d.getSubmittedAt(), d.getSubmittedBy(), d.getOutcome(), d.isOverdue(), content(d.getContent())))
        .toList();
    List<DecisionView> decisions = programmes.decisionsOf(p.getId()).stream()
        .map(r -> new DecisionView(r.getStep(), r.getOutcome(), r.getComment(), r.getDecidedBy(), r.getDecidedAt()))
        .toList();
    return new ProgrammeView(p.getNumber(), p.getDocumentType(), p.getDocumentType().displayName(), p.getName(),
        p.getDeveloperBody(), p.isRegionalPart(), p.getPeriodStartYear(), p.getPeriodEndYear(), p.getStatus(),
        p.getStatus().displayName(), new RoutingView(p.isJustificationRequired(), p.isRegionalReview(),
            p.isPublicDiscussion(), p.agreementGroupList(), p.getApproverGroup(), p.getActionPlanGroup()),
        p.getGoal(), p.getExpectedEffect(), p.getFundingSources(), p.getFundingVolume(), p.getDecidedOn(),
        p.getDecisionAct(), p.getListedOn(), p.getListAct(), p.getDiscussionUntil(), p.getApprovedOn(),
        p.getApprovalAct(), p.getActionPlanApprovedOn(), p.getActionPlanAct(), p.getCorrectionRound(),
        p.getCurrentReportingYear(), p.getSubmittedAt(), p.getClosedAt(), documents, decisions);
  }

  private JsonNode content(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      return json.getNodeFactory().textNode(text);
    }
  }
}
