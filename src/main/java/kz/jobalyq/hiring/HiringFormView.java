package kz.jobalyq.hiring;

import java.util.Map;
import kz.jobalyq.hiring.HiringProcess.Vars;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import kz.jobalyq.system.i18n.UserLanguage;
import org.springframework.stereotype.Component;

/**
 * The call on the head's approval, and the interview conclusion on the signers' and the committee's
 * tasks (§9), in the reader's language: composed from our tables as the form opens, under the names the
 * forms read.
 */
@Component
class HiringFormView implements FormView {

  private final HiringSummaries summaries;

  HiringFormView(HiringSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public Map<String, Object> of(TaskForm task) {
    Long callId = task.id(Vars.CALL_ID);
    if (!task.is(HiringProcess.KEY) || callId == null) {
      return Map.of();
    }
    return switch (task.taskDefinitionKey()) {
      case HiringProcess.TASK_APPROVE -> Map.of(Vars.CALL_SUMMARY,
          summaries.summaryOf(callId, UserLanguage.current()));
      case HiringProcess.TASK_SIGN_CONCLUSION, HiringProcess.TASK_APPOINT -> Map.of(Vars.CONCLUSION_SUMMARY,
          summaries.conclusionOf(callId, UserLanguage.current()));
      default -> Map.of();
    };
  }
}
