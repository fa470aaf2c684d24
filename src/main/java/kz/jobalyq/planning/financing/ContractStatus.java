package kz.jobalyq.planning.financing;

/** A registered contract: signed and waiting for its first payment, in payment, or terminated by GC 6.5. */
public enum ContractStatus {
  SIGNED("Қол қойылды, төлем жоқ"),
  IN_PAYMENT("Төлемдер жүргізілуде"),
  AUTO_TERMINATED("Автоматты түрде тоқтатылды (3 жыл төлемсіз)");

  private final String kazakhName;

  ContractStatus(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }
}
