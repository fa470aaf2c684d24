package kz.jobalyq.initiative;

/** Whose initiative it is: the programme's (steering committee) or a national priority's (steering council). */
public enum InitiativeLevel {
  MINISTRY,
  NATIONAL_PRIORITY
}
