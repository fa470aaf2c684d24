package kz.jobalyq.initiative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.organisation.RecordAccess;
import kz.jobalyq.organisation.RecordScope;
import kz.jobalyq.system.decision.DecisionLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An initiative as our tables hold it (seed 000 §48–§50): status, the six stages' documents, the passport. */
@RestController
public class InitiativeController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final InitiativeService initiatives;
  private final OrganisationService organisation;
  private final DecisionLog decisionLog;
  private final RecordAccess access;

  public InitiativeController(InitiativeService initiatives, OrganisationService organisation,
      DecisionLog decisionLog, RecordAccess access) {
    this.access = access;
    this.initiatives = initiatives;
    this.organisation = organisation;
    this.decisionLog = decisionLog;
  }

  @GetMapping("/api/initiatives/{number}")
  public InitiativeView initiative(@PathVariable String number) {
    Initiative initiative = initiatives.getByNumber(number);
    access.requireReader(new RecordScope(null, initiative.getProjectGroupCode(), null, null,
        initiative.getProposedBy()));
    Long id = initiative.getId();
    String projectNumber = initiative.getProjectId() == null ? null
        : organisation.findProjectById(initiative.getProjectId()).map(ProjectSummary::number).orElse(null);
    return new InitiativeView(initiative.getNumber(), initiative.getTitle(), initiative.getStatus(),
        initiative.getLevel(), initiative.getProjectGroupCode(), initiative.getInitiatorName(),
        initiative.getDescription(), initiative.getPriorityClass(), initiative.getTotalScore(),
        initiative.getDecisionBodyGroup(), initiative.getStatusReason(), projectNumber, initiative.getProposedAt(),
        initiatives.documentsOf(id).stream().map(document -> new StageDocumentView(document.getStage(),
            document.getVersion(), content(document.getContent()), document.getSubmittedBy(),
            document.getSubmittedAt())).toList(),
        initiatives.passportOf(id).map(PassportView::of).orElse(null),
        decisionLog.historyOf(InitiativeProcess.RECORD_TYPE, id).stream().map(decision -> new DecisionView(
            decision.getStep(), decision.getOutcome(), decision.getComment(), decision.getDecidedBy(),
            decision.getDecidedAt())).toList());
  }

  private static JsonNode content(String json) {
    try {
      return json == null ? null : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return JSON.getNodeFactory().textNode(json);
    }
  }

  public record InitiativeView(String number, String title, InitiativeStatus status, InitiativeLevel level,
      String projectGroupCode, String initiatorName, String description, String priorityClass, Integer totalScore,
      String decisionBodyGroup, String statusReason, String projectNumber, Instant proposedAt,
      List<StageDocumentView> stageDocuments, PassportView passport, List<DecisionView> decisions) {
  }

  public record StageDocumentView(int stage, int version, JsonNode content, String submittedBy,
      Instant submittedAt) {
  }

  /** The initiative passport of §50 stage 6. */
  public record PassportView(int version, String name, String initiatorSurname, String initiatorFirstName,
      String initiatorPatronymic, String initiatorIin, String initiatorPosition, String curatorName,
      String direction, String keyIndicators, String economicEffect, List<ActionView> actions) {

    static PassportView of(InitiativePassport passport) {
      return new PassportView(passport.getVersion(), passport.getName(), passport.getInitiatorSurname(),
          passport.getInitiatorFirstName(), passport.getInitiatorPatronymic(), passport.getInitiatorIin(),
          passport.getInitiatorPosition(), passport.getCuratorName(), passport.getDirection(),
          passport.getKeyIndicators(), passport.getEconomicEffect(), passport.getActions().stream()
              .map(action -> new ActionView(action.name(), action.deadline())).toList());
    }
  }

  public record ActionView(String name, LocalDate deadline) {
  }

  public record DecisionView(String step, String outcome, String comment, String decidedBy, Instant decidedAt) {
  }
}
