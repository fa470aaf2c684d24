package kz.jobalyq.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * What a change will make of the baseline in force (§106.4): the end date and budget before and after.
 * The routing of the decision (§106.5–§106.6, the 10 % budget rule of §76) and the new baseline version
 * both come from this one computation, so the level that decides sees the change that is applied.
 * "Before" is the baseline in force, or the registry's figures for a project without one yet.
 */
public record BaselineEffect(LocalDate endBefore, LocalDate endAfter, boolean scheduleChanged,
    BigDecimal budgetBefore, BigDecimal budgetAfter, boolean qualityChanged) {

  /** §106.5: the baseline plan is the schedule, the cost and the quality targets. */
  public boolean baselineAffected() {
    return scheduleChanged || !same(budgetBefore, budgetAfter) || qualityChanged;
  }

  /** The budget's change against the baseline in per cent (absolute), or null without a baseline budget. */
  public Double budgetChangePercent() {
    if (budgetBefore == null || budgetBefore.signum() == 0 || budgetAfter == null) {
      return null;
    }
    return budgetAfter.subtract(budgetBefore).abs().multiply(BigDecimal.valueOf(100))
        .divide(budgetBefore, 2, RoundingMode.HALF_UP).doubleValue();
  }

  private static boolean same(Object before, Object after) {
    if (before instanceof BigDecimal a && after instanceof BigDecimal b) {
      return a.compareTo(b) == 0;
    }
    return before == null ? after == null : before.equals(after);
  }
}
