package kz.jobalyq.hiring;

/** Where a call stands; the public page shows calls from {@link #OPEN} on. */
public enum HiringCallStatus {
  AWAITING_APPROVAL("Бекітуді күтуде", false),
  IN_REVISION("Пысықтауда", false),
  OPEN("Өтінімдер қабылданады", true),
  UNDER_REVIEW("Өтінімдер қаралуда", true),
  INTERVIEW_SCHEDULED("Сұхбат тағайындалды", true),
  CONCLUSION_SIGNING("Қорытынды қол қоюда", true),
  CONCLUDED("Қорытынды жарияланды", true),
  AWAITING_REPUBLICATION("Қайта жариялау туралы шешім күтілуде", true),
  APPOINTED("Кандидат тағайындалды", true),
  HIRED("Шарт жасалды", true),
  CLOSED("Жабылды", true);

  private final String kazakhName;
  private final boolean published;

  HiringCallStatus(String kazakhName, boolean published) {
    this.kazakhName = kazakhName;
    this.published = published;
  }

  public String kazakhName() {
    return kazakhName;
  }

  public boolean isPublished() {
    return published;
  }
}
