package kz.jobalyq.hiring;

import kz.jobalyq.system.i18n.BadInput;

/** What the implementation group writes into a call (§9): the start form and its revisions. */
public record CallDraft(CallScope scope, RoleSought roleSought, String projectNumber, String projectName,
    String customer, String goals, String plannedDeadlines) {

  public CallDraft {
    require(scope, "callScope");
    require(roleSought, "roleSought");
    require(projectName, "projectName");
    require(customer, "customer");
    require(goals, "goals");
    require(plannedDeadlines, "plannedDeadlines");
    if (roleSought == RoleSought.PROJECT_LEAD && (projectNumber == null || projectNumber.isBlank())) {
      throw BadInput.of("projectNumber", "hiring.projectNumber.requiredForLead");
    }
  }

  private static void require(Object value, String field) {
    if (value == null || value.toString().isBlank()) {
      throw BadInput.of(field, "hiring.required");
    }
  }
}
