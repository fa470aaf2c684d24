package kz.jobalyq.system.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without letting anyone lock another person out. Camunda's own lock counts
 * wrong passwords per user, so an anonymous client could keep any account locked; here they are counted per
 * user <em>and client address</em>: after {@link #FREE_ATTEMPTS} wrong passwords from one address, that
 * address waits ({@link #FIRST_WAIT}, then twice as long after each further wrong password, at most
 * {@link #MAX_WAIT}) before it may try that user again, while the user signs in from their own address as
 * usual. A right password clears the count.
 *
 * <p>Kept in memory (per node, forgotten at restart), bounded to {@link #MAX_ENTRIES} pairs.
 */
public class LoginThrottle {

  static final int FREE_ATTEMPTS = 5;
  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  /** Forgotten this long after the last wrong password. */
  static final Duration MEMORY = Duration.ofHours(1);
  static final int MAX_ENTRIES = 100_000;

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code address} must still wait before trying {@code user}'s password again; empty: it may try now. */
  public Optional<Duration> waitBefore(String user, String address) {
    Failures entry = failures.get(key(user, address));
    if (entry == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return entry.blockedUntil.isAfter(now) ? Optional.of(Duration.between(now, entry.blockedUntil))
        : Optional.empty();
  }

  public void failed(String user, String address) {
    Instant now = clock.instant();
    if (failures.size() >= MAX_ENTRIES) {
      forgetOld(now);
    }
    failures.compute(key(user, address), (key, entry) -> {
      int count = entry == null || entry.lastFailure.plus(MEMORY).isBefore(now) ? 1 : entry.count + 1;
      Instant blockedUntil = count <= FREE_ATTEMPTS ? now : now.plus(backoff(count - FREE_ATTEMPTS));
      return new Failures(count, now, blockedUntil);
    });
  }

  public void succeeded(String user, String address) {
    failures.remove(key(user, address));
  }

  private static Duration backoff(int excess) {
    Duration wait = FIRST_WAIT.multipliedBy(1L << Math.min(excess - 1, 10));
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }

  private void forgetOld(Instant now) {
    for (Iterator<Failures> it = failures.values().iterator(); it.hasNext(); ) {
      Failures entry = it.next();
      if (entry.lastFailure.plus(MEMORY).isBefore(now) && entry.blockedUntil.isBefore(now)) {
        it.remove();
      }
    }
    if (failures.size() >= MAX_ENTRIES) {
      // Under a flood of distinct names: start afresh rather than grow without bound.
      failures.clear();
    }
  }

  private static String key(String user, String address) {
    return user.strip().toLowerCase(java.util.Locale.ROOT) + '\u0000' + address;
  }

  private record Failures(int count, Instant lastFailure, Instant blockedUntil) {
  }
}
