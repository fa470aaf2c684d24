package kz.jobalyq.change;

/** Where a change request stands (seed 000 §106.3); the GLOSSARY codes where it has them. */
public enum ChangeRequestStatus {
  SUBMITTED,
  UNDER_EVALUATION,
  AWAITING_DECISION,
  ACCEPTED_FOR_EXECUTION,
  REFUSED
}
