package kz.jobalyq.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.util.OnCommittedResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With {@code jobalyq.web.server-timing=true} (JOBALYQ_SERVER_TIMING; off unless asked), every response carries the
 * CPU its request thread spent, as a standard {@code Server-Timing: cpu;dur=<ms>} header: the browser's developer
 * tools show it, and the benchmark prints it per step, so that where a scenario's CPU goes is read per REST call
 * rather than guessed from a whole-process profile. Counted up to the moment the response is committed: everything
 * the call does for its answer, the engine's command and our filters included.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "jobalyq.web.server-timing", havingValue = "true")
public class ServerTiming {

  static final String HEADER = "Server-Timing";

  @Bean
  FilterRegistrationBean<CpuTime> serverTimingFilter() {
    FilterRegistrationBean<CpuTime> registration = new FilterRegistrationBean<>(new CpuTime());
    registration.setName("jobalyq-server-timing");
    // Around every other filter, ours and Spring Security's: sign-in and session work are the call's too.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static final class CpuTime extends OncePerRequestFilter {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (!threads.isCurrentThreadCpuTimeSupported()) {
        chain.doFilter(request, response);
        return;
      }
      long started = threads.getCurrentThreadCpuTime();
      Timed timed = new Timed(response, started);
      chain.doFilter(request, timed);
      // An answer without a body (204) is committed only after the filters: it gets the whole call's time.
      timed.stamp();
    }

    private final class Timed extends OnCommittedResponseWrapper {
      private final long started;
      private boolean stamped;

      Timed(HttpServletResponse response, long started) {
        super(response);
        this.started = started;
      }

      @Override
      protected void onResponseCommitted() {
        stamp();
      }

      void stamp() {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (stamped || response.isCommitted()) {
          return;
        }
        stamped = true;
        double millis = (threads.getCurrentThreadCpuTime() - started) / 1_000_000.0;
        response.addHeader(HEADER, String.format(Locale.ROOT, "cpu;dur=%.2f;desc=\"request thread CPU\"", millis));
      }
    }
  }
}
