package kz.jobalyq.system.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of REGULATIONS.md §1. Each is a Camunda group of the same id: the candidate group of the
 * user tasks that role performs. Names are the regulation's own Kazakh terms.
 */
public enum Role {
NATIONAL_PRIORITY_CURATOR("national-priority-curator", "Жалпыұлттық басымдықтың кураторы", RoleScope.MINISTRY),
STEERING_COUNCIL("steering-council", "Жалпыұлттық басымдықтың басқарушы кеңесі", RoleScope.MINISTRY),
NATIONAL_OFFICE("national-office", "Офис (Жобалық офис)", RoleScope.MINISTRY),
PROGRAMME_HEAD("programme-head", "Бағдарлама жетекшісі", RoleScope.PROGRAMME),
STEERING_COMMITTEE("steering-committee", "Бағдарламаның басқарушы комитеті", RoleScope.PROGRAMME),
EXPERT_COUNCIL("expert-council", "Бағдарламаның сараптамалық кеңесі", RoleScope.PROGRAMME),
PO_HEAD("po-head", "Министрліктің жобалық офисінің басшысы", RoleScope.MINISTRY),
PO_CHIEF_MANAGER("po-chief-manager", "Министрліктің жобалық офисінің бас менеджері", RoleScope.MINISTRY),
PO_ADMIN("po-admin", "Министрліктің жобалық офисінің әкімшісі", RoleScope.MINISTRY),
BASE_DIRECTION_HEAD("base-direction-head", "Базалық бағыттың жетекшісі", RoleScope.BASE_DIRECTION),
BD_GROUP_LEAD("bd-group-lead", "Базалық бағытты іске асыру тобының жетекшісі", RoleScope.BASE_DIRECTION),
BD_CHIEF_MANAGER("bd-chief-manager", "Базалық бағытты іске асыру тобының бас менеджері", RoleScope.BASE_DIRECTION),
BD_ADMIN("bd-admin", "Базалық бағытты іске асыру тобының әкімшісі", RoleScope.BASE_DIRECTION),
PROJECT_GROUP_HEAD("project-group-head", "Жобалар тобының жетекшісі", RoleScope.PROJECT_GROUP),
PROJECT_LEAD("project-lead", "Жоба жетекшісі", RoleScope.PROJECT),
PROJECT_COORDINATOR("project-coordinator", "Жоба үйлестірушісі", RoleScope.PROJECT),
PROJECT_TEAM("project-team", "Жобалық команда қатысушысы", RoleScope.PROJECT),
PROJECT_CUSTOMER("project-customer", "Жобаға тапсырыс беруші", RoleScope.PROJECT),
INITIATOR("initiator", "Жобаның бастамашысы", RoleScope.RECORD_OWNER),
CONTROL_SERVICE("control-service", "Бақылау қызметі", RoleScope.MINISTRY),
PORTFOLIO_CURATOR("portfolio-curator", "Жобалар портфелінің кураторы", RoleScope.MINISTRY),

  // Planning documents (REGULATIONS.md §6, STATE-PLANNING.md, EU-FINANCING.md): bodies the §1 table does not
  // name, each a group of the same id like the roles above.
STATE_BODY_HEAD("state-body-head", "Мемлекеттік органның бірінші басшысы", RoleScope.MINISTRY),
CHIEF_OF_STAFF("chief-of-staff", "Аппарат басшысы", RoleScope.MINISTRY),
PLANNING_UNIT("planning-unit", "Стратегиялық жоспарлау жөніндегі жауапты бөлімше", RoleScope.MINISTRY),
STRUCTURAL_UNIT("structural-unit", "Құрылымдық бөлімше", RoleScope.MINISTRY),
MONITORING_UNIT("monitoring-unit", "Мониторинг жүргізетін бөлімше", RoleScope.MINISTRY),
PROGRAMME_DEVELOPER("programme-developer", "Мемлекеттік бағдарламаны әзірлеуші орган", RoleScope.MINISTRY),
CO_EXECUTOR("co-executor", "Бірлесіп орындаушы орган", RoleScope.MINISTRY),
STATE_PLANNING_AUTHORITY("state-planning-authority", "Мемлекеттік жоспарлау жөніндегі уәкілетті орган", RoleScope.MINISTRY),
REGIONAL_DEVELOPMENT_AUTHORITY("regional-development-authority", "Өңірлік даму жөніндегі уәкілетті орган", RoleScope.MINISTRY),
CONSULTATIVE_BODY("consultative-body", "Президент Әкімшілігі Басшысының жанындағы консультативтік-кеңесші орган", RoleScope.MINISTRY),
PRESIDENTIAL_ADMINISTRATION("presidential-administration", "Президент Әкімшілігі", RoleScope.MINISTRY),
GOVERNMENT("government", "Қазақстан Республикасының Үкіметі", RoleScope.MINISTRY),
NATIONAL_COORDINATOR("national-coordinator", "Бағдарламаның ұлттық үйлестірушісі", RoleScope.MINISTRY),
EU_DELEGATION("eu-delegation", "Еуропалық Одақтың Қазақстандағы Өкілдігі", RoleScope.MINISTRY),
EUROPEAN_COMMISSION("european-commission", "Еуропалық Комиссия", RoleScope.MINISTRY),
FINANCING_STEERING_COMMITTEE("financing-steering-committee", "Сыртқы қаржыландырылатын бағдарламаның басқарушы комитеті", RoleScope.MINISTRY);

  /** Camunda's administrators group: every permission, the Admin webapp, model redeploys, calendar edits. */
  public static final String ADMIN_GROUP = "camunda-admin";

  /** For {@code @PreAuthorize}: only members of {@link #ADMIN_GROUP}. */
  public static final String ADMIN_ONLY = "hasAuthority('" + ADMIN_GROUP + "')";

  private final String groupId;
  private final String kazakhName;
  private final RoleScope scope;

  Role(String groupId, String kazakhName, RoleScope scope) {
    this.groupId = groupId;
    this.kazakhName = kazakhName;
    this.scope = scope;
  }

  /** Where in the hierarchy the role is held, so a record's task reaches that record's holders only. */
  public RoleScope scope() {
    return scope;
  }

  /** A task for this role reaches the holders of the role for its record, not the whole group. */
  public boolean isRecordScoped() {
    return scope != RoleScope.MINISTRY;
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
