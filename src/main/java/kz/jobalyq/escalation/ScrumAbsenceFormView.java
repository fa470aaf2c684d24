package kz.jobalyq.escalation;

import java.util.Map;
import java.util.stream.Collectors;
import kz.jobalyq.system.forms.Display;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import org.springframework.stereotype.Component;

/** The head of the project office reads which scrum meetings were missed, by date, before recommending (§24). */
@Component
class ScrumAbsenceFormView implements FormView {

  private final ScrumService scrum;

  ScrumAbsenceFormView(ScrumService scrum) {
    this.scrum = scrum;
  }

  @Override
  public Map<String, Object> of(TaskForm task) {
    Long recommendationId = task.id(ScrumAbsenceProcess.RECOMMENDATION_ID);
    if (!task.is(ScrumAbsenceProcess.KEY) || recommendationId == null) {
      return Map.of();
    }
    String missed = scrum.missedMeetings(recommendationId).stream().map(Display::date)
        .collect(Collectors.joining(", "));
    return Map.of("view", Map.of("missedMeetings", missed));
  }
}
