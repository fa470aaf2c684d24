package kz.jobalyq.planning.financing;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.security.UserNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The half-year as the steering committee reads it at its meeting (TAP §7, §10): the period's dates and the
 * national coordinator's six-monthly report it reviews, read from our tables when the form opens.
 */
@Component
class FinancingFormView implements FormView {

  private final FinancingAgreementService agreements;
  private final UserNames people;

  FinancingFormView(FinancingAgreementService agreements, UserNames people) {
    this.agreements = agreements;
    this.people = people;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> of(TaskForm task) {
    Long periodId = task.id(FinancingAgreementProcess.Vars.PERIOD_ID);
    if (!task.is(FinancingAgreementProcess.KEY) || periodId == null) {
      return Map.of();
    }
    ReportingPeriod period = agreements.requirePeriod(periodId);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("startsOn", Display.date(period.getStartsOn()));
    view.put("endsOn", Display.date(period.getEndsOn()));
    view.put("reportReference", period.getReportReference());
    view.put("reportSummary", period.getReportSummary());
    view.put("reportSubmittedBy", period.getReportSubmittedBy() == null ? null
        : people.of(period.getReportSubmittedBy()));
    view.put("reportSubmittedAt", Display.dateTime(period.getReportSubmittedAt()));
    return Map.of("view", view);
  }
}
