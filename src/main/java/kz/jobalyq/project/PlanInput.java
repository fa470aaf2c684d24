package kz.jobalyq.project;

import java.util.List;
import kz.jobalyq.project.ManagementPlan.FundingSource;
import kz.jobalyq.project.ManagementPlan.PlanRisk;
import kz.jobalyq.project.ManagementPlan.Stakeholder;
import kz.jobalyq.project.ManagementPlan.TeamMember;

/** The management plan as the project lead submits it. */
public record PlanInput(List<TeamMember> team, List<PlannedTask> schedule, List<Stakeholder> stakeholders,
    List<PlanRisk> risks, List<FundingSource> fundingSources, String procurementNeeds, String paperDocuments,
    String communicationsPlan) {

  /** A task of the calendar schedule: WBS code, name, dates, and whether it is a control point. */
  public record PlannedTask(String wbsCode, String name, java.time.LocalDate start, java.time.LocalDate end,
      boolean controlPoint) {
  }
}
