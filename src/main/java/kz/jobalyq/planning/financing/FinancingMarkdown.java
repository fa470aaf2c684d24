package kz.jobalyq.planning.financing;

import java.util.Set;
import kz.jobalyq.planning.financing.FinancingAgreementProcess.Vars;
import kz.jobalyq.system.forms.PreparedMarkdown;
import org.springframework.stereotype.Component;

/**
 * The request's and the suspension's summaries (composed by FinancingRequestService and AgreementSuspensions, shown
 * in the reader's language by FinancingFormView): markdown we compose,
 * shown as such on the forms (emphasis, lists), never as a link.
 */
@Component
class FinancingMarkdown implements PreparedMarkdown {

  @Override
  public Set<String> variableNames() {
    return Set.of(Vars.REQUEST_SUMMARY, Vars.SUSPENSION_SUMMARY);
  }
}
