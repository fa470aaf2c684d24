package kz.jobalyq.system.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL every pooled connection starts with {@value #SETTINGS}.
 *
 * <p>Why: the engine checks authorisation by joining each task with the reader's authorisation rows on
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}, an OR that cannot be hashed. With one grant row per task
 * and candidate, a ministry-wide group has as many rows as open tasks, and the planner, which cannot estimate
 * {@code PERMS_ & ? = ?} in a cached (generic) plan, takes it for a handful and joins every task with a
 * materialised copy of all of them: quadratic, 40-60 s for a Tasklist count at 25,000 tasks of a group
 * (bench/run --tasklist). Without materialisation the only plan left for that join probes the authorisation
 * index once per task: linear. The engine's other statements are index lookups that never needed it.
 *
 * <p>And without JIT compilation: PostgreSQL compiles a statement whose estimated cost passes
 * {@code jit_above_cost}, and the authorisation conditions of a task list (whose cost per row the planner
 * overestimates) pass it at a few thousand tasks: 530 ms of compilation for a 65 ms list at 50,000 open tasks.
 * Short statements, each run once per request, never earn compilation back.
 */
@Component
public class PostgresSessionSettings implements BeanPostProcessor {

  static final String SETTINGS = "SET enable_material = off; SET jit = off";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl()) && pool.getConnectionInitSql() == null) {
      pool.setConnectionInitSql(SETTINGS);
    }
    return bean;
  }

  static boolean isPostgres(String jdbcUrl) {
    return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
  }
}
