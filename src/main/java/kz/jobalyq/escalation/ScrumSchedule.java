package kz.jobalyq.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;

/** The weekly scrum of a base direction's implementation group with its project group heads (§22, §31). */
@Entity
@Table(name = "scrum_schedule")
public class ScrumSchedule {

  @Id
  @Column(name = "base_direction_code", length = 30)
  private String baseDirectionCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "day_of_week", nullable = false, length = 10)
  private DayOfWeek dayOfWeek;

  @Column(name = "meeting_time", nullable = false, length = 5)
  private String meetingTime;

  @Column(name = "changed_by", length = 100)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected ScrumSchedule() {
  }

  ScrumSchedule(String baseDirectionCode) {
    this.baseDirectionCode = baseDirectionCode;
  }

  void change(DayOfWeek dayOfWeek, String meetingTime, String changedBy, Instant changedAt) {
    this.dayOfWeek = dayOfWeek;
    this.meetingTime = meetingTime;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public String getBaseDirectionCode() {
    return baseDirectionCode;
  }

  public DayOfWeek getDayOfWeek() {
    return dayOfWeek;
  }

  public String getMeetingTime() {
    return meetingTime;
  }
}
