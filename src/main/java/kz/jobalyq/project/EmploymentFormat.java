package kz.jobalyq.project;

/** How a team member works on the project. */
public enum EmploymentFormat {
  FULL_TIME,
  PART_TIME,
  CONSULTANT
}
