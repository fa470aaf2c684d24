package kz.jobalyq.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A problem on the agenda of the nearest meeting of its base direction (§99). */
@Entity
@Table(name = "meeting_agenda_item")
public class MeetingAgendaItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "problem_id", nullable = false)
  private Long problemId;

  @Column(name = "base_direction_code", nullable = false, length = 30)
  private String baseDirectionCode;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected MeetingAgendaItem() {
  }

  MeetingAgendaItem(Long problemId, String baseDirectionCode, LocalDate meetingDate, Instant addedAt) {
    this.problemId = problemId;
    this.baseDirectionCode = baseDirectionCode;
    this.meetingDate = meetingDate;
    this.addedAt = addedAt;
  }

  public Long getProblemId() {
    return problemId;
  }

  public String getBaseDirectionCode() {
    return baseDirectionCode;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }
}
