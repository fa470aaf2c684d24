package kz.jobalyq.hiring;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import kz.jobalyq.hiring.HiringProcess.Vars;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.i18n.ModelTranslations;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.process.PhraseVariables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call as its forms show it (000 §9), composed from our tables in the reader's language as the form
 * opens, under the names the forms read: its title (the role sought in the filing form's own words) on every
 * task; the call on the head's approval; the applications on the review, with each candidate's education,
 * experience, certificate, fee and the eligibility table's verdict; the interview conclusion on the signers'
 * and the committee's tasks; on the republication decision, why the call came to it.
 */
@Component
class HiringFormView implements FormView {

  static final String CALL_FORM = "hiring-call";

  private final HiringService hiring;
  private final HiringSummaries summaries;
  private final ModelTranslations translations;

  HiringFormView(HiringService hiring, HiringSummaries summaries, ModelTranslations translations) {
    this.hiring = hiring;
    this.summaries = summaries;
    this.translations = translations;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> of(TaskForm task) {
    Long callId = task.id(Vars.CALL_ID);
    if (!task.is(HiringProcess.KEY) || callId == null) {
      return Map.of();
    }
    Locale language = UserLanguage.current();
    HiringCall call = hiring.require(callId);
    Map<String, Object> shown = new HashMap<>();
    shown.put(Vars.CALL_TITLE, translations.optionLabel(CALL_FORM, Vars.ROLE_SOUGHT, call.getRoleSought().name())
        + ": " + call.getProjectName());
    switch (task.taskDefinitionKey()) {
      case HiringProcess.TASK_APPROVE -> shown.put(Vars.CALL_SUMMARY, summaries.summaryOf(callId, language));
      case HiringProcess.TASK_REVIEW -> shown.put(Vars.APPLICATION_REVIEW, hiring.reviewRows(callId));
      case HiringProcess.TASK_SIGN_CONCLUSION, HiringProcess.TASK_APPOINT -> shown.put(Vars.CONCLUSION_SUMMARY,
          summaries.conclusionOf(callId, language));
      case HiringProcess.TASK_REPUBLICATION -> {
        String reason = PhraseVariables.in(task.variables(), Vars.REPUBLICATION_REASON, language);
        if (reason != null) {
          shown.put(Vars.REPUBLICATION_REASON, reason);
        }
      }
      default -> {
        // The title is all this task shows of the call.
      }
    }
    return shown;
  }
}
