package kz.jobalyq.system.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** A person as others read them: "Айгүл Серікова (curator)", or the bare id of an unknown user. */
@Component
public class UserNames {

  private final IdentityService identityService;

  public UserNames(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String of(String userId) {
    if (userId == null) {
      return null;
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name + " (" + userId + ")";
  }
}
