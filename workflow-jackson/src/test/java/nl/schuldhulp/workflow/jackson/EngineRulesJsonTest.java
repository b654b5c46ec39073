package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/**
 * The engine rules added to the definition in JSON, written only when not the defaults and read
 * back: the R-66 contact attempts of the signal rules and the R-58 readiness criteria of the policy.
 */
class EngineRulesJsonTest {

  @Test
  void writesAndReadsTheContactAttemptsClosingAsContactLostNeeds() {
    WorkflowDefinition definition = SampleDefinitions.minimal().toBuilder()
        .signals(SignalRules.defaults().withContactLostAttempts(4, 3)).build();

    String json = WorkflowJson.write(definition);

    assertThat(json).contains("\"contactLostAttempts\"", "\"contactLostChannels\"");
    assertThat(WorkflowJson.readDefinition(json).signals()).isEqualTo(definition.signals());
  }

  @Test
  void writesAndReadsTheReadinessCriteria() {
    WorkflowDefinition minimal = SampleDefinitions.minimal();
    WorkflowDefinition definition = minimal.toBuilder()
        .policy(minimal.policy().withReadinessCriteria(List.of("motivatie", "oplosbaarheid"))).build();

    String json = WorkflowJson.write(definition);

    assertThat(json).contains("\"readinessCriteria\"");
    assertThat(WorkflowJson.readDefinition(json).policy()).isEqualTo(definition.policy());
  }

  @Test
  void leavesTheDefaultsOut() {
    assertThat(WorkflowJson.write(SampleDefinitions.minimal())).doesNotContain("contactLost", "readinessCriteria");
    assertThat(WorkflowJson.readDefinition(WorkflowJson.write(SampleDefinitions.minimal())).signals().contactLostAttempts())
        .isEqualTo(SignalRules.DEFAULT_CONTACT_LOST_ATTEMPTS);
  }
}
