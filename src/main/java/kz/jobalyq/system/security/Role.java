package kz.jobalyq.system.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import kz.jobalyq.system.i18n.UserLanguage;

/**
 * The roles of REGULATIONS.md §1. Each is a Camunda group of the same id: the candidate group of the
 * user tasks that role performs. Names are the regulation's own Kazakh terms.
 */
public enum Role {
  NATIONAL_PRIORITY_CURATOR("national-priority-curator", "Жалпыұлттық басымдықтың кураторы",
      "Куратор общенационального приоритета", RoleScope.MINISTRY),
  STEERING_COUNCIL("steering-council", "Жалпыұлттық басымдықтың басқарушы кеңесі",
      "Управляющий совет общенационального приоритета", RoleScope.MINISTRY),
  NATIONAL_OFFICE("national-office", "Офис (Жобалық офис)", "Офис (проектный офис)", RoleScope.MINISTRY),
  PROGRAMME_HEAD("programme-head", "Бағдарлама жетекшісі", "Руководитель программы", RoleScope.PROGRAMME),
  STEERING_COMMITTEE("steering-committee", "Бағдарламаның басқарушы комитеті",
      "Управляющий комитет программы", RoleScope.PROGRAMME),
  EXPERT_COUNCIL("expert-council", "Бағдарламаның сараптамалық кеңесі",
      "Экспертный совет программы", RoleScope.PROGRAMME),
  PO_HEAD("po-head", "Министрліктің жобалық офисінің басшысы",
      "Руководитель проектного офиса министерства", RoleScope.MINISTRY),
  PO_CHIEF_MANAGER("po-chief-manager", "Министрліктің жобалық офисінің бас менеджері",
      "Главный менеджер проектного офиса министерства", RoleScope.MINISTRY),
  PO_ADMIN("po-admin", "Министрліктің жобалық офисінің әкімшісі",
      "Администратор проектного офиса министерства", RoleScope.MINISTRY),
  BASE_DIRECTION_HEAD("base-direction-head", "Базалық бағыттың жетекшісі",
      "Руководитель базового направления", RoleScope.BASE_DIRECTION),
  BD_GROUP_LEAD("bd-group-lead", "Базалық бағытты іске асыру тобының жетекшісі",
      "Руководитель группы реализации базового направления", RoleScope.BASE_DIRECTION),
  BD_CHIEF_MANAGER("bd-chief-manager", "Базалық бағытты іске асыру тобының бас менеджері",
      "Главный менеджер группы реализации базового направления", RoleScope.BASE_DIRECTION),
  BD_ADMIN("bd-admin", "Базалық бағытты іске асыру тобының әкімшісі",
      "Администратор группы реализации базового направления", RoleScope.BASE_DIRECTION),
  PROJECT_GROUP_HEAD("project-group-head", "Жобалар тобының жетекшісі",
      "Руководитель группы проектов", RoleScope.PROJECT_GROUP),
  PROJECT_LEAD("project-lead", "Жоба жетекшісі", "Руководитель проекта", RoleScope.PROJECT),
  PROJECT_COORDINATOR("project-coordinator", "Жоба үйлестірушісі", "Координатор проекта", RoleScope.PROJECT),
  PROJECT_TEAM("project-team", "Жобалық команда қатысушысы", "Участник проектной команды", RoleScope.PROJECT),
  PROJECT_CUSTOMER("project-customer", "Жобаға тапсырыс беруші", "Заказчик проекта", RoleScope.PROJECT),
  INITIATOR("initiator", "Жобаның бастамашысы", "Инициатор проекта", RoleScope.RECORD_OWNER),
  CONTROL_SERVICE("control-service", "Бақылау қызметі", "Служба контроля", RoleScope.MINISTRY),
  PORTFOLIO_CURATOR("portfolio-curator", "Жобалар портфелінің кураторы",
      "Куратор портфеля проектов", RoleScope.MINISTRY),

