package kz.jobalyq.system.numbering;

import java.time.Year;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the human-readable numbers that become business keys: {@code PRJ-2026-0007} (a prefix and
 * year with a yearly counter) or {@code CR-PRJ-2026-0007-3} (a counter under a parent record).
 */
@Service
public class RecordNumbers {

  private final RecordNumberCounterRepository counters;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate separately;

  public RecordNumbers(RecordNumberCounterRepository counters, JdbcTemplate jdbc,
      PlatformTransactionManager transactions) {
    this.counters = counters;
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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

  /**
   * Locks the scope's counter row for the rest of the caller's transaction, so parallel registrations wait
   * for each other. {@code SELECT … FOR UPDATE} locks nothing while the row does not exist, so the first
   * record of a scope creates the row first, committed on its own (a parallel creator of the same row waits
   * on the primary key, then finds it there), and then locks it like every later one.
   */
  private int next(String scope) {
    RecordNumberCounter counter = counters.lockByScope(scope).orElse(null);
    if (counter == null) {
      createCounter(scope);
      counter = counters.lockByScope(scope)
          .orElseThrow(() -> new IllegalStateException("record number counter " + scope + " was not created"));
    }
    return counter.next();
  }

  private void createCounter(String scope) {
    try {
      separately.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO record_number_counter (scope, last_value) VALUES (?, 0)", scope));
    } catch (DuplicateKeyException createdByAnother) {
      // A parallel registration created it first: it is there to lock.
    }
  }
}
