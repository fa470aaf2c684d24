package kz.jobalyq.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The portfolio dashboard as one JSON document (seed 000 §102.1, §136): what process owners watch.
 * Counts are exact; lists are capped at {@link DashboardService#LIST_LIMIT} rows, so a list may be
 * shorter than its count.
 */
@Schema(name = "Dashboard", description = """
    The portfolio dashboard of the process owners (seed 000 §102.1, §136): projects by status and base direction, \
    change requests waiting and overdue, open problems by escalation level, deadlines of the next 10 working days \
    and hiring calls in progress. Counts are exact; lists hold at most 100 rows.
    · Процесс иелерінің жобалар портфелінің онлайн-дашборды: жобалар мәртебесі және базалық бағыт бойынша, күтудегі \
    және мерзімі өткен өзгеріске сұрау салулар, эскалация деңгейлері бойынша ашық проблемалар, алдағы 10 жұмыс \
    күнінің мерзімдері және жүріп жатқан іріктеу хабарландырулары.""")
public record Dashboard(
    @Schema(description = "When the figures were taken (platform clock). · Деректер алынған сәт.",
        requiredMode = RequiredMode.REQUIRED)
    Instant generatedAt,
    @Schema(description = "The base direction the figures are limited to, or null for the whole portfolio. "
        + "· Сүзгі: базалық бағыт коды (бос болса — бүкіл портфель).", nullable = true, example = "BD-T")
    String baseDirection,
    @Schema(description = "Every base direction, for choosing a filter. · Сүзгі үшін барлық базалық бағыттар.")
    List<BaseDirectionOption> baseDirections,
    ProjectFigures projects,
    ChangeRequestFigures changeRequests,
    ProblemFigures problems,
    DeadlineFigures deadlines,
    HiringFigures hiring) {

  @Schema(description = "A base direction (базалық бағыт). · Базалық бағыт.")
  public record BaseDirectionOption(
      @Schema(example = "BD-T") String code,
      @Schema(example = "Типтік базалық бағыт") String name) {
  }

  @Schema(description = """
      Projects in a life cycle, by status and by base direction; byBaseDirection is the matrix status × base \
      direction. Status codes: INITIATIVE, PROJECT, SUSPENDED, TERMINATED, CLOSED, FORCED_CLOSED, \
      CLOSED_AT_INITIATION. · Жобалар мәртебесі және базалық бағыт бойынша (мәртебе × базалық бағыт матрицасы).""")
  public record ProjectFigures(
      @Schema(description = "All projects counted. · Жобалардың жалпы саны.") long total,
      @Schema(description = "Count per status, every status listed (zero included). · Мәртебе бойынша саны.")
      List<StatusCount> byStatus,
      @Schema(description = "One row per base direction with its count per status. "
          + "· Әр базалық бағыт бойынша мәртебелер саны.")
      List<BaseDirectionRow> byBaseDirection) {
  }

  @Schema(description = "Projects with one status. · Бір мәртебедегі жобалар саны.")
  public record StatusCount(@Schema(example = "PROJECT") String status, long count) {
  }

  @Schema(description = "A row of the matrix: a base direction's projects per status. "
      + "· Матрица жолы: базалық бағыттың жобалары мәртебе бойынша.")
  public record BaseDirectionRow(
      @Schema(example = "BD-T") String code,
      @Schema(example = "Типтік базалық бағыт") String name,
      long total,
      @Schema(description = "Status code → count, every status listed. · Мәртебе коды → саны.",
          example = "{\"INITIATIVE\":1,\"PROJECT\":2,\"SUSPENDED\":0}")
      Map<String, Long> byStatus) {
  }

  @Schema(description = """
      Change requests in progress (seed 000 §104–§114): waiting = not yet decided, or an accepted suspension or \
      termination still waiting for its final report; overdue = the project lead's review (5 working days, \
      §106.2) not answered by its deadline. · Өзгеріске сұрау салулар: күтудегі және қарау мерзімі өткен.""")
  public record ChangeRequestFigures(
      @Schema(description = "Requests waiting. · Күтудегі сұрау салулар саны.") long waitingCount,
      @Schema(description = "Requests whose review is overdue. · Мерзімі өткен сұрау салулар саны.")
      long overdueCount,
      @Schema(description = "Waiting requests, oldest first. · Күтудегі сұрау салулар (ескісі бірінші).")
      List<ChangeRequestItem> waiting,
      @Schema(description = "Overdue requests, longest overdue first. · Мерзімі өткен сұрау салулар.")
      List<ChangeRequestItem> overdue) {
  }

  @Schema(description = "A change request. · Өзгеріске сұрау салу.")
  public record ChangeRequestItem(
      @Schema(description = "Its number (the business key). · Нөмірі.", example = "CR-PRJ-2026-0007-3")
      String number,
      @Schema(example = "PRJ-2026-0007") String projectNumber,
      String projectName,
      @Schema(example = "BD-T") String baseDirectionCode,
      @Schema(description = "CHANGE, SUSPEND, TERMINATE or RESUME.", example = "CHANGE") String type,
      @Schema(description = "SUBMITTED, UNDER_EVALUATION, AWAITING_DECISION or ACCEPTED_FOR_EXECUTION.",
          example = "SUBMITTED") String status,
      Instant filedAt,
      @Schema(description = "The review deadline while the request waits for the lead's review, else null. "
          + "· Қарау мерзімі (тек қарауды күткенде).", nullable = true)
      Instant dueAt,
      @Schema(description = "The review deadline has passed. · Мерзімі өтті.") boolean overdue) {
  }

  @Schema(description = """
      Problems not resolved (seed 000 §99–§100), by the escalation level they stand at: 1 project group head, \
      2 base direction head / head of the ministry project office, 3 programme head / Office head, 4 national \
      priority curator (0: not yet at a level). · Шешілмеген проблемалар эскалация деңгейлері бойынша.""")
  public record ProblemFigures(
      @Schema(description = "All problems not resolved. · Шешілмеген проблемалар саны.") long openCount,
      @Schema(description = "Count per level 1–4, every level listed. · Деңгей бойынша саны.")
      List<LevelCount> byLevel,
      @Schema(description = "The problems, highest level first. · Проблемалар тізімі.") List<ProblemItem> open) {
  }

  @Schema(description = "Problems at one escalation level. · Бір деңгейдегі проблемалар саны.")
  public record LevelCount(
      @Schema(example = "2") int level,
      @Schema(example = "Базалық бағыттың жетекшісі / министрліктің жобалық офисінің басшысы") String levelName,
      long count) {
  }

  @Schema(description = "A problem issue. · Проблемалық мәселе.")
  public record ProblemItem(
      @Schema(example = "PRB-PRJ-2026-0007-1") String number,
      @Schema(example = "PRJ-2026-0007") String projectNumber,
      String projectName,
      @Schema(example = "BD-T") String baseDirectionCode,
      @Schema(nullable = true, example = "1") Integer level,
      @Schema(nullable = true) String levelName,
      @Schema(description = "OPEN or INFO_REQUESTED.", example = "OPEN") String status,
      @Schema(description = "HIGH, MEDIUM or LOW.", example = "HIGH") String severity,
      boolean scheduleAtRisk,
      @Schema(nullable = true) LocalDate dateAtRisk,
      Instant raisedAt,
      String description) {
  }

  @Schema(description = """
      Open user tasks due from now to the end of the 10th working day (Kazakhstan working-day calendar, \
      Asia/Almaty). · Алдағы 10 жұмыс күнінде мерзімі келетін ашық тапсырмалар.""")
  public record DeadlineFigures(
      @Schema(example = "10") int workingDays,
      @Schema(description = "The window's start: now. · Кезеңнің басы.") Instant from,
      @Schema(description = "The window's end: the end of the 10th working day. · Кезеңнің соңы.") Instant until,
      @Schema(description = "Tasks due in the window. · Тапсырмалар саны.") long count,
      @Schema(description = "The tasks, soonest first. · Тапсырмалар (ең жақыны бірінші).") List<DeadlineItem> tasks) {
  }

  @Schema(description = "An open user task with its due date. · Мерзімі бар ашық тапсырма.")
  public record DeadlineItem(
      String taskId,
      @Schema(example = "CR-PRJ-2026-0007-3 · Өзгеріске сұрау салуды қарау") String name,
      Instant due,
      @Schema(nullable = true) String assignee,
      @Schema(description = "Candidate groups (role ids). · Орындаушы топтар.", example = "[\"project-lead\"]")
      List<String> candidateGroups,
      @Schema(example = "change-request") String processKey,
      @Schema(example = "Өзгеріске сұрау салу") String processName,
      @Schema(description = "The record's number. · Жазба нөмірі.", example = "CR-PRJ-2026-0007-3")
      String businessKey,
      @Schema(nullable = true, example = "PRJ-2026-0007") String projectNumber) {
  }

  @Schema(description = "Hiring calls for a project lead or consultant not yet hired or closed (seed 000 §9). "
      + "· Жүріп жатқан іріктеу хабарландырулары.")
  public record HiringFigures(
      @Schema(description = "Calls in progress. · Хабарландырулар саны.") long inProgressCount,
      List<HiringCallItem> calls) {
  }

  @Schema(description = "A hiring call. · Іріктеу хабарландыруы.")
  public record HiringCallItem(
      @Schema(example = "CALL-2026-0003") String number,
      @Schema(example = "Жоба жетекшісі: Өтініштерді цифрландыру") String title,
      @Schema(example = "OPEN") String status,
      @Schema(example = "Өтінімдер қабылданады") String statusName,
      @Schema(nullable = true, example = "PRJ-2026-0007") String projectNumber,
      @Schema(nullable = true) LocalDate applicationsUntil,
      @Schema(nullable = true) Instant interviewAt) {
  }
}
