package kz.jobalyq.escalation;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.system.i18n.BadInput;
import kz.jobalyq.system.security.UserNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly scrum of each base direction (§22): when it meets, who attended, and the head of the
 * project office's recommendation when a project group head misses more than three in a row (§24).
 */
@Service
@Transactional
public class ScrumService {

  /** §24: absent more than three times in a row. */
  static final int ABSENCES_BEFORE_RECOMMENDATION = 3;
  /** Attendance is recorded for meetings that took place, not before the platform's time. */
  static final LocalDate FIRST_MEETING = LocalDate.of(2000, 1, 1);
  private static final Pattern MEETING_TIME = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");

  private final ScrumScheduleRepository schedules;
  private final ScrumAttendanceRepository attendance;
  private final DisciplinaryRecommendationRepository recommendations;
  private final CalendarService calendar;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final OrganisationService organisation;
  private final UserNames userNames;
  private final Clock clock;

  public ScrumService(ScrumScheduleRepository schedules, ScrumAttendanceRepository attendance,
      DisciplinaryRecommendationRepository recommendations, CalendarService calendar,
      IdentityService identityService, RuntimeService runtimeService, OrganisationService organisation,
      UserNames userNames, Clock clock) {
    this.schedules = schedules;
    this.attendance = attendance;
    this.recommendations = recommendations;
    this.calendar = calendar;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.organisation = organisation;
    this.userNames = userNames;
    this.clock = clock;
  }

  public ScrumSchedule setSchedule(String baseDirectionCode, DayOfWeek dayOfWeek, String meetingTime,
      String changedBy) {
    requireBaseDirection(baseDirectionCode);
    if (dayOfWeek == null) {
      throw BadInput.of("dayOfWeek", "escalation.scrum.dayOfWeek.required");
    }
    if (meetingTime == null || !MEETING_TIME.matcher(meetingTime).matches()) {
      throw meetingTime == null ? BadInput.of("meetingTime", "escalation.scrum.meetingTime.required")
          : BadInput.of("meetingTime", "escalation.scrum.meetingTime.invalid", shorten(meetingTime));
    }
    ScrumSchedule schedule = schedules.findById(baseDirectionCode).orElseGet(() -> new ScrumSchedule(baseDirectionCode));
    schedule.change(dayOfWeek, meetingTime, changedBy, clock.instant());
    return schedules.save(schedule);
  }

  /**
   * The nearest meeting after {@code now}: the base direction's next scrum (moved to the next working
   * day if that day is off), or the next working day when it has no scrum schedule.
   */
  @Transactional(readOnly = true)
  public LocalDate nextMeetingDate(String baseDirectionCode, Instant now) {
    LocalDate today = calendar.dateOf(now);
    return schedules.findById(baseDirectionCode)
        .map(schedule -> calendar.calendar().onOrNextWorkingDay(
            today.with(TemporalAdjusters.next(schedule.getDayOfWeek()))))
        .orElseGet(() -> calendar.calendar().nextWorkingDayAfter(today));
  }

  /**
   * Records who attended a scrum. A project group head absent more than three times in a row gets a
   * task for the head of the project office to recommend disciplinary action — once per run of absences.
   */
  public List<DisciplinaryRecommendation> recordAttendance(String baseDirectionCode, LocalDate meetingDate,
      Map<String, Boolean> presentByUser, String recordedBy) {
    requireBaseDirection(baseDirectionCode);
    if (meetingDate == null) {
      throw BadInput.of("meetingDate", "escalation.scrum.meetingDate.required");
    }
    LocalDate today = calendar.dateOf(clock.instant());
    if (meetingDate.isBefore(FIRST_MEETING) || meetingDate.isAfter(today)) {
      throw BadInput.of("meetingDate", "escalation.scrum.meetingDate.range", FIRST_MEETING, today, meetingDate);
    }
    if (presentByUser == null || presentByUser.isEmpty()) {
      throw BadInput.of("attendance", "escalation.scrum.attendance.required");
    }
    for (String userId : presentByUser.keySet()) {
      if (identityService.createUserQuery().userId(userId).count() == 0) {
        throw BadInput.of("attendance", "escalation.scrum.attendance.unknownUser", shorten(userId));
      }
    }
    Instant now = clock.instant();
    List<DisciplinaryRecommendation> started = new ArrayList<>();
    presentByUser.forEach((userId, present) -> {
      if (attendance.findByBaseDirectionCodeAndMeetingDateAndUserId(baseDirectionCode, meetingDate, userId).isPresent()) {
        throw BadInput.of("attendance", "escalation.scrum.attendance.alreadyRecorded", userId, meetingDate);
      }
      attendance.save(new ScrumAttendance(baseDirectionCode, meetingDate, userId, present, recordedBy, now));
    });
    presentByUser.forEach((userId, present) -> {
      int absences = consecutiveAbsences(userId);
      if (!present && absences == ABSENCES_BEFORE_RECOMMENDATION + 1) {
        started.add(startRecommendation(userId, baseDirectionCode, absences, meetingDate, now));
      }
    });
    return started;
  }

