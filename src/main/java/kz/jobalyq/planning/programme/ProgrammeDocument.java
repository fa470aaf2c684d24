package kz.jobalyq.planning.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A document one step of the life cycle produced — a review, a conclusion, a draft, a yearly report — with its
 * deadline, whether it came late, and its content (the step's answers as JSON). Opened with the step's task.
 */
@Entity
@Table(name = "state_programme_document")
public class ProgrammeDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "programme_id", nullable = false)
  private Long programmeId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private ProgrammeStep step;

  @Column(name = "responsible_group", length = 64)
  private String responsibleGroup;

  @Column(name = "reporting_year")
  private Integer reportingYear;

  @Column(name = "correction_round", nullable = false)
  private int correctionRound;

  @Enumerated(EnumType.STRING)
  @Column(name = "evaluation_kind", length = 10)
  private EvaluationKind evaluationKind;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by", length = 100)
  private String submittedBy;

  @Column(length = 40)
  private String outcome;

  @Column(nullable = false)
  private boolean overdue;

  @Column(length = 20000)
  private String content;

  protected ProgrammeDocument() {
  }

  ProgrammeDocument(Long programmeId, ProgrammeStep step, String responsibleGroup, Integer reportingYear,
      int correctionRound, EvaluationKind evaluationKind, LocalDate dueOn, Instant openedAt) {
    this.programmeId = programmeId;
    this.step = step;
    this.responsibleGroup = responsibleGroup;
    this.reportingYear = reportingYear;
    this.correctionRound = correctionRound;
    this.evaluationKind = evaluationKind;
    this.dueOn = dueOn;
    this.openedAt = openedAt;
  }

  void submit(String outcome, String content, String by, Instant at) {
    this.outcome = outcome;
    this.content = content;
    this.submittedBy = by;
    this.submittedAt = at;
  }

  void markOverdue() {
    this.overdue = true;
  }

  public boolean isSubmitted() {
    return submittedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public ProgrammeStep getStep() {
    return step;
  }

  public String getResponsibleGroup() {
    return responsibleGroup;
  }

  public Integer getReportingYear() {
    return reportingYear;
  }

  public int getCorrectionRound() {
    return correctionRound;
  }

  public EvaluationKind getEvaluationKind() {
    return evaluationKind;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public String getOutcome() {
    return outcome;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public String getContent() {
    return content;
  }
}
