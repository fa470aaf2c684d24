package kz.jobalyq.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * One JSON mapper for Camunda's REST applications, built once. Camunda's own resolver
 * ({@link JacksonConfigurator}) answers a new {@code ObjectMapper} at every lookup, and a task filter's list or
 * count converts its saved query through such a fresh mapper, which builds its deserializers again by
 * introspection: a tenth of a Tasklist call's CPU in a JFR recording of {@code bench/run --tasklist}. This resolver
 * has the same settings (Camunda's {@code configureObjectMapper}) and comes first ({@link Priority}); an
 * {@code ObjectMapper} configured once is safe to share between threads.
 *
 * <p>Jersey registers it in every server application it starts (a forced auto-discoverable, listed in
 * {@code META-INF/services}): {@code /engine-rest} of the REST starter and the webapps' {@code /camunda/api/engine},
 * which Tasklist and Cockpit call, and their Cockpit, Tasklist, Admin and Welcome APIs, which all register Camunda's
 * resolver alike. The webapps' applications are Camunda's own classes, so there is no other place to add it.
 */
@ConstrainedTo(RuntimeType.SERVER)
public class RestObjectMapper implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER
        && !context.getConfiguration().isRegistered(Resolver.class)) {
      context.register(Resolver.class);
    }
  }

  /** The resolver Jersey asks; public with a public constructor, as Jersey instantiates it. */
  @Provider
  @Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
  @Priority(1)
  public static class Resolver implements ContextResolver<ObjectMapper> {

    private static final AtomicLong LOOKUPS = new AtomicLong();

    @Override
    public ObjectMapper getContext(Class<?> type) {
      LOOKUPS.incrementAndGet();
      return Shared.MAPPER;
    }

    /** How many lookups this resolver answered: a test's proof that Jersey asks it, not Camunda's. */
    static long lookups() {
      return LOOKUPS.get();
    }
  }

  /** Built at the first lookup, when Camunda's date format (a static setting of its resolver) is in place. */
  private static final class Shared {
    static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
  }
}
