package kz.jobalyq.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One exception to the Monday–Friday week: a holiday, a day off moved onto a weekday, or a working weekend day. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

  @Id
  @Column(name = "calendar_date")
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CalendarDayKind kind;

  /** Why the day is special, in the users' words ("Наурыз мейрамы", "8 наурыздан ауыстырылған демалыс"). */
  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "changed_by", length = 100)
  private String changedBy;

  @Column(name = "changed_at")
  private Instant changedAt;

  protected CalendarDay() {
  }

  public CalendarDay(LocalDate day, CalendarDayKind kind, String name) {
    this.day = day;
    this.kind = kind;
    this.name = name;
  }

  public LocalDate getDay() {
    return day;
  }

  public CalendarDayKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  void change(CalendarDayKind kind, String name, String changedBy, Instant changedAt) {
    this.kind = kind;
    this.name = name;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }
}
