package kz.jobalyq.planning.financing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.jobalyq.planning.financing.FinancingAgreementProcess.Vars;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.security.UserNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a financing agreement's forms show, composed from our tables in the reader's language as the form
 * opens: the request a party decides on (GC 4.4–4.5, 17), the suspension it resolves or ends (GC 18–19), and
 * the half-year the steering committee reads at its meeting with the national coordinator's six-monthly
 * report (TAP §7, §10).
 */
@Component
class FinancingFormView implements FormView {

  private final FinancingRequestService requests;
  private final FinancingAgreementService agreements;
  private final AgreementSuspensions suspensions;
  private final UserNames people;

  FinancingFormView(FinancingRequestService requests, FinancingAgreementService agreements,
      AgreementSuspensions suspensions, UserNames people) {
    this.requests = requests;
    this.agreements = agreements;
    this.suspensions = suspensions;
    this.people = people;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> of(TaskForm task) {
    if (!task.is(FinancingAgreementProcess.KEY)) {
      return Map.of();
    }
    Locale language = UserLanguage.current();
    Map<String, Object> shown = new HashMap<>();
    Long requestId = task.id(Vars.REQUEST_ID);
    if (requestId != null) {
      shown.put(Vars.REQUEST_SUMMARY, requests.summaryOf(requests.require(requestId), language));
    }
    Long suspensionId = task.id(Vars.SUSPENSION_ID);
    if (suspensionId != null) {
      shown.put(Vars.SUSPENSION_SUMMARY,
          AgreementSuspensions.summaryOf(suspensions.requireSuspension(suspensionId), language));
    }
    Long periodId = task.id(Vars.PERIOD_ID);
    if (periodId != null) {
      shown.put("view", period(agreements.requirePeriod(periodId)));
    }
    return shown;
  }

  private Map<String, Object> period(ReportingPeriod period) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("startsOn", Display.date(period.getStartsOn()));
    view.put("endsOn", Display.date(period.getEndsOn()));
    view.put("reportReference", period.getReportReference());
    view.put("reportSummary", period.getReportSummary());
    view.put("reportSubmittedBy", period.getReportSubmittedBy() == null ? null
        : people.of(period.getReportSubmittedBy()));
    view.put("reportSubmittedAt", Display.dateTime(period.getReportSubmittedAt()));
    return view;
  }
}
