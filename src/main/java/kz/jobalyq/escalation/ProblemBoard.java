package kz.jobalyq.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A weekly problem information board as generated for the steering committee (§14.2, §38.1). */
@Entity
@Table(name = "problem_board")
public class ProblemBoard {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "week_start", nullable = false)
  private LocalDate weekStart;

  @Column(name = "generated_at", nullable = false)
  private Instant generatedAt;

  /** The board as JSON, exactly as the committee saw it. */
  @Column(nullable = false, length = 200000)
  private String content;

  @Column(name = "reviewed_by", length = 100)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "review_comment", length = 4000)
  private String reviewComment;

  protected ProblemBoard() {
  }

  ProblemBoard(LocalDate weekStart, Instant generatedAt, String content) {
    this.weekStart = weekStart;
    this.generatedAt = generatedAt;
    this.content = content;
  }

  void review(String comment, String reviewedBy, Instant at) {
    this.reviewComment = comment;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = at;
  }

  public Long getId() {
    return id;
  }

  public LocalDate getWeekStart() {
    return weekStart;
  }

  public Instant getGeneratedAt() {
    return generatedAt;
  }

  public String getContent() {
    return content;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  public String getReviewComment() {
    return reviewComment;
  }
}
