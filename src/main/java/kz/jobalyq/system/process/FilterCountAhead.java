package kz.jobalyq.system.process;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kz.jobalyq.system.security.AuthorizationBookkeepingPerRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.FilterServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tasklist's page of a filter (HAL) carries the filter's tasks and their count, and the engine's REST resource asks
 * the two one after the other: at 100,000 open tasks the count is about as long as the list (bench/run --tasklist),
 * so a person waited for both. Here, when the request is the HAL page of that very filter (GET or POST
 * {@code …/filter/{id}/list}, {@code Accept: application/hal+json}, whose resource always asks the count next with
 * the same extending query), the count starts on a second connection as the list starts, under the caller's engine
 * authentication and on a copy of the extending query, and the count asked next in the same request takes its
 * answer. Same statements, same access rules, one wait instead of two. A JSON list asks no count and gets none
 * ahead; when all counting threads are busy, or the query cannot be copied, the count is asked after the list as
 * before.
 *
 * <p>The same page read its filter three times: the resource reads it to learn its kind, then the list and the count
 * each read it again, each with the reader's authorisation check on the filter — two statements and a rendering of
 * the engine's authorisation SQL each. On such a page the filter the resource read (so the reader was authorised to
 * read it, in this request) is kept on the request, and the list and the count are run on copies of it extended
 * with their queries, as the engine's own commands extend a filter they read: one read and one check per page. The
 * count, the same reader's in the same request, is lent what the request has learnt of the reader's authorisations
 * ({@link AuthorizationBookkeepingPerRequest}) instead of asking it again.
 */
