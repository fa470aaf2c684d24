package kz.jobalyq.initiative;

import java.util.List;

/** The passport's fields as stage 6's form gives them. */
public record PassportInput(String name, String initiatorSurname, String initiatorFirstName,
    String initiatorPatronymic, String initiatorIin, String initiatorPosition, String curatorName, String direction,
    String keyIndicators, String economicEffect, List<InitiativePassport.Action> actions) {
}
