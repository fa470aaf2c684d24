package kz.jobalyq.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The charter as the project lead submits it (seed 000 §126). */
public record CharterInput(String projectName, LocalDate plannedStart, LocalDate plannedEnd,
    PriorityLevel priorityLevel, ProjectScale scale, String initiatorName, String leadName, String groupHeadName,
    String directionHeadName, String programmeHeadName, String curatorName, String goal,
    List<ProjectCharter.TargetIndicator> indicators, String successCriteria, BigDecimal budget, String risks) {
}