@Component
public class FilterCountAhead extends AbstractProcessEnginePlugin implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(FilterCountAhead.class);
  /** Counts running at once; one more page asked meanwhile counts after its list (the pool has 20 connections). */
  static final int THREADS = 4;
  private static final String PENDING = FilterCountAhead.class.getName() + ".pending.";
  private static final String READ = FilterCountAhead.class.getName() + ".read.";
  private static final AtomicLong ANSWERED_AHEAD = new AtomicLong();

  private final ThreadPoolExecutor counters = new ThreadPoolExecutor(0, THREADS, 60, TimeUnit.SECONDS,
      new SynchronousQueue<>(), daemonThreads());

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFilterService(new Service(configuration));
  }

  @Override
  public void destroy() {
    counters.shutdownNow();
  }

  /** How many counts were answered from one started ahead (for tests). */
  static long answeredAhead() {
    return ANSWERED_AHEAD.get();
  }

  private final class Service extends FilterServiceImpl {

    private final ProcessEngineConfigurationImpl configuration;

    Service(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public Filter getFilter(String filterId) {
      Filter filter = super.getFilter(filterId);
      HttpServletRequest request = halPageRequest(filterId);
      if (request != null && filter instanceof FilterEntity read) {
        request.setAttribute(READ + filterId, read);
      }
      return filter;
    }

    @SuppressWarnings("unchecked")
    @Override
    public <T, Q extends Query<?, T>> List<T> listPage(String filterId, Q extendingQuery, int firstResult,
        int maxResults) {
      HttpServletRequest request = halPageRequest(filterId);
      if (request == null) {
        return super.listPage(filterId, extendingQuery, firstResult, maxResults);
      }
      FilterEntity read = extendingQuery == null ? null : (FilterEntity) request.getAttribute(READ + filterId);
      if (read == null) {
        startCount(request, filterId, extendingQuery, null);
        return super.listPage(filterId, extendingQuery, firstResult, maxResults);
      }
      request.removeAttribute(READ + filterId);
      // Copied here, one after the other: the list and the count each get a filter and a query of their own.
      startCount(request, filterId, extendingQuery, read);
      FilterEntity forList = copyOf(read);
      return (List<T>) commandExecutor.execute(new ExecuteFilterListPageCmd(filterId, extendingQuery, firstResult,
          maxResults) {
        @Override
        protected Filter getFilter(CommandContext commandContext) {
          return extended(forList, this.extendingQuery);
        }
      });
    }

    @Override
    public <T, Q extends Query<?, T>> List<T> list(String filterId, Q extendingQuery) {
      HttpServletRequest request = halPageRequest(filterId);
      if (request != null) {
        startCount(request, filterId, extendingQuery, null);
      }
      return super.list(filterId, extendingQuery);
    }

    @Override
    public Long count(String filterId, Query<?, ?> extendingQuery) {
      HttpServletRequest request = currentRequest();
      Object pending = request == null ? null : request.getAttribute(PENDING + filterId);
      if (!(pending instanceof Future<?> started)) {
        return super.count(filterId, extendingQuery);
      }
      request.removeAttribute(PENDING + filterId);
      try {
        Long count = (Long) started.get();
        ANSWERED_AHEAD.incrementAndGet();
        return count;
      } catch (ExecutionException e) {
        // The engine's own exception (not authorised to read the filter, say), as the count would have thrown it.
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return super.count(filterId, extendingQuery);
      }
    }

    /**
     * Starts the page's count on a counting thread; on a copy of {@code read} (the filter this request has read)
     * when given, else reading the filter as the engine does.
     */
    private void startCount(HttpServletRequest request, String filterId, Query<?, ?> extendingQuery,
        FilterEntity read) {
      if (extendingQuery != null && !(extendingQuery instanceof TaskQuery)) {
        return; // only task queries have a converter to copy them: any other count follows the list
      }
      Query<?, ?> copy;
      FilterEntity forCount;
      try {
        copy = extendingQuery == null ? null : copyOf((TaskQuery) extendingQuery);
        forCount = read == null ? null : copyOf(read);
      } catch (RuntimeException e) {
        LOG.debug("The extending query of filter {} cannot be copied; its count follows the list", filterId, e);
        return;
      }
      IdentityService identity = configuration.getIdentityService();
      Authentication caller = identity.getCurrentAuthentication();
      Object bookkeeping = AuthorizationBookkeepingPerRequest.ofThisRequest();
      try {
        request.setAttribute(PENDING + filterId, counters.submit(() -> {
          identity.setAuthentication(caller);
          try {
            return AuthorizationBookkeepingPerRequest.lentTo(bookkeeping, () -> forCount == null
                ? super.count(filterId, copy)
                : commandExecutor.execute(new ExecuteFilterCountCmd(filterId, copy) {
                  @Override
                  protected Filter getFilter(CommandContext commandContext) {
                    return extended(forCount, this.extendingQuery);
                  }
                }));
          } finally {
            identity.clearAuthentication();
          }
        }));
      } catch (RejectedExecutionException busy) {
        // Every counting thread is busy: this page counts after its list, as the engine does.
      }
    }
  }

  /**
   * A filter of its own for one command, as reading it from its row gives: its query made anew from the stored form
   * (a query extended from another shares parts of it, and the engine fills in a query as it runs it).
   */
  static FilterEntity copyOf(FilterEntity filter) {
    FilterEntity copy = new FilterEntity(filter.getResourceType());
    copy.setId(filter.getId());
    copy.setName(filter.getName());
    copy.setOwner(filter.getOwner());
    copy.setQueryInternal(filter.getQueryInternal());
    copy.setPropertiesInternal(filter.getPropertiesInternal());
    return copy;
  }

  /** The filter extended with a query inside a command, as the engine's filter commands extend the one they read. */
  private static Filter extended(FilterEntity filter, Query<?, ?> extendingQuery) {
    ((AbstractQuery<?, ?>) extendingQuery).validate();
    return filter.extend(extendingQuery);
  }

  /** The current request if it is the HAL page of this filter, else null. */
  private static HttpServletRequest halPageRequest(String filterId) {
    HttpServletRequest request = currentRequest();
    if (request == null || !request.getRequestURI().endsWith("/filter/" + filterId + "/list")) {
      return null;
    }
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("application/hal+json") ? request : null;
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? attributes.getRequest() : null;
  }

  /**
   * A copy of the extending query, so that the list and the count never share a query object (the engine fills in
   * a query's expressions and caches as it runs it): written and read by the engine's own converter for task
   * queries, the one that keeps every criterion of a saved filter.
   */
  static TaskQuery copyOf(TaskQuery query) {
    JsonTaskQueryConverter converter = new JsonTaskQueryConverter();
    return converter.toObject(converter.toJsonObject(query));
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger number = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "filter-count-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
