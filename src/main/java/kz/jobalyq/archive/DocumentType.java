package kz.jobalyq.archive;

/** What a document of the project archive is, in the users' words (GLOSSARY.md). */
public enum DocumentType {
  CHARTER("Жоба жарғысы", "Устав проекта"),
  CHANGE_SHEET("Өзгеріске сұрау салу. Өзгерту парағы", "Запрос на изменение. Лист изменений"),
  FINAL_REPORT("Жобаның аяқталуы туралы қорытынды есеп", "Итоговый отчёт о завершении проекта"),
  MINUTES("Кеңестің хаттамасы", "Протокол совещания"),
  INTERVIEW_RECORDING("Әңгімелесудің бейне және аудио жазбасы", "Видео- и аудиозапись собеседования"),
  INTERVIEW_CONCLUSION("Әңгімелесу қорытындысы", "Заключение по итогам собеседования"),
  MANAGEMENT_PLAN("Жобаны басқару жоспары", "План управления проектом"),
  OTHER("Басқа құжат", "Другой документ");

  private final String kazakhName;
  private final String russianName;

  DocumentType(String kazakhName, String russianName) {
    this.kazakhName = kazakhName;
    this.russianName = russianName;
  }

  public String kazakhName() {
    return kazakhName;
  }

  public String russianName() {
    return russianName;
  }

  /** Interview recordings are kept as references to the recording, not uploaded (§9.4): video is too large. */
  public boolean referenceOnly() {
    return this == INTERVIEW_RECORDING;
  }
}
