package kz.jobalyq.system.forms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.jobalyq.system.i18n.Messages;

/**
 * Figures as a reader of a form expects them in Kazakhstan: dates 31.03.2026, times in Asia/Almaty, sums
 * with spaces between thousands and the tenge sign. Null stays null, so a form's {@code {{#if}}} hides it.
 */
public final class Display {

  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private Display() {
  }

  public static String date(LocalDate date) {
    return date == null ? null : DATE.format(date);
  }

  public static String date(Instant instant) {
    return instant == null ? null : DATE.format(instant.atZone(ALMATY));
  }

  public static String dateTime(Instant instant) {
    return instant == null ? null : DATE_TIME.format(instant.atZone(ALMATY));
  }

  /** 105000000.5 → "105 000 000,50 ₸" (whole sums without the decimals). */
  public static String money(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setGroupingSeparator(' ');
    symbols.setDecimalSeparator(',');
    boolean whole = amount.stripTrailingZeros().scale() <= 0;
    DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
    return format.format(amount.setScale(whole ? 0 : 2, RoundingMode.HALF_UP)) + " ₸";
  }

  /** A signed change: "+105 000 000 ₸" / "−1 000 000 ₸". */
  public static String moneyChange(BigDecimal amount) {
    if (amount == null) {
      return null;
    }
    return (amount.signum() > 0 ? "+" : amount.signum() < 0 ? "−" : "") + money(amount.abs());
  }

  public static String percent(Double value) {
    return value == null ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  /** Yes or no in the reader's language. */
  public static String yesNo(Boolean value) {
    return value == null ? null : Messages.text(value ? "display.yes" : "display.no");
  }
}
