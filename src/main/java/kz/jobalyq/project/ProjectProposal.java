package kz.jobalyq.project;

import java.math.BigDecimal;

/** A project proposal (§60): how the project office or an initiative starts a project. */
public record ProjectProposal(String name, String projectGroupCode, boolean regulated, String initiatorName,
    String goal, String scope, String expectedResults, BigDecimal plannedCosts) {
}
