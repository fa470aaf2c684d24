package kz.jobalyq.planning.financing;

import java.util.Collection;
import java.util.Optional;
import kz.jobalyq.system.i18n.Phrase;
import kz.jobalyq.system.i18n.UserLanguage;
import kz.jobalyq.system.security.Role;

/** The two parties of the financing agreement and the groups that act for each. */
public enum Party {
  BENEFICIARY("Бенефициар (Қазақстан Республикасы)", Role.NATIONAL_COORDINATOR, Role.GOVERNMENT),
  COMMISSION("Еуропалық Комиссия", Role.EUROPEAN_COMMISSION, Role.EU_DELEGATION);

  private final String kazakhName;
  private final Role[] roles;

  Party(String kazakhName, Role... roles) {
    this.kazakhName = kazakhName;
    this.roles = roles;
  }

  public String kazakhName() {
    return kazakhName;
  }

  /** The name in the language of the request being served (the {@code financing.party.*} messages). */
  public String displayName() {
    return phrase().in(UserLanguage.current());
  }

  /** The name as a phrase of a stored text, read in its reader's language. */
  public Phrase phrase() {
    return Phrase.of("financing.party." + name());
  }

  public boolean actsThrough(String groupId) {
    for (Role role : roles) {
      if (role.groupId().equals(groupId)) {
        return true;
      }
    }
    return false;
  }

  /** The one party a person's groups act for; empty when none or both (an administrator must say). */
  public static Optional<Party> of(Collection<String> groupIds) {
    boolean beneficiary = groupIds.stream().anyMatch(BENEFICIARY::actsThrough);
    boolean commission = groupIds.stream().anyMatch(COMMISSION::actsThrough);
    if (beneficiary == commission) {
      return Optional.empty();
    }
    return Optional.of(beneficiary ? BENEFICIARY : COMMISSION);
  }
}
