package kz.jobalyq.planning.financing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kz.jobalyq.planning.financing.FinancingAgreementProcess.Vars;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.i18n.UserLanguage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request a party decides on (GC 4.4–4.5, 17) and the suspension it resolves or ends (GC 18–19), in the
 * reader's language, composed from our tables as the form opens.
 */
@Component
class FinancingFormView implements FormView {

  private final FinancingRequestService requests;
  private final FinancingAgreementService agreements;

  FinancingFormView(FinancingRequestService requests, FinancingAgreementService agreements) {
    this.requests = requests;
    this.agreements = agreements;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> of(TaskForm task) {
    if (!task.is(FinancingAgreementProcess.KEY)) {
      return Map.of();
    }
    Locale language = UserLanguage.current();
    Map<String, Object> view = new HashMap<>();
    Long requestId = task.id(Vars.REQUEST_ID);
    if (requestId != null) {
      view.put(Vars.REQUEST_SUMMARY, requests.summaryOf(requests.require(requestId), language));
    }
    Long suspensionId = task.id(Vars.SUSPENSION_ID);
    if (suspensionId != null) {
      view.put(Vars.SUSPENSION_SUMMARY,
          FinancingAgreementService.summaryOf(agreements.requireSuspension(suspensionId), language));
    }
    return view;
  }
}
