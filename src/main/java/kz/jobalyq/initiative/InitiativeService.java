package kz.jobalyq.initiative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.OrganisationService.ProjectGroupSummary;
import kz.jobalyq.project.ProjectProposal;
import kz.jobalyq.project.ProjectService;
import kz.jobalyq.system.Iin;
import kz.jobalyq.system.decision.DecisionLog;
import kz.jobalyq.system.decision.DecisionLog.Decision;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.numbering.RecordNumbers;
import kz.jobalyq.system.web.NotFoundException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Initiatives through the six stages of seed 000 §50 to their status: the only place their status changes. */
@Service
@Transactional
public class InitiativeService {

  private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };

  private final InitiativeRepository initiatives;
  private final StageDocumentRepository documents;
  private final InitiativePassportRepository passports;
  private final OrganisationService organisation;
  private final ProjectService projects;
  private final RecordNumbers recordNumbers;
  private final DecisionLog decisionLog;
  private final ObjectMapper json;
  private final Clock clock;

  public InitiativeService(InitiativeRepository initiatives, StageDocumentRepository documents,
      InitiativePassportRepository passports, OrganisationService organisation, ProjectService projects,
      RecordNumbers recordNumbers, DecisionLog decisionLog, ObjectMapper json, Clock clock) {
    this.initiatives = initiatives;
    this.documents = documents;
    this.passports = passports;
    this.organisation = organisation;
    this.projects = projects;
    this.recordNumbers = recordNumbers;
    this.decisionLog = decisionLog;
    this.json = json;
    this.clock = clock;
  }

  /** Registers the proposal as an initiative with status INITIATIVE and its number INI-YYYY-NNNN (§49). */
  public Initiative register(InitiativeProposal proposal, String proposedBy, String processInstanceId) {
    List<BadInput> errors = new ArrayList<>();
    requireText(proposal.title(), "initiativeTitle", errors);
    requireText(proposal.initiatorName(), "initiatorName", errors);
    requireText(proposal.description(), "initiativeDescription", errors);
    if (proposal.level() == null) {
      errors.add(BadInput.of("initiativeLevel", "initiative.level.required"));
    }
    if (organisation.findProjectGroup(proposal.projectGroupCode()).isEmpty()) {
      errors.add(isBlank(proposal.projectGroupCode())
          ? BadInput.of("projectGroupCode", "initiative.projectGroup.required")
          : BadInput.of("projectGroupCode", "initiative.projectGroup.unknown",
              proposal.projectGroupCode().strip()));
    }
    refuseIfAny(errors);
    String number = recordNumbers.yearly("INI", Year.now(clock));
    return initiatives.save(new Initiative(number, new InitiativeProposal(proposal.title().strip(),
        proposal.projectGroupCode().strip(), proposal.initiatorName().strip(), proposal.description().strip(),
        proposal.level()), proposedBy, clock.instant(), processInstanceId));
  }

  /** Stores a stage's document (§50) after checking the fields that stage asks for. */
  public StageDocument recordStage(Long initiativeId, InitiativeStage stage, Map<String, Object> fields,
      String submittedBy) {
    List<BadInput> errors = new ArrayList<>();
    for (String field : stage.requiredFields()) {
      if (isBlank(fields.get(field))) {
        errors.add(BadInput.of(field, "initiative.required", label(field)));
      }
    }
    stage.requiredLists().forEach((list, rowFields) -> {
      List<?> rows = fields.get(list) instanceof List<?> given ? given : List.of();
      if (rows.isEmpty()) {
        errors.add(BadInput.of(list, "initiative.list.empty", label(list)));
      }
      for (int row = 0; row < rows.size(); row++) {
        Map<?, ?> values = rows.get(row) instanceof Map<?, ?> map ? map : Map.of();
        for (String field : rowFields) {
          if (isBlank(values.get(field))) {
            errors.add(BadInput.of(list + "[" + (row + 1) + "]." + field, "initiative.row.required", label(list),
                row + 1, label(field)));
          }
        }
      }
    });
    switch (stage) {
      case PRIORITY_LIST -> stage.requiredFields().forEach(field -> checkScore(fields.get(field), field, errors));
      case INFORMATION_BULLETIN -> {
        if (Boolean.TRUE.equals(fields.get("planningDocumentsChange"))
            && isBlank(fields.get("planningDocumentsToChange"))) {
          errors.add(BadInput.of("planningDocumentsToChange", "initiative.planningDocumentsToChange.required"));
        }
      }
      case IMPACT_ASSESSMENT -> {
        if (Boolean.TRUE.equals(fields.get("changesLegalActs")) && isBlank(fields.get("regulatoryImpact"))) {
          errors.add(BadInput.of("regulatoryImpact", "initiative.regulatoryImpact.required"));
        }
        if (fields.get("jobsCreated") instanceof Number jobs && jobs.doubleValue() < 0) {
          errors.add(BadInput.of("jobsCreated", "initiative.jobsCreated.negative"));
        }
      }
      case POTENTIAL_DECISION -> {
        Object iin = fields.get("initiatorIin");
        if (!isBlank(iin)) {
          iinProblem(iin.toString().strip()).ifPresent(errors::add);
        }
      }
      default -> { }
    }
    refuseIfAny(errors);
    Initiative initiative = get(initiativeId);
    requireOpen(initiative);
    Map<String, Object> kept = new LinkedHashMap<>();
    stage.allFields().forEach(field -> kept.put(field, fields.get(field)));
    StageDocument document = documents.save(new StageDocument(initiativeId, stage.number(),
        documents.countByInitiativeIdAndStage(initiativeId, stage.number()) + 1, write(kept), submittedBy,
        clock.instant()));
    log(initiative, "Stage" + stage.number(), "SUBMITTED_V" + document.getVersion(), null, submittedBy);
    return document;
  }

  /** Stage 6: the passport, stored with its stage document. */
  public InitiativePassport recordPassport(Long initiativeId, PassportInput passport, Map<String, Object> fields,
      String submittedBy) {
    recordStage(initiativeId, InitiativeStage.POTENTIAL_DECISION, fields, submittedBy);
    return passports.save(new InitiativePassport(initiativeId, passports.countByInitiativeId(initiativeId) + 1,
        passport, submittedBy, clock.instant()));
  }

  /** A stage sends the work back one stage with a comment (the returned form shows it). */
  public void recordSendBack(Long initiativeId, InitiativeStage from, String comment, String decidedBy) {
    if (from == InitiativeStage.PRIORITY_LIST) {
      throw BadInput.of("stageOutcome", "initiative.sendBack.firstStage");
    }
    if (isBlank(comment)) {
      throw BadInput.of("stageComment", "initiative.stageComment.required");
    }
    log(get(initiativeId), "Stage" + from.number(), "SENT_BACK_TO_STAGE_" + (from.number() - 1), comment, decidedBy);
  }

  /** Stage 1's table gave the priority class; answers the total score (the five criteria, 0–25). */
  public int recordPriority(Long initiativeId, String priorityClass) {
    Map<String, Object> scores = latestStage(initiativeId, InitiativeStage.PRIORITY_LIST)
        .orElseThrow(() -> new IllegalStateException("stage 1 of initiative " + initiativeId + " is not recorded"));
    int total = InitiativeStage.PRIORITY_LIST.requiredFields().stream()
        .mapToInt(field -> ((Number) scores.get(field)).intValue()).sum();
    get(initiativeId).classify(priorityClass, total);
    return total;
  }

  /** "Not a priority": the project office ends it with the reason, or overrides it with a comment. */
  public void recordNotPriorityReview(Long initiativeId, String override, String comment, String decidedBy) {
    if (isBlank(comment)) {
      throw BadInput.of("notPriorityComment", "initiative.notPriorityComment.required");
    }
    Initiative initiative = get(initiativeId);
    switch (override == null ? "" : override) {
      case "confirm" -> initiative.end(InitiativeStatus.NOT_PRIORITY, comment.strip(), clock.instant());
      case "continue" -> { }
      default -> throw BadInput.of("notPriorityOverride", "initiative.notPriorityOverride.invalid", given(override));
    }
    log(initiative, "Task_ReviewNotPriority", "continue".equals(override) ? "PRIORITY_OVERRIDDEN" : "NOT_PRIORITY",
        comment, decidedBy);
  }

  /**
   * The decision body's status (decree 358 §24–25): NEW_PROJECT, REFINE back to a named stage, or
   * REJECTED with the reason. Answers the stage to refine, when REFINE.
   */
  public Integer recordStatus(Long initiativeId, String decisionBodyGroup, String status, Integer refineStage,
      String reason, String decidedBy) {
    Initiative initiative = get(initiativeId);
    requireOpen(initiative);
    initiative.decidedBy(decisionBodyGroup);
    switch (status == null ? "" : status) {
      case "NEW_PROJECT" -> { }
      case "REFINE" -> {
        if (refineStage == null || refineStage < 1 || refineStage > 6) {
          throw BadInput.of("refineStage", "initiative.refineStage.required");
        }
        requireReason(reason);
      }
      case "REJECTED" -> {
        requireReason(reason);
        initiative.end(InitiativeStatus.REJECTED, reason.strip(), clock.instant());
      }
      default -> throw BadInput.of("assignedStatus", "initiative.assignedStatus.invalid", given(status));
    }
    log(initiative, InitiativeProcess.TASK_ASSIGN_STATUS, status + ("REFINE".equals(status) ? "_STAGE_" + refineStage : ""),
        reason, decidedBy);
    return "REFINE".equals(status) ? refineStage : null;
  }

  /** NEW_PROJECT: the project is entered into the system (§60) and its life cycle starts. */
  public ProcessInstance startProject(Long initiativeId) {
    Initiative initiative = get(initiativeId);
    Map<String, Object> passport = latestStage(initiativeId, InitiativeStage.POTENTIAL_DECISION).orElse(Map.of());
    Object name = passport.getOrDefault("passportName", initiative.getTitle());
    ProcessInstance lifecycle = projects.startFromProposal(new ProjectProposal(name.toString(),
        initiative.getProjectGroupCode(), initiative.getLevel() == InitiativeLevel.NATIONAL_PRIORITY,
        initiative.getInitiatorName(), initiative.getDescription(), null, (String) passport.get("keyIndicators"),
        null), null);
    Long projectId = organisation.findProject(lifecycle.getBusinessKey()).orElseThrow().id();
    initiative.becameProject(projectId, clock.instant());
    log(initiative, InitiativeProcess.TASK_START_PROJECT, "PROJECT_" + lifecycle.getBusinessKey(), null, null);
    return lifecycle;
  }

  @Transactional(readOnly = true)
  public Optional<Map<String, Object>> latestStage(Long initiativeId, InitiativeStage stage) {
    return documents.findFirstByInitiativeIdAndStageOrderByVersionDesc(initiativeId, stage.number())
        .map(document -> read(document.getContent()));
  }

  @Transactional(readOnly = true)
  public List<StageDocument> documentsOf(Long initiativeId) {
    return documents.findByInitiativeIdOrderByStageAscVersionAsc(initiativeId);
  }

  @Transactional(readOnly = true)
  public Optional<InitiativePassport> passportOf(Long initiativeId) {
    return passports.findFirstByInitiativeIdOrderByVersionDesc(initiativeId);
  }

  @Transactional(readOnly = true)
  public Initiative get(Long initiativeId) {
    return initiatives.findById(initiativeId).orElseThrow(() -> new NotFoundException(
        Messages.text("notFound.initiative", String.valueOf(initiativeId))));
  }

  @Transactional(readOnly = true)
  public Initiative getByNumber(String number) {
    return initiatives.findByNumber(number)
        .orElseThrow(() -> new NotFoundException(Messages.text("initiative.notFound", number)));
  }

  @Transactional(readOnly = true)
  public Optional<ProjectGroupSummary> directionOf(Initiative initiative) {
    return organisation.findProjectGroup(initiative.getProjectGroupCode());
  }

  private static void checkScore(Object value, String field, List<BadInput> errors) {
    if (value == null) {
      return;
    }
    BigDecimal score;
    try {
      score = new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      errors.add(BadInput.of(field, "initiative.score.notNumber", label(field), value.toString(),
          InitiativeStage.MAX_SCORE));
      return;
    }
    if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(InitiativeStage.MAX_SCORE)) > 0
        || score.stripTrailingZeros().scale() > 0) {
      errors.add(BadInput.of(field, "initiative.score.range", label(field), InitiativeStage.MAX_SCORE,
          value.toString()));
    }
  }

  /**
   * What is wrong with a given IIN, in the user's words: not twelve digits, no check digit possible, or
   * the check digit that would make it valid (the one of the ten last digits {@link Iin} accepts).
   */
  private static Optional<BadInput> iinProblem(String iin) {
    if (Iin.isValid(iin)) {
      return Optional.empty();
    }
    if (iin == null || !iin.matches("\\d{12}")) {
      return Optional.of(BadInput.of("initiatorIin", "initiative.iin.format"));
    }
    for (char digit = '0'; digit <= '9'; digit++) {
      if (Iin.isValid(iin.substring(0, 11) + digit)) {
        return Optional.of(BadInput.of("initiatorIin", "initiative.iin.checkDigit", String.valueOf(digit)));
      }
    }
    return Optional.of(BadInput.of("initiatorIin", "initiative.iin.noCheckDigit"));
  }

  /** A field as its form calls it, in the user's language (initiative.field.* in i18n/initiative_*). */
  private static String label(String field) {
    return Messages.text("initiative.field." + field);
  }

  /** A choice as it was given, for the refusal to repeat it ("—" when none was). */
  private static String given(String value) {
    return isBlank(value) ? "—" : value;
  }

  private static void requireReason(String reason) {
    if (isBlank(reason)) {
      throw BadInput.of("statusReason", "initiative.statusReason.required");
    }
  }

  private static void requireOpen(Initiative initiative) {
    if (initiative.getStatus() != InitiativeStatus.INITIATIVE) {
      throw new IllegalStateException(initiative.getNumber() + " already has the status " + initiative.getStatus());
    }
  }

  private static void requireText(String value, String field, List<BadInput> errors) {
    if (isBlank(value)) {
      errors.add(BadInput.of(field, "initiative.required", label(field)));
    }
  }

  /** Every refusal of one submission at once, the first field pointed at (nothing is stored). */
  private static void refuseIfAny(List<BadInput> errors) {
    if (!errors.isEmpty()) {
      throw BadInput.all(errors);
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }

  private String write(Map<String, Object> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Map<String, Object> read(String content) {
    try {
      return json.readValue(content, FIELDS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void log(Initiative initiative, String step, String outcome, String comment, String decidedBy) {
    decisionLog.record(new Decision(InitiativeProcess.RECORD_TYPE, initiative.getId(), initiative.getNumber(),
        initiative.getProcessInstanceId(), step, outcome, isBlank(comment) ? null : comment.strip(), decidedBy));
  }
}