  // Planning documents (REGULATIONS.md §6, STATE-PLANNING.md, EU-FINANCING.md): bodies the §1 table does not
  // name, each a group of the same id like the roles above.
  STATE_BODY_HEAD("state-body-head", "Мемлекеттік органның бірінші басшысы",
      "Первый руководитель государственного органа", RoleScope.MINISTRY),
  CHIEF_OF_STAFF("chief-of-staff", "Аппарат басшысы", "Руководитель аппарата", RoleScope.MINISTRY),
  PLANNING_UNIT("planning-unit", "Стратегиялық жоспарлау жөніндегі жауапты бөлімше",
      "Подразделение, ответственное за стратегическое планирование", RoleScope.MINISTRY),
  STRUCTURAL_UNIT("structural-unit", "Құрылымдық бөлімше", "Структурное подразделение", RoleScope.MINISTRY),
  MONITORING_UNIT("monitoring-unit", "Мониторинг жүргізетін бөлімше",
      "Подразделение, осуществляющее мониторинг", RoleScope.MINISTRY),
  PROGRAMME_DEVELOPER("programme-developer", "Мемлекеттік бағдарламаны әзірлеуші орган",
      "Государственный орган — разработчик государственной программы", RoleScope.MINISTRY),
  CO_EXECUTOR("co-executor", "Бірлесіп орындаушы орган", "Государственный орган — соисполнитель", RoleScope.MINISTRY),
  STATE_PLANNING_AUTHORITY("state-planning-authority", "Мемлекеттік жоспарлау жөніндегі уәкілетті орган",
      "Уполномоченный орган по государственному планированию", RoleScope.MINISTRY),
  REGIONAL_DEVELOPMENT_AUTHORITY("regional-development-authority", "Өңірлік даму жөніндегі уәкілетті орган",
      "Уполномоченный орган по региональному развитию", RoleScope.MINISTRY),
  CONSULTATIVE_BODY("consultative-body", "Президент Әкімшілігі Басшысының жанындағы консультативтік-кеңесші орган",
      "Консультативно-совещательный орган при Руководителе Администрации Президента", RoleScope.MINISTRY),
  PRESIDENTIAL_ADMINISTRATION("presidential-administration", "Президент Әкімшілігі",
      "Администрация Президента", RoleScope.MINISTRY),
  GOVERNMENT("government", "Қазақстан Республикасының Үкіметі",
      "Правительство Республики Казахстан", RoleScope.MINISTRY),
  ACCOUNTS_COMMITTEE("accounts-committee", "Республикалық бюджеттің атқарылуын бақылау жөніндегі есеп комитеті",
      "Счётный комитет по контролю за исполнением республиканского бюджета", RoleScope.MINISTRY),
  REVISION_COMMISSION("revision-commission", "Облыстың, республикалық маңызы бар қаланың, астананың тексеру комиссиясы",
      "Ревизионная комиссия области, города республиканского значения, столицы", RoleScope.MINISTRY),
  NATIONAL_COORDINATOR("national-coordinator", "Бағдарламаның ұлттық үйлестірушісі",
      "Национальный координатор программы", RoleScope.MINISTRY),
  EU_DELEGATION("eu-delegation", "Еуропалық Одақтың Қазақстандағы Өкілдігі",
      "Представительство Европейского Союза в Казахстане", RoleScope.MINISTRY),
  EUROPEAN_COMMISSION("european-commission", "Еуропалық Комиссия", "Европейская Комиссия", RoleScope.MINISTRY),
  FINANCING_STEERING_COMMITTEE("financing-steering-committee", "Сыртқы қаржыландырылатын бағдарламаның басқарушы комитеті",
      "Управляющий комитет программы внешнего финансирования", RoleScope.MINISTRY);

  /** Camunda's administrators group: every permission, the Admin webapp, model redeploys, calendar edits. */
  public static final String ADMIN_GROUP = "camunda-admin";

  /** May read /actuator/prometheus and nothing else: the group of the Prometheus server's own user. */
  public static final String MONITORING_GROUP = "monitoring";

  /** For {@code @PreAuthorize}: only members of {@link #ADMIN_GROUP}. */
  public static final String ADMIN_ONLY = "hasAuthority('" + ADMIN_GROUP + "')";

  private final String groupId;
  private final String kazakhName;
  private final String russianName;
  private final RoleScope scope;

  Role(String groupId, String kazakhName, String russianName, RoleScope scope) {
    this.groupId = groupId;
    this.kazakhName = kazakhName;
    this.russianName = russianName;
    this.scope = scope;
  }

  /** The role's name in the language of the request being served. */
  public String displayName() {
    return displayName(UserLanguage.current());
  }

  /** The role's name in {@code language} (Kazakh unless Russian), e.g. in a notice composed in both. */
  public String displayName(Locale language) {
    return UserLanguage.RU.equals(UserLanguage.supported(language)) ? russianName : kazakhName;
  }

  /** A group's role name in the reader's language, or the group id when it is no role of ours. */
  public static String displayName(String groupId) {
    return groupId == null ? null : ofGroup(groupId).map(Role::displayName).orElse(groupId);
  }

  /** The role's name in the Russian UI (GLOSSARY.md's usual terms). */
  public String russianName() {
    return russianName;
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
