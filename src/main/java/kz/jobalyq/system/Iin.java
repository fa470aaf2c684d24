package kz.jobalyq.system;

/**
 * The individual identification number (ЖСН / ИИН) of the Republic of Kazakhstan: twelve digits, the
 * last a check digit over the first eleven (weights 1–11, or 3–11, 1, 2 when the first sum leaves 10).
 */
public final class Iin {

  private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

  private Iin() {
  }

  /** What is wrong with {@code iin}, or null when it is a valid number. */
  public static String problem(String iin) {
    if (iin == null || !iin.matches("\\d{12}")) {
      return "must be exactly 12 digits";
    }
    int check = checkDigit(iin);
    if (check == 10) {
      return "is not a valid number (no check digit possible)";
    }
    if (check != iin.charAt(11) - '0') {
      return "check digit does not match (expected " + check + ")";
    }
    return null;
  }

  public static boolean isValid(String iin) {
    return problem(iin) == null;
  }

  static int checkDigit(String iin) {
    int check = weightedSum(iin, FIRST_WEIGHTS) % 11;
    return check == 10 ? weightedSum(iin, SECOND_WEIGHTS) % 11 : check;
  }

  private static int weightedSum(String iin, int[] weights) {
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (iin.charAt(i) - '0') * weights[i];
    }
    return sum;
  }
}
