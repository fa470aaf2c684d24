package kz.jobalyq.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.jobalyq.system.web.OpenApiConfiguration;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio dashboard's JSON, read by {@code /dashboard.html} (seed 000 §102.1, §136). */
@RestController
@RequestMapping("/api/dashboard")
@PreAuthorize(DashboardController.PROCESS_OWNERS)
@Tag(name = "Dashboard", description = """
    The portfolio dashboard of the process owners: the page /dashboard.html reads it. \
    · Процесс иелерінің жобалар портфелінің онлайн-дашборды (/dashboard.html беті осыны оқиды).""")
@SecurityRequirement(name = OpenApiConfiguration.BASIC_AUTH)
public class DashboardController {

  /**
   * Who watches the portfolio: the ministry project office, the portfolio curator, the programme head
   * and its steering committee, the base direction heads, and the administrators.
   */
  static final String PROCESS_OWNERS = "hasAnyAuthority('po-head', 'po-chief-manager', 'po-admin', "
      + "'portfolio-curator', 'programme-head', 'steering-committee', 'base-direction-head', 'camunda-admin')";

  private final DashboardService dashboard;

  public DashboardController(DashboardService dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The portfolio dashboard · Жобалар портфелінің дашборды", description = """
      Projects by status and base direction (with the matrix status × base direction), change requests waiting \
      and overdue, problems not resolved by escalation level, open user tasks due in the next 10 working days, \
      and hiring calls in progress, with the moment the figures were taken. For the groups po-head, \
      po-chief-manager, po-admin, portfolio-curator, programme-head, steering-committee, base-direction-head and \
      camunda-admin; HTTP Basic.
      · Жобалар мәртебе және базалық бағыт бойынша, күтудегі және мерзімі өткен өзгеріске сұрау салулар, \
      эскалация деңгейлері бойынша шешілмеген проблемалар, алдағы 10 жұмыс күнінің мерзімдері, жүріп жатқан \
      іріктеу хабарландырулары.""")
  @ApiResponse(responseCode = "200", description = "The dashboard. · Дашборд.")
  @ApiResponse(responseCode = "401", description = "Not signed in (HTTP Basic). · Жүйеге кірмеген.",
      content = @Content)
  @ApiResponse(responseCode = "403", description = "Not a process owner. · Процесс иесі емес.",
      content = @Content)
  @ApiResponse(responseCode = "404", description = "No such base direction. · Мұндай базалық бағыт жоқ.",
      content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
          schema = @Schema(implementation = ProblemDetail.class)))
  public Dashboard dashboard(
      @Parameter(description = "Only this base direction's projects and their records, e.g. BD-T. "
          + "· Тек осы базалық бағыттың жобалары мен жазбалары.", example = "BD-T")
      @RequestParam(required = false) String baseDirection) {
    return dashboard.dashboard(baseDirection);
  }
}
