package kz.jobalyq.planning.financing;

/** A suspension: in force, resumed, termination notice given (GC 19.1), or the agreement terminated. */
public enum SuspensionStatus {
  IN_FORCE("Тоқтатыла тұру күшінде"),
  UNRESOLVED("4 ай ішінде шешілмеді"),
  RESUMED("Іске асыру қайта басталды"),
  NOTICE_GIVEN("Бұзу туралы хабарлама берілді"),
  TERMINATED("Келісім бұзылды");

  private final String kazakhName;

  SuspensionStatus(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }

  public boolean isOpen() {
    return this == IN_FORCE || this == UNRESOLVED || this == NOTICE_GIVEN;
  }
}
