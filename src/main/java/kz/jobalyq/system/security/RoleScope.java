package kz.jobalyq.system.security;

/**
 * Where a role is held (seed 000 §3: programme → base direction → project group → project). A task for a
 * role held below the ministry reaches the people who hold it for the task's record: the project's own
 * lead, the head of its project group, the head of its base direction…
 */
public enum RoleScope {
  /** One for the whole ministry (or the country): the project office, the national bodies, planning units. */
  MINISTRY,
  PROGRAMME,
  BASE_DIRECTION,
  PROJECT_GROUP,
  PROJECT,
  /** The person who filed the record, e.g. the initiator of an initiative. */
  RECORD_OWNER
}
