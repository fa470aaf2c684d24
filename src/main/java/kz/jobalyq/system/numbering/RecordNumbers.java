package kz.jobalyq.system.numbering;

import java.time.Year;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the human-readable numbers that become business keys: {@code PRJ-2026-0007} (a prefix and
 * year with a yearly counter) or {@code CR-PRJ-2026-0007-3} (a counter under a parent record).
 */
@Service
public class RecordNumbers {

  private final RecordNumberCounterRepository counters;

  public RecordNumbers(RecordNumberCounterRepository counters) {
    this.counters = counters;
  }

  /** {@code PREFIX-YYYY-NNNN}, counted per prefix and year. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String yearly(String prefix, Year year) {
    String scope = prefix + "-" + year.getValue();
    return scope + "-" + String.format("%04d", next(scope));
  }

  /** {@code PARENT-N}, counted per parent record. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String under(String parentNumber, String prefix) {
    String scope = prefix + "-" + parentNumber;
    return scope + "-" + next(scope);
  }

  private int next(String scope) {
    RecordNumberCounter counter = counters.lockByScope(scope)
        .orElseGet(() -> counters.saveAndFlush(new RecordNumberCounter(scope)));
    return counter.next();
  }
}
