package kz.jobalyq.system.process;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine configuration's lists of plugins' additions (parse listeners, job handlers, interceptors…) may be
 * null or shared with other engines of the JVM: a plugin adds to a copy of its own and sets that.
 */
public final class EngineLists {

  private EngineLists() {
  }

  /** A mutable copy of {@code configured}, empty if the engine has none yet. */
  public static <T> List<T> copyOf(List<T> configured) {
    return configured == null ? new ArrayList<>() : new ArrayList<>(configured);
  }
}
