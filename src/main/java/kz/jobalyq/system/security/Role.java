package kz.jobalyq.system.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of REGULATIONS.md §1. Each is a Camunda group of the same id: the candidate group of the
 * user tasks that role performs. Names are the regulation's own Kazakh terms.
 */
public enum Role {
  NATIONAL_PRIORITY_CURATOR("national-priority-curator", "Жалпыұлттық басымдықтың кураторы"),
  STEERING_COUNCIL("steering-council", "Жалпыұлттық басымдықтың басқарушы кеңесі"),
  NATIONAL_OFFICE("national-office", "Офис (Жобалық офис)"),
  PROGRAMME_HEAD("programme-head", "Бағдарлама жетекшісі"),
  STEERING_COMMITTEE("steering-committee", "Бағдарламаның басқарушы комитеті"),
  EXPERT_COUNCIL("expert-council", "Бағдарламаның сараптамалық кеңесі"),
  PO_HEAD("po-head", "Министрліктің жобалық офисінің басшысы"),
  PO_CHIEF_MANAGER("po-chief-manager", "Министрліктің жобалық офисінің бас менеджері"),
  PO_ADMIN("po-admin", "Министрліктің жобалық офисінің әкімшісі"),
  BASE_DIRECTION_HEAD("base-direction-head", "Базалық бағыттың жетекшісі"),
  BD_GROUP_LEAD("bd-group-lead", "Базалық бағытты іске асыру тобының жетекшісі"),
  BD_CHIEF_MANAGER("bd-chief-manager", "Базалық бағытты іске асыру тобының бас менеджері"),
  BD_ADMIN("bd-admin", "Базалық бағытты іске асыру тобының әкімшісі"),
  PROJECT_GROUP_HEAD("project-group-head", "Жобалар тобының жетекшісі"),
  PROJECT_LEAD("project-lead", "Жоба жетекшісі"),
  PROJECT_COORDINATOR("project-coordinator", "Жоба үйлестірушісі"),
  PROJECT_TEAM("project-team", "Жобалық команда қатысушысы"),
  PROJECT_CUSTOMER("project-customer", "Жобаға тапсырыс беруші"),
  INITIATOR("initiator", "Жобаның бастамашысы"),
  CONTROL_SERVICE("control-service", "Бақылау қызметі"),
  PORTFOLIO_CURATOR("portfolio-curator", "Жобалар портфелінің кураторы"),

  // Planning documents (REGULATIONS.md §6, STATE-PLANNING.md, EU-FINANCING.md): bodies the §1 table does not
  // name, each a group of the same id like the roles above.
  STATE_BODY_HEAD("state-body-head", "Мемлекеттік органның бірінші басшысы"),
  CHIEF_OF_STAFF("chief-of-staff", "Аппарат басшысы"),
  PLANNING_UNIT("planning-unit", "Стратегиялық жоспарлау жөніндегі жауапты бөлімше"),
  STRUCTURAL_UNIT("structural-unit", "Құрылымдық бөлімше"),
  MONITORING_UNIT("monitoring-unit", "Мониторинг жүргізетін бөлімше"),
  PROGRAMME_DEVELOPER("programme-developer", "Мемлекеттік бағдарламаны әзірлеуші орган"),
  CO_EXECUTOR("co-executor", "Бірлесіп орындаушы орган"),
  STATE_PLANNING_AUTHORITY("state-planning-authority", "Мемлекеттік жоспарлау жөніндегі уәкілетті орган"),
  REGIONAL_DEVELOPMENT_AUTHORITY("regional-development-authority", "Өңірлік даму жөніндегі уәкілетті орган"),
  CONSULTATIVE_BODY("consultative-body", "Президент Әкімшілігі Басшысының жанындағы консультативтік-кеңесші орган"),
  PRESIDENTIAL_ADMINISTRATION("presidential-administration", "Президент Әкімшілігі"),
  GOVERNMENT("government", "Қазақстан Республикасының Үкіметі"),
  ACCOUNTS_COMMITTEE("accounts-committee", "Республикалық бюджеттің атқарылуын бақылау жөніндегі есеп комитеті"),
  REVISION_COMMISSION("revision-commission", "Облыстың, республикалық маңызы бар қаланың, астананың тексеру комиссиясы"),
  NATIONAL_COORDINATOR("national-coordinator", "Бағдарламаның ұлттық үйлестірушісі"),
  EU_DELEGATION("eu-delegation", "Еуропалық Одақтың Қазақстандағы Өкілдігі"),
  EUROPEAN_COMMISSION("european-commission", "Еуропалық Комиссия"),
  FINANCING_STEERING_COMMITTEE("financing-steering-committee", "Сыртқы қаржыландырылатын бағдарламаның басқарушы комитеті");

  /** Camunda's administrators group: every permission, the Admin webapp, model redeploys, calendar edits. */
  public static final String ADMIN_GROUP = "camunda-admin";

  /** For {@code @PreAuthorize}: only members of {@link #ADMIN_GROUP}. */
  public static final String ADMIN_ONLY = "hasAuthority('" + ADMIN_GROUP + "')";

  private final String groupId;
  private final String kazakhName;

  Role(String groupId, String kazakhName) {
    this.groupId = groupId;
    this.kazakhName = kazakhName;
  }

  public String groupId() {
    return groupId;
  }

  public String kazakhName() {
    return kazakhName;
  }

  /** The ministry project office watches and repairs running work in Cockpit. */
  public boolean ownsProcesses() {
    return this == PO_HEAD || this == PO_CHIEF_MANAGER || this == PO_ADMIN;
  }

  public static Optional<Role> ofGroup(String groupId) {
    return Arrays.stream(values()).filter(role -> role.groupId.equals(groupId)).findFirst();
  }
}
