package kz.jobalyq.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.jobalyq.calendar.CalendarService;
import kz.jobalyq.change.ChangeRequestOverviews;
import kz.jobalyq.change.OpenChangeRequest;
import kz.jobalyq.dashboard.Dashboard.BaseDirectionOption;
import kz.jobalyq.dashboard.Dashboard.BaseDirectionRow;
import kz.jobalyq.dashboard.Dashboard.ChangeRequestFigures;
import kz.jobalyq.dashboard.Dashboard.ChangeRequestItem;
import kz.jobalyq.dashboard.Dashboard.DeadlineFigures;
import kz.jobalyq.dashboard.Dashboard.DeadlineItem;
import kz.jobalyq.dashboard.Dashboard.HiringCallItem;
import kz.jobalyq.dashboard.Dashboard.HiringFigures;
import kz.jobalyq.dashboard.Dashboard.LevelCount;
import kz.jobalyq.dashboard.Dashboard.ProblemFigures;
import kz.jobalyq.dashboard.Dashboard.ProblemItem;
import kz.jobalyq.dashboard.Dashboard.ProjectFigures;
import kz.jobalyq.dashboard.Dashboard.StatusCount;
import kz.jobalyq.escalation.EscalationLevel;
import kz.jobalyq.escalation.EscalationService;
import kz.jobalyq.escalation.OpenProblem;
import kz.jobalyq.hiring.HiringCall;
import kz.jobalyq.hiring.HiringService;
import kz.jobalyq.organisation.OrganisationService;
import kz.jobalyq.organisation.OrganisationService.BaseDirectionSummary;
import kz.jobalyq.organisation.ProjectSummary;
import kz.jobalyq.project.ProjectService;
import kz.jobalyq.project.ProjectStatus;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the portfolio dashboard from the features' services and the engine's task queries. Lists
 * that can grow with the portfolio are counted and filtered in the database; the projects (a
 * ministry's portfolio, not thousands) are read in two light queries and combined here.
 */
@Service
public class DashboardService {

  /** Rows per list at most; the counts beside each list are exact. */
  public static final int LIST_LIMIT = 100;
  /** "Deadlines in the next 10 working days." */
  public static final int DEADLINE_WORKING_DAYS = 10;

  /** A project's number inside a business key: PRJ-2026-0007, CR-PRJ-2026-0007-3, PRB-PRJ-2026-0007-1. */
  private static final Pattern PROJECT_NUMBER = Pattern.compile("PRJ-\\d{4}-\\d+");

  private final OrganisationService organisation;
  private final ProjectService projects;
  private final ChangeRequestOverviews changeRequests;
  private final EscalationService escalation;
  private final HiringService hiring;
  private final CalendarService calendar;
  private final TaskDeadlines taskDeadlines;
  private final Clock clock;

  public DashboardService(OrganisationService organisation, ProjectService projects,
      ChangeRequestOverviews changeRequests, EscalationService escalation, HiringService hiring,
      CalendarService calendar, TaskDeadlines taskDeadlines, Clock clock) {
    this.organisation = organisation;
    this.projects = projects;
    this.changeRequests = changeRequests;
    this.escalation = escalation;
    this.hiring = hiring;
    this.calendar = calendar;
    this.taskDeadlines = taskDeadlines;
    this.clock = clock;
  }

  /** The whole portfolio, or one base direction's part of it when {@code baseDirectionCode} is given. */
  @Transactional(readOnly = true)
  public Dashboard dashboard(String baseDirectionCode) {
    Instant now = clock.instant();
    List<BaseDirectionSummary> directions = organisation.baseDirections();
    String filter = baseDirectionCode == null || baseDirectionCode.isBlank() ? null : baseDirectionCode.strip();
    List<BaseDirectionSummary> rows = filter == null ? directions
        : directions.stream().filter(direction -> direction.code().equals(filter)).toList();
    if (rows.isEmpty() && filter != null) {
      throw new NotFoundException(Messages.text("notFound.baseDirection", filter));
    }
    Portfolio portfolio = new Portfolio(organisation.projectsUnder(filter), filter != null);
    List<HiringCall> calls = hiring.callsInProgress().stream()
        .filter(call -> !portfolio.filtered() || portfolio.byNumber().containsKey(call.getProjectNumber()))
        .toList();
    return new Dashboard(now, filter,
        directions.stream().map(direction -> new BaseDirectionOption(direction.code(), direction.name())).toList(),
        projectFigures(portfolio, rows), changeRequestFigures(portfolio, now), problemFigures(portfolio),
        deadlineFigures(portfolio, calls, now), hiringFigures(calls));
  }

  /** The projects in view, by id and by number; {@code scope} is what the services filter on (null: all). */
  private record Portfolio(List<ProjectSummary> projects, boolean filtered, Map<Long, ProjectSummary> byId,
      Map<String, ProjectSummary> byNumber) {

    Portfolio(List<ProjectSummary> projects, boolean filtered) {
      this(projects, filtered, projects.stream().collect(Collectors.toMap(ProjectSummary::id, Function.identity())),
          projects.stream().collect(Collectors.toMap(ProjectSummary::number, Function.identity())));
    }

    Collection<Long> scope() {
      return filtered ? byId.keySet() : null;
    }

    ProjectSummary project(Long id) {
      return byId.get(id);
    }
  }

  private ProjectFigures projectFigures(Portfolio portfolio, List<BaseDirectionSummary> rows) {
    Map<Long, ProjectStatus> statuses = projects.statusesByProject();
    Map<ProjectStatus, Long> byStatus = zeroPerStatus();
    Map<String, Map<ProjectStatus, Long>> matrix = new HashMap<>();
    long total = 0;
    for (ProjectSummary project : portfolio.projects()) {
      ProjectStatus status = statuses.get(project.id());
      if (status == null) {
        continue; // placed in the hierarchy but not (yet) in a life cycle
      }
      total++;
      byStatus.merge(status, 1L, Long::sum);
      matrix.computeIfAbsent(project.baseDirectionCode(), code -> zeroPerStatus()).merge(status, 1L, Long::sum);
    }
    List<BaseDirectionRow> directionRows = rows.stream().map(direction -> {
      Map<ProjectStatus, Long> counts = matrix.getOrDefault(direction.code(), zeroPerStatus());
      return new BaseDirectionRow(direction.code(), direction.name(),
          counts.values().stream().mapToLong(Long::longValue).sum(), byName(counts));
    }).toList();
    return new ProjectFigures(total,
        byStatus.entrySet().stream().map(entry -> new StatusCount(entry.getKey().name(), entry.getValue())).toList(),
        directionRows);
  }

  private static Map<ProjectStatus, Long> zeroPerStatus() {
    Map<ProjectStatus, Long> counts = new EnumMap<>(ProjectStatus.class);
    for (ProjectStatus status : ProjectStatus.values()) {
      counts.put(status, 0L);
    }
    return counts;
  }

  private static Map<String, Long> byName(Map<ProjectStatus, Long> counts) {
    Map<String, Long> named = new LinkedHashMap<>();
    counts.forEach((status, count) -> named.put(status.name(), count));
    return named;
  }

  private ChangeRequestFigures changeRequestFigures(Portfolio portfolio, Instant now) {
    Collection<Long> scope = portfolio.scope();
    return new ChangeRequestFigures(changeRequests.countOpen(scope), changeRequests.countReviewOverdue(scope, now),
        changeRequests.openRequests(scope, LIST_LIMIT).stream().map(request -> item(request, portfolio, now))
            .toList(),
        changeRequests.reviewOverdue(scope, now, LIST_LIMIT).stream().map(request -> item(request, portfolio, now))
            .toList());
  }

  private static ChangeRequestItem item(OpenChangeRequest request, Portfolio portfolio, Instant now) {
    ProjectSummary project = portfolio.project(request.projectId());
    return new ChangeRequestItem(request.number(), project == null ? null : project.number(),
        project == null ? null : project.name(), project == null ? null : project.baseDirectionCode(),
        request.type().name(), request.status().name(), request.filedAt(), request.dueAt(),
        request.isOverdueAt(now));
  }

  private ProblemFigures problemFigures(Portfolio portfolio) {
    Map<Integer, Long> counts = escalation.countUnresolvedByLevel(portfolio.scope());
    List<LevelCount> byLevel = new ArrayList<>();
    if (counts.getOrDefault(0, 0L) > 0) {
      byLevel.add(new LevelCount(0, "Деңгей әлі анықталмаған", counts.get(0)));
    }
    for (EscalationLevel level : EscalationLevel.values()) {
      byLevel.add(new LevelCount(level.number(), level.kazakhName(), counts.getOrDefault(level.number(), 0L)));
    }
    List<ProblemItem> open = escalation.unresolved(portfolio.scope(), LIST_LIMIT).stream()
        .map(problem -> item(problem, portfolio))
        .toList();
    return new ProblemFigures(counts.values().stream().mapToLong(Long::longValue).sum(), byLevel, open);
  }

  private static ProblemItem item(OpenProblem problem, Portfolio portfolio) {
    ProjectSummary project = portfolio.project(problem.projectId());
    return new ProblemItem(problem.number(), project == null ? null : project.number(),
        project == null ? null : project.name(), project == null ? null : project.baseDirectionCode(),
        problem.level(), problem.levelName(), problem.status().name(), problem.severity().name(),
        problem.scheduleAtRisk(), problem.dateAtRisk(), problem.raisedAt(), problem.description());
  }

  private DeadlineFigures deadlineFigures(Portfolio portfolio, List<HiringCall> calls, Instant now) {
    // The end of the 10th working day counted from tomorrow, as workingDays.fromNow(10) counts.
    Instant until = calendar.workingDaysAfter(calendar.today(), DEADLINE_WORKING_DAYS).endInstant();
    Map<String, String> callProjects = new HashMap<>();
    calls.forEach(call -> callProjects.put(call.getNumber(), call.getProjectNumber()));
    Predicate<String> inView = portfolio.filtered()
        ? businessKey -> portfolio.byNumber().containsKey(projectNumberOf(businessKey, callProjects))
        : null;
    TaskDeadlines.Window window = taskDeadlines.dueBetween(now, until, inView, LIST_LIMIT);
    return new DeadlineFigures(DEADLINE_WORKING_DAYS, now, until, window.count(), window.tasks().stream()
        .map(task -> new DeadlineItem(task.taskId(), task.name(), task.due(), task.assignee(), task.candidateGroups(),
            task.processKey(), task.processName(), task.businessKey(),
            projectNumberOf(task.businessKey(), callProjects)))
        .toList());
  }

  /** The project a record belongs to: named in its number, or the project of a hiring call. */
  private static String projectNumberOf(String businessKey, Map<String, String> callProjects) {
    if (businessKey == null) {
      return null;
    }
    Matcher matcher = PROJECT_NUMBER.matcher(businessKey);
    return matcher.find() ? matcher.group() : callProjects.get(businessKey);
  }

  private static HiringFigures hiringFigures(List<HiringCall> calls) {
    return new HiringFigures(calls.size(), calls.stream().limit(LIST_LIMIT)
        .map(call -> new HiringCallItem(call.getNumber(), call.title(UserLanguage.current()), call.getStatus().name(),
            call.getStatus().name(UserLanguage.current()), call.getProjectNumber(), call.getApplicationsUntil(),
            call.getInterviewAt()))
        .toList());
  }
}
