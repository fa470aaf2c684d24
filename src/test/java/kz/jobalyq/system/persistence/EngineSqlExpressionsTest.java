package kz.jobalyq.system.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.jobalyq.IntegrationTest;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.ognl.Node;
import org.apache.ibatis.ognl.enhance.ExpressionAccessor;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Once the engine is built, the expressions of its SQL mappings are compiled, and a statement renders the same SQL
 * with the same parameters as through OGNL's interpreter.
 */
@IntegrationTest
class EngineSqlExpressionsTest {

  @Autowired
  private ProcessEngineConfiguration engineConfiguration;

  private Configuration mybatis() {
    return ((ProcessEngineConfigurationImpl) engineConfiguration).getDbSqlSessionFactory().getSqlSessionFactory()
        .getConfiguration();
  }

  @Test
  void nearlyEveryExpressionOfTheEnginesMappingsIsCompiled() {
    EngineSqlExpressions.Result result = EngineSqlExpressions.compile(mybatis(), true);
    assertThat(result.statements()).isGreaterThan(500);
    assertThat(result.expressions()).isGreaterThan(600);
    // what stays with OGNL: arithmetic, static calls, indexes
    assertThat(result.compiled()).isGreaterThan(result.expressions() * 95 / 100);
  }

  @Test
  void aTaskQueryRendersTheSameSqlAsThroughTheInterpreter() {
    TaskQueryImpl query = (TaskQueryImpl) new TaskQueryImpl()
        .taskCandidateGroupIn(List.of("project-lead", "planning-unit")).includeAssignedTasks()
        .taskNameLike("%Өзгерту%").processInstanceBusinessKeyLike("CR-2026-%")
        .taskDefinitionKeyIn("review", "decision").dueBefore(new Date())
        .or().taskAssignee("lead").taskCandidateUser("lead").endOr()
        .orderByDueDate().asc().orderByTaskCreateTime().desc();
    query.setFirstResult(0);
    query.setMaxResults(15);

    // as the engine renders it: in a command (the query's candidate groups are the user's, from the identity service)
    ((ProcessEngineConfigurationImpl) engineConfiguration).getCommandExecutorTxRequired().execute(context -> {
      for (String statement : new String[] {"selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria"}) {
        MappedStatement mapped = mybatis().getMappedStatement(statement);
        BoundSql compiled = mapped.getBoundSql(query);
        Map<Node, Object> accessors = withoutCompiledForms();
        BoundSql interpreted;
        try {
          interpreted = mapped.getBoundSql(query);
        } finally {
          accessors.forEach((node, form) -> node.setAccessor((ExpressionAccessor) form));
        }
        assertThat(accessors).as("compiled expressions switched off for the comparison").isNotEmpty();
        assertThat(compiled.getSql()).isEqualTo(interpreted.getSql()).contains("ASSIGNEE_");
        assertThat(names(compiled)).isEqualTo(names(interpreted));
      }
      return null;
    });
  }

  /** Takes the compiled forms off MyBatis's nodes, for the interpreter to render; returns them. */
  private static Map<Node, Object> withoutCompiledForms() {
    Map<Node, Object> taken = new IdentityHashMap<>();
    for (Object value : EngineSqlExpressions.expressionCache().values()) {
      if (value instanceof Node node && node.getAccessor() instanceof CompiledExpression form) {
        taken.put(node, form);
        node.setAccessor(null);
      }
    }
    return taken;
  }

  private static Set<String> names(BoundSql sql) {
    Set<String> names = new HashSet<>();
    for (ParameterMapping mapping : sql.getParameterMappings()) {
      names.add(mapping.getProperty() + "=" + (sql.hasAdditionalParameter(mapping.getProperty())
          ? sql.getAdditionalParameter(mapping.getProperty()) : "(query)"));
    }
    return names;
  }
}
