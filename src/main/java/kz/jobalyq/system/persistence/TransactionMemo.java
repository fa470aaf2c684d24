package kz.jobalyq.system.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Entities found once per database transaction (a JPQL query always goes to the database, even for an entity the
 * transaction's persistence context already holds; see {@code ProjectLookup} for why it matters). Only managed
 * entities of the same transaction are kept (so a change made to one in this transaction is what the next reader
 * sees), only found ones (a record created later in the transaction is looked for again), and everything is
 * forgotten when the transaction ends. A value that a write of the same transaction would make incomplete (a
 * record's list of decisions, when one more is saved) is {@linkplain #forget forgotten} by that write. Outside a
 * transaction every call reads.
 */
public final class TransactionMemo<V> {

  /**
   * The entity known by {@code key} in this transaction, else what {@code query} finds, kept under every key
   * {@code keys} names for it (an id and a number).
   */
  public Optional<V> get(Object key, Supplier<Optional<V>> query, Function<V, List<Object>> keys) {
    Map<Object, V> found = current();
    if (found == null) {
      return query.get();
    }
    V known = found.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<V> loaded = query.get();
    loaded.ifPresent(value -> keys.apply(value).forEach(each -> found.put(each, value)));
    return loaded;
  }

  /** The value kept under {@code key} is read again next time (this transaction has just changed it). */
  public void forget(Object key) {
    Map<Object, V> found = current();
    if (found != null) {
      found.remove(key);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<Object, V> current() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<Object, V> found = (Map<Object, V>) TransactionSynchronizationManager.getResource(this);
    if (found == null) {
      Map<Object, V> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(this, fresh);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        // A transaction of its own inside this one (REQUIRES_NEW) has another persistence context: it must not
        // be handed this one's entities.
        @Override
        public void suspend() {
          TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
        }

        @Override
        public void resume() {
          TransactionSynchronizationManager.bindResource(TransactionMemo.this, fresh);
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
        }
      });
      found = fresh;
    }
    return found;
  }
}
