package kz.jobalyq.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An accepted change request as the project's schedule and baseline take it in (§106.7–§106.8, §107). */
public record AcceptedChange(String changeRequestNumber, String summary, LocalDate proposedEndDate,
    BigDecimal proposedBudget, String proposedScope, String proposedQuality, int scheduleShiftDays,
    BigDecimal costChange, String qualityChange, boolean baselineAffected, String approvedBy) {
}
