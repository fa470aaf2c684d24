package kz.jobalyq.planning.operational;

import java.time.LocalDate;

/** The start form: the signed development plan and the year the operational plan covers (004 §2–§6). */
public record PlanRegistration(String stateBodyName, String developmentPlanName, String developmentPlanNumber,
    LocalDate developmentPlanSignedOn, Integer planYear) {
}
