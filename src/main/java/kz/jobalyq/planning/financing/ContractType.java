package kz.jobalyq.planning.financing;

/**
 * Kinds of contracts signed to implement the agreement (SC 2.2 budget lines; GC 6). Audit and evaluation
 * contracts and addenda to signed contracts may be signed after the M36 cut-off (GC 6.2):
 * {@code dmn/contract-signing-cutoff.dmn} says which.
 */
public enum ContractType {
  SERVICE("Қызмет көрсету келісімшарты"),
  GRANT("Грант"),
  FRAMEWORK("Негіздемелік келісімшарт"),
  SUPPLY("Жеткізу келісімшарты"),
  WORKS("Жұмыстар келісімшарты"),
  CONTRIBUTION("Қаржылай үлес туралы келісім (ЭЫДҰ)"),
  AUDIT("Аудит келісімшарты"),
  EVALUATION("Бағалау келісімшарты"),
  ADDENDUM("Қол қойылған келісімшартқа қосымша");

  private final String kazakhName;

  ContractType(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }

  /** An addendum changes a signed contract; payments are made on the contract itself. */
  public boolean receivesPayments() {
    return this != ADDENDUM;
  }
}
