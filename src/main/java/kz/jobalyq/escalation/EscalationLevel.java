package kz.jobalyq.escalation;

import java.util.Arrays;
import java.util.List;
import kz.jobalyq.system.i18n.Messages;
import kz.jobalyq.system.security.Role;

/**
 * The escalation chain of seed 000 §100, lowest first. Each level is decided by the holders of its
 * roles; the top level cannot escalate further and its decision closes the problem.
 */
public enum EscalationLevel {
  PROJECT_GROUP_HEAD(1, "Жобалар тобының жетекшісі", List.of(Role.PROJECT_GROUP_HEAD)),
  BASE_DIRECTION(2, "Базалық бағыттың жетекшісі / министрліктің жобалық офисінің басшысы",
      List.of(Role.BASE_DIRECTION_HEAD, Role.PO_HEAD)),
  PROGRAMME(3, "Бағдарлама жетекшісі / Офис басшысы", List.of(Role.PROGRAMME_HEAD, Role.NATIONAL_OFFICE)),
  NATIONAL_PRIORITY_CURATOR(4, "Жалпыұлттық басымдықтың кураторы", List.of(Role.NATIONAL_PRIORITY_CURATOR));

  /** Problems that reached this level are "unresolved at base direction level" on the weekly board. */
  public static final int BOARD_LEVEL = 2;

  private final int number;
  private final String kazakhName;
  private final List<Role> deciders;

  EscalationLevel(int number, String kazakhName, List<Role> deciders) {
    this.number = number;
    this.kazakhName = kazakhName;
    this.deciders = deciders;
  }

  public int number() {
    return number;
  }

  public String kazakhName() {
    return kazakhName;
  }

  /** The level's name in the language of the user being served ({@code escalation.level.<number>}). */
  public String displayName() {
    return Messages.text("escalation.level." + number);
  }

  /** The candidate groups of this level's decision task, comma-separated. */
  public String candidateGroups() {
    return String.join(",", deciders.stream().map(Role::groupId).toList());
  }

  public boolean isTop() {
    return this == NATIONAL_PRIORITY_CURATOR;
  }

  public static EscalationLevel of(int number) {
    return Arrays.stream(values()).filter(level -> level.number == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("level must be 1 to 4, was " + number));
  }
}
