package kz.jobalyq.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Whether a project group head was at a scrum meeting (§24, §31). */
@Entity
@Table(name = "scrum_attendance")
public class ScrumAttendance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "base_direction_code", nullable = false, length = 30)
  private String baseDirectionCode;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  @Column(name = "user_id", nullable = false, length = 100)
  private String userId;

  @Column(nullable = false)
  private boolean present;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ScrumAttendance() {
  }

  ScrumAttendance(String baseDirectionCode, LocalDate meetingDate, String userId, boolean present,
      String recordedBy, Instant recordedAt) {
    this.baseDirectionCode = baseDirectionCode;
    this.meetingDate = meetingDate;
    this.userId = userId;
    this.present = present;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public String getUserId() {
    return userId;
  }

  public boolean isPresent() {
    return present;
  }
}
