package kz.jobalyq.system.persistence;

import java.util.List;
import kz.jobalyq.system.TextLimits;
import kz.jobalyq.system.i18n.BadInput;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every text our tables store is checked against its column before it is written, whichever way it came (our
 * API, a form through a delegate, a service): longer than the column, holding the NUL character (PostgreSQL
 * refuses it) or missing where required is an {@link IllegalArgumentException} naming the field, which our
 * API answers 400 and the engine REST API answers 400 on the form ({@code BadInputPlugin}) — not a database
 * error with its SQL. The limits are the entities' own {@code @Column} declarations.
 */
@Configuration
public class ColumnLimits implements PreInsertEventListener, PreUpdateEventListener {

  @Bean
  HibernatePropertiesCustomizer columnLimitsListener() {
    return properties -> properties.put("hibernate.integrator_provider",
        (IntegratorProvider) () -> List.of(new Registration(this)));
  }

  @Override
  public boolean onPreInsert(PreInsertEvent event) {
    check(event.getPersister(), event.getState());
    return false;
  }

  @Override
  public boolean onPreUpdate(PreUpdateEvent event) {
    check(event.getPersister(), event.getState());
    return false;
  }

  static void check(EntityPersister persister, Object[] state) {
    for (int i = 0; i < persister.getNumberOfAttributeMappings(); i++) {
      AttributeMapping attribute = persister.getAttributeMapping(i);
      if (!(attribute instanceof BasicValuedModelPart column) || !column.isInsertable()) {
        continue;
      }
      Object value = state[attribute.getStateArrayPosition()];
      String field = attribute.getAttributeName();
      if (value == null) {
        if (!column.isNullable() && !attribute.isPluralAttributeMapping()) {
          throw BadInput.of(field, "input.required");
        }
        continue;
      }
      if (value instanceof String text) {
        TextLimits.requireNoNul(field, text);
        if (column.getLength() != null) {
          TextLimits.requireMaxLength(field, text, column.getLength());
        }
      }
    }
  }

  /** Hooks the listener into Hibernate's events when the entity manager factory is built. */
  private record Registration(ColumnLimits listener) implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
        SessionFactoryImplementor sessionFactory) {
      EventListenerRegistry registry = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
      registry.appendListeners(EventType.PRE_INSERT, listener);
      registry.appendListeners(EventType.PRE_UPDATE, listener);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory,
        org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
      // nothing held
    }
  }
}
