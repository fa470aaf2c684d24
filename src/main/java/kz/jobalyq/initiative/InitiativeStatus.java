package kz.jobalyq.initiative;

/**
 * An initiative's status (§49): INITIATIVE until the decision body gives one of its statuses
 * (decree 358 §24–25); NOT_PRIORITY when stage 1 found it no priority and the project office agreed.
 */
public enum InitiativeStatus {
  INITIATIVE,
  NOT_PRIORITY,
  NEW_PROJECT,
  REJECTED
}
