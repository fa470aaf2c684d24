package kz.jobalyq.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One read of the HTTP session per request instead of two. Spring Session saves a session when the response is
 * committed and again when its filter ends; the second save first asks the repository for the session it has just
 * saved, to compare its id (spring-session issue 1731, open). With sessions in the database that is a transaction
 * and the deserialisation of every attribute, on every webapp request: about a millisecond, a twentieth of a
 * Tasklist list call. Within one request, after a save, the repository now answers that session itself; the
 * request's first read, and every other request, still reads the database, so a change made on another node is
 * seen as before.
 */
@Configuration(proxyBeanMethods = false)
public class SessionSavedOnce {

  /** The sessions saved so far in this thread's request; null outside a request's session handling. */
  private static final ThreadLocal<Map<String, Session>> SAVED = new ThreadLocal<>();

  /** Opens the request's memory around Spring Session's filter, so that it never outlives the request. */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> sessionSavedOnceFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new RequestScope());
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
    return registration;
  }

  @Bean
  static BeanPostProcessor sessionSavedOnceRepository() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof JdbcIndexedSessionRepository)) {
          return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new SavedSessionAnswers());
        return proxy.getProxy(bean.getClass().getClassLoader());
      }
    };
  }

  static final class RequestScope extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Map<String, Session> outer = SAVED.get();
      SAVED.set(new HashMap<>());
      try {
        chain.doFilter(request, response);
      } finally {
        if (outer == null) {
          SAVED.remove();
        } else {
          SAVED.set(outer);
        }
      }
    }
  }

  /** Remembers what the request saved; answers a read of it from memory; forgets a deleted session. */
  static final class SavedSessionAnswers implements MethodInterceptor {
    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
      Map<String, Session> saved = SAVED.get();
      Object[] arguments = invocation.getArguments();
      if (saved == null || arguments.length != 1) {
        return invocation.proceed();
      }
      switch (invocation.getMethod().getName()) {
        case "findById" -> {
          Session known = saved.get((String) arguments[0]);
          if (known != null && !known.isExpired()) {
            return known;
          }
        }
        case "deleteById" -> saved.remove((String) arguments[0]);
        default -> {
        }
      }
      Object answer = invocation.proceed();
      if ("save".equals(invocation.getMethod().getName()) && arguments[0] instanceof Session session) {
        saved.put(session.getId(), session);
      }
      return answer;
    }
  }
}
