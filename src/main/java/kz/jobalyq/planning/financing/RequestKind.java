package kz.jobalyq.planning.financing;

/** What a party asks of the agreement (EU-FINANCING.md "Routing"). */
public enum RequestKind {
  EXTENSION("EXT", "Кезеңді ұзарту"),
  AMENDMENT("AMD", "Келісімге өзгеріс"),
  CONTINGENCY("CNT", "Күтпеген шығыстар резервін пайдалану");

  private final String prefix;
  private final String kazakhName;

  RequestKind(String prefix, String kazakhName) {
    this.prefix = prefix;
    this.kazakhName = kazakhName;
  }

  /** The request's number is {@code <prefix>-<agreement number>-<n>}. */
  public String prefix() {
    return prefix;
  }

  public String kazakhName() {
    return kazakhName;
  }
}
