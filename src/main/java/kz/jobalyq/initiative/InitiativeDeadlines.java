package kz.jobalyq.initiative;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How many working days each stage of §50 has, for its task's due date:
 * {@code ${workingDays.fromNow(initiativeDeadlines.workingDays(2))}}. Set per stage with
 * {@code jobalyq.initiative.stage-working-days.<stage>} (e.g. JOBALYQ_INITIATIVE_STAGEWORKINGDAYS_2=15).
 */
@Component("initiativeDeadlines")
@ConfigurationProperties("jobalyq.initiative")
public class InitiativeDeadlines {

  private Map<Integer, Integer> stageWorkingDays = new HashMap<>(Map.of(1, 5, 2, 10, 3, 5, 4, 5, 5, 10, 6, 5));

  public int workingDays(int stage) {
    Integer days = stageWorkingDays.get(stage);
    if (days == null) {
      throw new IllegalArgumentException("no deadline configured for initiative stage " + stage);
    }
    return days;
  }

  public Map<Integer, Integer> getStageWorkingDays() {
    return stageWorkingDays;
  }

  public void setStageWorkingDays(Map<Integer, Integer> stageWorkingDays) {
    this.stageWorkingDays = new HashMap<>(stageWorkingDays);
  }
}
