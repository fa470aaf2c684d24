package kz.jobalyq.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Minutes of a regulated project's first meeting: the base direction head's decision on the team (§65). */
@Entity
@Table(name = "first_meeting_minutes")
public class FirstMeetingMinutes {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private Long projectId;

  @Column(name = "meeting_date", nullable = false)
  private LocalDate meetingDate;

  @Column(nullable = false, length = 4000)
  private String participants;

  @Column(name = "team_composition", nullable = false, length = 4000)
  private String teamComposition;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected FirstMeetingMinutes() {
  }

  FirstMeetingMinutes(Long projectId, LocalDate meetingDate, String participants, String teamComposition,
      String recordedBy, Instant recordedAt) {
    this.projectId = projectId;
    this.meetingDate = meetingDate;
    this.participants = participants;
    this.teamComposition = teamComposition;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public LocalDate getMeetingDate() {
    return meetingDate;
  }

  public String getTeamComposition() {
    return teamComposition;
  }
}
