package kz.jobalyq.system.security;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Developer machines only (profile {@code dev}): a demo user per role, and a second one for every role held
 * below the ministry (a second project lead, group head, base direction head… in another unit), all with the
 * password {@code demo}, so every Tasklist view can be tried and the per-record routing is visible. Which
 * record each one holds their role on is the demo organisation's data (DemoOrganisation, DemoProjects). No
 * other profile creates any user.
 */
@Component
@Profile("dev")
@Order(1)
public class DemoUsers implements ApplicationRunner {

  /** User id → role; names are fictional. */
  public static final Map<String, Role> USERS = Map.ofEntries(
      Map.entry("curator", Role.NATIONAL_PRIORITY_CURATOR),
      Map.entry("council", Role.STEERING_COUNCIL),
      Map.entry("office", Role.NATIONAL_OFFICE),
      Map.entry("programme", Role.PROGRAMME_HEAD),
      Map.entry("committee", Role.STEERING_COMMITTEE),
      Map.entry("expert", Role.EXPERT_COUNCIL),
      Map.entry("pohead", Role.PO_HEAD),
      Map.entry("pomanager", Role.PO_CHIEF_MANAGER),
      Map.entry("poadmin", Role.PO_ADMIN),
      Map.entry("bdhead", Role.BASE_DIRECTION_HEAD),
      Map.entry("bdlead", Role.BD_GROUP_LEAD),
      Map.entry("bdmanager", Role.BD_CHIEF_MANAGER),
      Map.entry("bdadmin", Role.BD_ADMIN),
      Map.entry("pghead", Role.PROJECT_GROUP_HEAD),
      Map.entry("lead", Role.PROJECT_LEAD),
      Map.entry("coordinator", Role.PROJECT_COORDINATOR),
      Map.entry("team", Role.PROJECT_TEAM),
      Map.entry("customer", Role.PROJECT_CUSTOMER),
      Map.entry("initiator", Role.INITIATOR),
      Map.entry("control", Role.CONTROL_SERVICE),
      Map.entry("portfolio", Role.PORTFOLIO_CURATOR),
      Map.entry("statehead", Role.STATE_BODY_HEAD),
      Map.entry("chiefofstaff", Role.CHIEF_OF_STAFF),
      Map.entry("planner", Role.PLANNING_UNIT),
      Map.entry("unit", Role.STRUCTURAL_UNIT),
      Map.entry("monitor", Role.MONITORING_UNIT),
      Map.entry("developer", Role.PROGRAMME_DEVELOPER),
      Map.entry("coexecutor", Role.CO_EXECUTOR),
      Map.entry("spa", Role.STATE_PLANNING_AUTHORITY),
      Map.entry("rda", Role.REGIONAL_DEVELOPMENT_AUTHORITY),
      Map.entry("consultative", Role.CONSULTATIVE_BODY),
      Map.entry("presadmin", Role.PRESIDENTIAL_ADMINISTRATION),
      Map.entry("government", Role.GOVERNMENT),
      Map.entry("natcoord", Role.NATIONAL_COORDINATOR),
      Map.entry("eudelegation", Role.EU_DELEGATION),
      Map.entry("commission", Role.EUROPEAN_COMMISSION),
      Map.entry("finsc", Role.FINANCING_STEERING_COMMITTEE),
      Map.entry("accounts", Role.ACCOUNTS_COMMITTEE),
      Map.entry("revision", Role.REVISION_COMMISSION),
      // The second holder of each role held in a unit: the rule "a task reaches its record's holders" shows.
      Map.entry("bdhead2", Role.BASE_DIRECTION_HEAD),
      Map.entry("bdlead2", Role.BD_GROUP_LEAD),
      Map.entry("bdmanager2", Role.BD_CHIEF_MANAGER),
      Map.entry("bdadmin2", Role.BD_ADMIN),
      Map.entry("pghead2", Role.PROJECT_GROUP_HEAD),
      Map.entry("lead2", Role.PROJECT_LEAD),
      Map.entry("coordinator2", Role.PROJECT_COORDINATOR),
      Map.entry("team2", Role.PROJECT_TEAM),
      Map.entry("customer2", Role.PROJECT_CUSTOMER),
      Map.entry("initiator2", Role.INITIATOR),
      Map.entry("committee2", Role.STEERING_COMMITTEE));

  private static final String[][] NAMES = {
      {"Айгүл", "Серікова"}, {"Бауыржан", "Омаров"}, {"Гүлнар", "Жақсылықова"}, {"Дәурен", "Қасымов"},
      {"Ержан", "Нұрланов"}, {"Жанар", "Әбенова"}, {"Зарина", "Төлеуова"}, {"Ислам", "Бекенов"},
      {"Қайрат", "Мұратов"}, {"Ләззат", "Сағынова"}, {"Мұрат", "Есенов"}, {"Нұргүл", "Ахметова"},
      {"Олжас", "Жұмабаев"}, {"Перизат", "Қалиева"}, {"Руслан", "Исаев"}, {"Сәуле", "Тұрсынова"},
      {"Талғат", "Әлиев"}, {"Ұлан", "Болатов"}, {"Фариза", "Оспанова"}, {"Шынар", "Мамырова"},
      {"Ерлан", "Сейітов"}, {"Асель", "Байжанова"}, {"Болат", "Құрманов"}, {"Динара", "Ермекова"},
      {"Әсет", "Жанұзақов"}, {"Гаухар", "Смағұлова"}, {"Данияр", "Тоқтаров"}, {"Еркежан", "Әлімова"},
      {"Жандос", "Қуанышев"}, {"Индира", "Мұқанова"}, {"Кәмшат", "Сейдахметова"}, {"Ләйлә", "Оразова"},
      {"Мағжан", "Байтұрсынов"}, {"Назерке", "Құдайбергенова"}, {"Оспан", "Тәжібаев"}, {"Салтанат", "Нұрпейісова"},
      {"Тимур", "Ақмолдин"}, {"Әйгерім", "Жолдасбекова"}, {"Нұрлан", "Рысқұлов"}, {"Ақмарал", "Досова"},
      {"Серік", "Ыбырайұлы"}, {"Мадина", "Бекмұратова"}, {"Абай", "Қалдыбаев"}, {"Жібек", "Тілеубаева"},
      {"Арман", "Шайкенов"}, {"Қарлығаш", "Есімова"}, {"Бекзат", "Орынбаев"}, {"Толқын", "Жүнісова"}};

  private final IdentitySetup identitySetup;
  private final String password;

  public DemoUsers(IdentitySetup identitySetup, @Value("${jobalyq.demo.password:demo}") String password) {
    this.identitySetup = identitySetup;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    int i = 0;
    for (Map.Entry<String, Role> user : USERS.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      String[] name = NAMES[i++ % NAMES.length];
      identitySetup.ensureUser(user.getKey(), name[0], name[1], user.getKey() + "@jobalyq.local", password,
          List.of(user.getValue().groupId()));
    }
  }
}
