package kz.jobalyq.hiring;

/** An application from its submission to the interview's outcome. */
public enum ApplicationStatus {
  SUBMITTED,
  ADMITTED,
  NOT_ADMITTED,
  SELECTED,
  NOT_SELECTED
}
