package kz.jobalyq.planning.programme;

import kz.jobalyq.system.i18n.Messages;

/** Where a planning document is in its life cycle (A1 §61; A2 §80–90, §110–119). */
public enum StateProgrammeStatus {
  JUSTIFICATION("Әзірлеу қажеттігінің негіздемесі"),
  REGIONAL_REVIEW("Өңірлік даму жөніндегі уәкілетті органның қарауында"),
  SPA_CONCLUSION("Мемлекеттік жоспарлау жөніндегі уәкілетті органның қорытындысы"),
  ENDORSEMENT("Консультативтік-кеңесші органның мақұлдауында"),
  NOT_ENDORSED("Мақұлданбады"),
  PRESIDENTIAL_DECISION("Президенттің шешімі күтілуде"),
  REJECTED("Әзірлеу туралы шешім қабылданбады"),
  LISTING("Мемлекеттік бағдарламалар тізбесіне енгізілуде"),
  ON_LIST("Мемлекеттік бағдарламалар тізбесінде"),
  DRAFTING("Әзірленуде (жария талқылау)"),
  AGREEMENT("Келісуде"),
  APPROVAL("Бекітуде"),
  APPROVED("Бекітілді"),
  IMPLEMENTING("Іске асырылуда"),
  EVALUATION("Бағалануда"),
  CORRECTION("Түзетілуде"),
  CLOSED("Аяқталды");

  private final String kazakhName;

  StateProgrammeStatus(String kazakhName) {
    this.kazakhName = kazakhName;
  }

  public String kazakhName() {
    return kazakhName;
  }

  /** The name in the language of the request being served (the {@code programme.status.*} messages). */
  public String displayName() {
    return Messages.text("programme.status." + name());
  }

  /** The life cycle ended here: no task of the document is open any more. */
  public boolean isFinal() {
    return this == NOT_ENDORSED || this == REJECTED || this == CLOSED;
  }
}
