package kz.jobalyq.planning.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.jobalyq.planning.programme.StateProgrammeProcess.Vars;
import kz.jobalyq.system.forms.FormView;
import kz.jobalyq.system.forms.TaskForm;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning document as its reviewers read it, from our tables when the form opens: the justification of
 * A2 §80.1 in full (the regional review, the SPA's §90 checks and the endorsement decide on it; the summary
 * shows only its goal, effect and funding).
 */
@Component
class StateProgrammeFormView implements FormView {

  private final StateProgrammeService programmes;

  StateProgrammeFormView(StateProgrammeService programmes) {
    this.programmes = programmes;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> of(TaskForm task) {
    Long id = task.id(Vars.PROGRAMME_ID);
    if (!task.is(StateProgrammeProcess.KEY) || id == null) {
      return Map.of();
    }
    StateProgramme programme = programmes.require(id);
    Map<String, Object> justification = new LinkedHashMap<>();
    justification.put("tasksAndWays", programme.getTasksAndWays());
    justification.put("coExecutors", programme.getCoExecutors());
    justification.put("higherDocumentsLink", programme.getHigherDocumentsLink());
    justification.put("duplicationAnalysis", programme.getDuplicationAnalysis());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("justification", justification);
    return Map.of("view", view);
  }
}
