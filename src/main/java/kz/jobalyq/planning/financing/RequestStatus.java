package kz.jobalyq.planning.financing;

/** Where a request stands. */
public enum RequestStatus {
  SUBMITTED("Қаралуда"),
  REFUSED_LATE("Мерзімі өтіп берілгені үшін қабылданбады"),
  APPROVED("Мақұлданды"),
  REFUSED("Мақұлданбады"),
  LAPSED("Мерзімінде шешілмеді"),
  WITHDRAWN("Кері қайтарылды");

  private final String kazakhName;

  RequestStatus(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }
}
