package kz.jobalyq.system.security;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;

/**
 * The names and descriptions of the Tasklist filters the platform creates, in Kazakh (stored on the filter)
 * and Russian (shown to a Russian reader): one place for both.
 */
public final class TasklistFilterNames {

  public static final Text MY_WORK = new Text("Менің жұмысым", "Моя работа");
  public static final Text MY_WORK_DESCRIPTION = new Text(
      "Маған тағайындалған және мен ала алатын тапсырмалар, мерзімі бойынша",
      "Назначенные мне и доступные мне задачи, по сроку");
  public static final Text MY_TASKS = new Text("Менің тапсырмаларым", "Мои задачи");
  public static final Text MY_TASKS_DESCRIPTION = new Text("Маған тағайындалған тапсырмалар", "Задачи, назначенные мне");
  public static final Text MY_GROUPS_TASKS = new Text("Менің топтарымның тапсырмалары", "Задачи моих групп");
  public static final Text MY_GROUPS_TASKS_DESCRIPTION = new Text("Менің топтарыма арналған барлық тапсырмалар",
      "Все задачи для моих групп");
  public static final Text UNROUTED = new Text("Орындаушысы жоқ тапсырмалар", "Задачи без исполнителя");
  public static final Text UNROUTED_DESCRIPTION = new Text(
      "Жазбада рөлді ешкім атқармайтын тапсырмалар: рөлге адам тағайындаңыз не тапсырманы қайта беріңіз",
      "Задачи, роль по которым никто не исполняет: назначьте исполнителя роли или передайте задачу");
  public static final Text GROUP_TASKS = new Text("{0}: Топтың тапсырмалары", "{0}: Задачи группы");
  public static final Text GROUP_TASKS_DESCRIPTION = new Text("«{0}» тобының барлық тапсырмалары",
      "Все задачи группы «{0}»");
  public static final Text OVERDUE = new Text("{0}: Мерзімі өткен", "{0}: Просроченные");
  public static final Text OVERDUE_DESCRIPTION = new Text("«{0}» тобының мерзімі өткен тапсырмалары",
      "Просроченные задачи группы «{0}»");
  public static final Text DUE_THIS_WEEK = new Text("{0}: Осы аптада", "{0}: На этой неделе");
  public static final Text DUE_THIS_WEEK_DESCRIPTION = new Text("«{0}» тобының осы аптада орындалатын тапсырмалары",
      "Задачи группы «{0}» со сроком на этой неделе");

  private static final Map<String, String> RUSSIAN = new HashMap<>();

  static {
    for (Text text : new Text[] {MY_WORK, MY_WORK_DESCRIPTION, MY_TASKS, MY_TASKS_DESCRIPTION, MY_GROUPS_TASKS,
        MY_GROUPS_TASKS_DESCRIPTION, UNROUTED, UNROUTED_DESCRIPTION}) {
      RUSSIAN.put(text.kk(), text.ru());
    }
    for (Role role : Role.values()) {
      for (Text text : new Text[] {GROUP_TASKS, GROUP_TASKS_DESCRIPTION, OVERDUE, OVERDUE_DESCRIPTION, DUE_THIS_WEEK,
          DUE_THIS_WEEK_DESCRIPTION}) {
        RUSSIAN.put(text.kk(role), text.ru(role));
      }
    }
  }

  private TasklistFilterNames() {
  }

  /** The Russian for a filter's Kazakh name or description; another text (an administrator's own) stays. */
  public static String russian(String kazakh) {
    return RUSSIAN.getOrDefault(kazakh, kazakh);
  }

  /** A text in both languages; {0} is a role's name where the text is a role's. */
  public record Text(String kk, String ru) {

    public String kk(Role role) {
      return MessageFormat.format(kk, role.kazakhName());
    }

    public String ru(Role role) {
      return MessageFormat.format(ru, role.russianName());
    }
  }
}