  private void requireBaseDirection(String code) {
    if (code == null || code.isBlank()) {
      throw BadInput.of("baseDirectionCode", "escalation.scrum.baseDirection.required");
    }
    if (organisation.baseDirectionName(code).isEmpty()) {
      throw BadInput.of("baseDirectionCode", "escalation.scrum.baseDirection.unknown", shorten(code));
    }
  }

  private static String shorten(String value) {
    return value == null || value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }

  /** Absences since the user's last attended meeting. */
  @Transactional(readOnly = true)
  public int consecutiveAbsences(String userId) {
    int count = 0;
    for (ScrumAttendance meeting : attendance.findByUserIdOrderByMeetingDateDesc(userId)) {
      if (meeting.isPresent()) {
        break;
      }
      count++;
    }
    return count;
  }

  /** The meetings missed in a row that a recommendation is about, earliest first (§24). */
  @Transactional(readOnly = true)
  public List<LocalDate> missedMeetings(Long recommendationId) {
    DisciplinaryRecommendation recommendation = recommendations.findById(recommendationId).orElseThrow();
    List<LocalDate> missed = new ArrayList<>(attendance.findByUserIdOrderByMeetingDateDesc(recommendation.getUserId())
        .stream().filter(meeting -> !meeting.getMeetingDate().isAfter(recommendation.getLastAbsence()))
        .limit(recommendation.getConsecutiveAbsences()).map(ScrumAttendance::getMeetingDate).toList());
    Collections.reverse(missed);
    return missed;
  }

  private DisciplinaryRecommendation startRecommendation(String userId, String baseDirectionCode, int absences,
      LocalDate lastAbsence, Instant now) {
    DisciplinaryRecommendation recommendation = recommendations.save(new DisciplinaryRecommendation(userId,
        baseDirectionCode, absences, lastAbsence, now));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ScrumAbsenceProcess.KEY,
        "SCRUM-" + userId + "-" + lastAbsence, Map.of(
            ScrumAbsenceProcess.ABSENT_USER, userId,
            ScrumAbsenceProcess.ABSENT_USER_NAME, userNames.formal(userId),
            ScrumAbsenceProcess.ABSENCES, absences,
            ScrumAbsenceProcess.BASE_DIRECTION_NAME,
            organisation.baseDirectionName(baseDirectionCode).orElse(baseDirectionCode),
            ScrumAbsenceProcess.RECOMMENDATION_ID, recommendation.getId()));
    recommendation.linkProcess(instance.getId());
    return recommendation;
  }

  /** The head of the project office's recommendation (§24). */
  public void recordRecommendation(Long recommendationId, String recommendation, String comment, String decidedBy) {
    if (!"recommend".equals(recommendation) && !"noAction".equals(recommendation)) {
      throw BadInput.of(ScrumAbsenceProcess.RECOMMENDATION, "escalation.recommendation.invalid", recommendation);
    }
    if (comment == null || comment.isBlank()) {
      throw BadInput.of(ScrumAbsenceProcess.RECOMMENDATION_COMMENT, "escalation.recommendationComment.required");
    }
    recommendations.findById(recommendationId).orElseThrow()
        .decide(recommendation, comment.strip(), decidedBy, clock.instant());
  }

  @Transactional(readOnly = true)
  public List<DisciplinaryRecommendation> recommendationsFor(String userId) {
    return recommendations.findByUserIdOrderByIdAsc(userId);
  }
}
