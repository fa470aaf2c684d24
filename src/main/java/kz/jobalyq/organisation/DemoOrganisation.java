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
 * its six project groups — with the demo users in its roles: every role held in a unit has two holders in
 * two units (base directions BD-T and BD-1, project groups PG-3.3 and PG-1.1), so a task visibly reaches
 * its own record's people. The demo projects are started by the project feature, so that they have a life
 * cycle.
 */
@Component
@Profile("dev")
@Order(2)
public class DemoOrganisation implements ApplicationRunner {

  public static final String PROGRAMME = "P-1";
  public static final String TYPICAL_DIRECTION = "BD-T";
  public static final String CLEAN_KAZAKHSTAN_DIRECTION = "BD-1";
  public static final String PUBLIC_APPEALS_GROUP = "PG-3.3";
  /** A project group of the other base direction: its people never see PG-3.3's work. */
  public static final String CLEAN_AIR_GROUP = "PG-1.1";

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
    OrganisationUnit ofProgramme = OrganisationUnit.of(programme);
    organisation.assignRole("programme", Role.PROGRAMME_HEAD, ofProgramme,
        "Экология, геология және табиғи ресурстар министрі");
    organisation.assignRole("committee", Role.STEERING_COMMITTEE, ofProgramme, "Басқарушы комитеттің хатшысы");
    organisation.assignRole("committee2", Role.STEERING_COMMITTEE, ofProgramme, "Басқарушы комитеттің мүшесі");
    organisation.assignRole("expert", Role.EXPERT_COUNCIL, ofProgramme, "Сараптамалық кеңестің хатшысы");

    BaseDirection clean = organisation.createBaseDirection(PROGRAMME, CLEAN_KAZAKHSTAN_DIRECTION, "Таза Қазақстан",
        false);
    organisation.createBaseDirection(PROGRAMME, "BD-2", "Үнемді Қазақстан", false);
    organisation.createBaseDirection(PROGRAMME, "BD-3", "Табиғат", false);
    staffBaseDirection(clean, "2", "Вице-министр (экология)");
    ProjectGroup cleanAir = organisation.createProjectGroup(CLEAN_KAZAKHSTAN_DIRECTION, CLEAN_AIR_GROUP,
        "Атмосфералық ауаның сапасын жақсарту");
    organisation.assignRole("pghead2", Role.PROJECT_GROUP_HEAD, OrganisationUnit.of(cleanAir),
        "Экологиялық реттеу департаментінің директоры");

    BaseDirection typical = organisation.createBaseDirection(PROGRAMME, TYPICAL_DIRECTION,
        "Типтік базалық бағыт", true);
    staffBaseDirection(typical, "", "Аппарат басшысы");
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

  /** The base direction's head and its implementation group: bdhead, bdlead… with {@code suffix}. */
  private void staffBaseDirection(BaseDirection direction, String suffix, String headTitle) {
    OrganisationUnit unit = OrganisationUnit.of(direction);
    organisation.assignRole("bdhead" + suffix, Role.BASE_DIRECTION_HEAD, unit, headTitle);
    organisation.assignRole("bdlead" + suffix, Role.BD_GROUP_LEAD, unit, "Іске асыру тобының жетекшісі");
    organisation.assignRole("bdmanager" + suffix, Role.BD_CHIEF_MANAGER, unit, "Іске асыру тобының бас менеджері");
    organisation.assignRole("bdadmin" + suffix, Role.BD_ADMIN, unit, "Іске асыру тобының әкімшісі");
  }
}
