package kz.jobalyq.system.security;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * A person as others read them: "Айгүл Серікова (curator)" beside their work, "Серікова Айгүл" on a paper about
 * them; the bare id of an unknown user or of one without a name.
 */
@Component
public class UserNames {

  private final IdentityService identityService;

  public UserNames(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String of(String userId) {
    String name = nameOf(userId, false);
    return name == null ? userId : name + " (" + userId + ")";
  }

  /** Surname first, without the id: how a paper names the person it is about. */
  public String formal(String userId) {
    String name = nameOf(userId, true);
    return name == null ? userId : name;
  }

  /** The user's names as the directory has them; null for an unknown user or one without a name. */
  private String nameOf(String userId, boolean surnameFirst) {
    User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return null;
    }
    // A directory user may lack either name: show what there is.
    String name = (surnameFirst ? Stream.of(user.getLastName(), user.getFirstName())
        : Stream.of(user.getFirstName(), user.getLastName()))
        .filter(part -> part != null && !part.isBlank()).map(String::strip).collect(Collectors.joining(" "));
    return name.isEmpty() ? null : name;
  }
}
