package kz.jobalyq.system.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import kz.jobalyq.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A modeller deploys from Camunda Modeler a file the engine cannot read: the answer is 400 naming the file, the
 * line and what is wrong (not a 500 with a log reference), and nothing is deployed.
 */
@IntegrationTest
class DeploymentParseProblemsTest {

  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  @Autowired
  private TestRestTemplate rest;
  @Autowired
  private RepositoryService repositoryService;

  @Test
  void aBpmnThatIsNotWellFormedXmlIsRefusedWithItsLineAndColumn() {
    String notWellFormed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="%s" id="Definitions_Broken" targetNamespace="x">
          <!-- a comment -- with two dashes -->
          <bpmn:process id="modeler-broken-xml" isExecutable="true" />
        </bpmn:definitions>
        """.formatted(BPMN_NS);

    JsonNode problem = refused("modeler-broken.bpmn", notWellFormed);

    assertThat(problem.path("line").asInt()).isEqualTo(3);
    assertThat(problem.path("column").asInt()).isPositive();
    assertThat(problem.path("message").asText()).contains("\"--\" is not permitted within comments");
  }

  @Test
  void aTableThatBreaksTheDmnSchemaIsRefusedWithItsLine() {
    String ruleWithoutOutput = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Broken" name="x" namespace="x">
          <decision id="modeler-broken-table" name="x"><decisionTable id="DecisionTable_Broken">
            <input id="Input_A"><inputExpression id="InputExpression_A" typeRef="string"><text>a</text></inputExpression></input>
            <output id="Output_B" name="b" typeRef="string" />
            <rule id="Rule_NoOutput"><inputEntry id="InputEntry_A"><text>"x"</text></inputEntry></rule>
          </decisionTable></decision>
        </definitions>
        """;

    JsonNode problem = refused("modeler-broken.dmn", ruleWithoutOutput);

    assertThat(problem.path("line").asInt()).isEqualTo(6);
    assertThat(problem.path("message").asText()).contains("'rule' is not complete");
  }

  @Test
  void aFormWhoseJsonDoesNotParseIsRefusedWithItsLineAndColumn() {
    JsonNode problem = refused("modeler-broken.form", "{\n  \"components\": [ { \"type\": \"textfield\", \"key\": ");

    assertThat(problem.path("line").asInt()).isEqualTo(2);
    assertThat(problem.path("column").asInt()).isPositive();
    assertThat(problem.path("message").asText()).contains("End of input");
  }

  /** Deploys the one file as Camunda Modeler does; asserts the 400 and that nothing was deployed. */
  private JsonNode refused(String fileName, String content) {
    return ModelerDeployments.refused(rest, repositoryService, "modeler-broken", fileName, content).problem();
  }
}
