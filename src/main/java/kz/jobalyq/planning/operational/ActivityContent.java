package kz.jobalyq.planning.operational;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An activity as Annex 1 of seed 004 lists it: its place in the plan (section; strategic direction → macro-indicator,
 * or → goal → target indicator) and columns 2–6 (name, budget programme code, responsible executor, deadline,
 * completion form). Shared by the units' proposals and the plan's own rows.
 */
@Embeddable
public record ActivityContent(
    @Enumerated(EnumType.STRING) @Column(name = "plan_section", nullable = false, length = 20) PlanSection section,
    @Column(name = "strategic_direction", length = 500) String strategicDirection,
    @Column(name = "macro_indicator", length = 500) String macroIndicator,
    @Column(name = "goal", length = 500) String goal,
    @Column(name = "target_indicator", length = 500) String targetIndicator,
    @Column(name = "name", nullable = false, length = 2000) String name,
    @Column(name = "budget_programme_code", length = 50) String budgetProgrammeCode,
    @Column(name = "executor", nullable = false, length = 300) String executor,
    @Column(name = "deadline", nullable = false) LocalDate deadline,
    @Column(name = "completion_form", nullable = false, length = 500) String completionForm) {

  /** Where the activity sits in the plan, as one line for lists and forms. */
  public String place() {
    if (section == PlanSection.OTHER_TASKS) {
      return "II. Өзге де міндеттер";
    }
    StringBuilder place = new StringBuilder("Стратегиялық бағыт: ").append(strategicDirection);
    if (macroIndicator != null) {
      place.append(" › Макроиндикатор: ").append(macroIndicator);
    }
    if (goal != null) {
      place.append(" › Мақсат: ").append(goal);
    }
    if (targetIndicator != null) {
      place.append(" › Нысаналы индикатор: ").append(targetIndicator);
    }
    return place.toString();
  }

  /** True when nothing a reader of Annex 1 sees differs. */
  public boolean sameAs(ActivityContent other) {
    return other != null && section == other.section && Objects.equals(strategicDirection, other.strategicDirection)
        && Objects.equals(macroIndicator, other.macroIndicator) && Objects.equals(goal, other.goal)
        && Objects.equals(targetIndicator, other.targetIndicator) && Objects.equals(name, other.name)
        && Objects.equals(budgetProgrammeCode, other.budgetProgrammeCode) && Objects.equals(executor, other.executor)
        && Objects.equals(deadline, other.deadline) && Objects.equals(completionForm, other.completionForm);
  }
}
