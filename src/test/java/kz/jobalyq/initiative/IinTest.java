package kz.jobalyq.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import kz.jobalyq.system.Iin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The IIN check of the initiative passport: twelve digits and the check digit. */
class IinTest {

  @ParameterizedTest(name = "{0} is valid")
  @CsvSource({"850501300129", "901215400234", "000101500041"})
  void validNumbers(String iin) {
    assertThat(Iin.problem(iin)).isNull();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "850501300128 | check digit does not match (expected 9)",
      "85050130012  | must be exactly 12 digits",
      "8505013001290| must be exactly 12 digits",
      "85050130012A | must be exactly 12 digits"})
  void invalidNumbers(String iin, String problem) {
    assertThat(Iin.problem(iin)).isEqualTo(problem);
  }
}
