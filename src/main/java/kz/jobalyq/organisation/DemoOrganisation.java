package kz.jobalyq.organisation;

import kz.jobalyq.system.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Developer machines only: the ministry structure of the appendix to seed 000 (order No. 269-ө as
 * amended by No. 393-ө) — the programme, the three base directions, the typical base direction with
 * its six project groups — with the demo users in its roles. The demo projects are started by the
 * project feature, so that they have a life cycle.
 */
@Component
@Profile("dev")
@Order(2)
public class DemoOrganisation implements ApplicationRunner {

  public static final String PROGRAMME = "P-1";
  public static final String TYPICAL_DIRECTION = "BD-T";
  public static final String PUBLIC_APPEALS_GROUP = "PG-3.3";

  private final OrganisationService organisation;

  public DemoOrganisation(OrganisationService organisation) {
    this.organisation = organisation;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (!organisation.isEmpty()) {
      return;
    }
    Programme programme = organisation.createProgramme(PROGRAMME,
        "Су ресурстарын басқару және «Жасыл Қазақстан» ұлттық жобасы, «Қазақстандықтардың әл-ауқатына "
            + "бағытталған тұрақты экономикалық өсу» ұлттық жобасының 3-бағыты");
    organisation.assignRole("programme", Role.PROGRAMME_HEAD, OrganisationUnit.of(programme),
        "Экология, геология және табиғи ресурстар министрі");

    BaseDirection clean = organisation.createBaseDirection(PROGRAMME, "BD-1", "Таза Қазақстан", false);
    organisation.createBaseDirection(PROGRAMME, "BD-2", "Үнемді Қазақстан", false);
    organisation.createBaseDirection(PROGRAMME, "BD-3", "Табиғат", false);
    organisation.assignRole("bdhead", Role.BASE_DIRECTION_HEAD, OrganisationUnit.of(clean), "Вице-министр");

    BaseDirection typical = organisation.createBaseDirection(PROGRAMME, TYPICAL_DIRECTION,
        "Типтік базалық бағыт", true);
    organisation.assignRole("bdlead", Role.BD_GROUP_LEAD, OrganisationUnit.of(typical), "Аппарат басшысы");
    organisation.createProjectGroup(TYPICAL_DIRECTION, "PG-3.1", "Мемлекеттік басқаруды жаңғырту");
    organisation.createProjectGroup(TYPICAL_DIRECTION, "PG-3.2",
        "Мемлекеттік аппараттың кәсібилігі мен біліктілігін арттыру");
    ProjectGroup appeals = organisation.createProjectGroup(TYPICAL_DIRECTION, PUBLIC_APPEALS_GROUP,
        "Жеке және заңды тұлғалардың өтініштерімен жұмыс (Халық үніне құлақ асатын мемлекет)");
    organisation.createProjectGroup(TYPICAL_DIRECTION, "PG-3.4", "Сыбайлас жемқорлықтың алдын алу және оған қарсы іс-қимыл");
    organisation.createProjectGroup(TYPICAL_DIRECTION, "PG-3.5", "Қоғамдық сананы жаңғырту");
    organisation.createProjectGroup(TYPICAL_DIRECTION, "PG-3.6",
        "Мемлекеттік көрсетілетін қызметтерді және саланы цифрландыру");
    organisation.assignRole("pghead", Role.PROJECT_GROUP_HEAD, OrganisationUnit.of(appeals),
        "Әкімшілік жұмысы департаменті директорының орынбасары");
  }
}
