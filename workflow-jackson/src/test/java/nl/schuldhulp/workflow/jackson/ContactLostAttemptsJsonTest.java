package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/** The R-66 values of the signal rules in JSON: written only when not the defaults, read back. */
class ContactLostAttemptsJsonTest {

  @Test
  void writesAndReadsTheContactAttemptsClosingAsContactLostNeeds() {
    WorkflowDefinition definition = SampleDefinitions.minimal().toBuilder()
        .signals(SignalRules.defaults().withContactLostAttempts(4, 3)).build();

    String json = WorkflowJson.write(definition);

    assertThat(json).contains("\"contactLostAttempts\"", "\"contactLostChannels\"");
    assertThat(WorkflowJson.readDefinition(json).signals()).isEqualTo(definition.signals());
  }

  @Test
  void leavesTheDefaultsOut() {
    assertThat(WorkflowJson.write(SampleDefinitions.minimal())).doesNotContain("contactLost");
    assertThat(WorkflowJson.readDefinition(WorkflowJson.write(SampleDefinitions.minimal())).signals().contactLostAttempts())
        .isEqualTo(SignalRules.DEFAULT_CONTACT_LOST_ATTEMPTS);
  }
}
