package nl.schuldhulp.workflow.examples;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schuldhulp.workflow.testkit.VerificationReport;
import nl.schuldhulp.workflow.testkit.WorkflowVerifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled municipal definition is sound by both checks of the testkit (issue 6, issue 7):
 * a seeded property check over generated command sequences against the standard invariants
 * (one regie holder per kind, no regie gap, replay equals state, refused commands change nothing,
 * norm statuses consistent with the events, ...), and a complete model check (every step
 * reachable, a closure reachable from every state, every transition able to fire).
 */
class ExampleDefinitionsVerifiedTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("nl.schuldhulp.workflow.examples.ExampleDefinitions#ids")
  void exampleDefinitionIsSoundByPropertiesAndByExhaustiveExploration(String id) {
    VerificationReport report =
        WorkflowVerifier.of(ExampleDefinitions.load(id)).commands(1_000).seed(42).check();

    report.assertPassed();
    assertThat(report.model().complete()).as("exploration finished within its bound").isTrue();
    assertThat(report.model().states()).as("states explored").isPositive();
  }
}
