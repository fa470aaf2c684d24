package kz.jobalyq.hiring;

import java.util.HashMap;
import java.util.Map;
import kz.jobalyq.hiring.HiringProcess.Vars;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.i18n.ModelTranslations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The call as its forms show it, composed from our tables in the reader's language when the form opens: its
 * title (the role sought in the filing form's own words) and, for the review (000 §9), the applications with
 * each candidate's education, experience, certificate and fee and the eligibility table's verdict (the rows
 * the process was given when the task began are in Kazakh).
 */
@Component
class HiringFormView implements FormView {

  static final String CALL_FORM = "hiring-call";

  private final HiringService hiring;
  private final ModelTranslations translations;

  HiringFormView(HiringService hiring, ModelTranslations translations) {
    this.hiring = hiring;
    this.translations = translations;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> of(TaskForm task) {
    Long callId = task.id(Vars.CALL_ID);
    if (!task.is(HiringProcess.KEY) || callId == null) {
      return Map.of();
    }
    HiringCall call = hiring.require(callId);
    Map<String, Object> shown = new HashMap<>();
    shown.put(Vars.CALL_TITLE, translations.optionLabel(CALL_FORM, Vars.ROLE_SOUGHT, call.getRoleSought().name())
        + ": " + call.getProjectName());
    if (HiringProcess.TASK_REVIEW.equals(task.taskDefinitionKey())) {
      shown.put(Vars.APPLICATION_REVIEW, hiring.reviewRows(callId));
    }
    return shown;
  }
}
