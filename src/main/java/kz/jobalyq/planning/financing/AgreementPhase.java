package kz.jobalyq.planning.financing;

/** The two phases of the execution period (GC 4.1); either can be extended (GC 4.4–4.5). */
public enum AgreementPhase {
  OPERATIONAL("Операциялық кезең"),
  CLOSURE("Аяқтау кезеңі");

  private final String kazakhName;

  AgreementPhase(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }
}
