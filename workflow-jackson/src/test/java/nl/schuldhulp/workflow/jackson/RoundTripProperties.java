package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testkit.junit.ForAll;
import nl.schuldhulp.workflow.testkit.junit.PropertyTest;
import nl.schuldhulp.workflow.testkit.property.Gen;
import nl.schuldhulp.workflow.testkit.property.Property;
import nl.schuldhulp.workflow.testkit.property.PropertyResult;
import org.junit.jupiter.api.Test;

/**
 * Writing a definition and reading it back gives an equal definition, for generated definitions
 * covering every guard, milestone, term unit, enum constant and default (R-04: a definition is
 * stored and read back unchanged). Reads without the semantic check: generated definitions are
 * valid in shape, not sound.
 */
class RoundTripProperties {
  private static final DefinitionReader SHAPE_ONLY = new DefinitionReader(Limits.DEFAULTS, SemanticCheck.NONE);

  static WorkflowDefinition readShapeOnly(String json) {
    return SHAPE_ONLY.read("(written)", trees -> trees.read(new StringReader(json)));
  }

  static Gen<WorkflowDefinition> definitions() {
    return DefinitionGenerator.DEFINITIONS;
  }

  @PropertyTest(tries = 1_000)
  void writingAndReadingBackGivesAnEqualDefinition(@ForAll("definitions") WorkflowDefinition definition) {
    assertThat(readShapeOnly(WorkflowJson.write(definition))).isEqualTo(definition);
  }

  @PropertyTest(tries = 200)
  void everyWrittenDefinitionValidatesAgainstTheSchema(@ForAll("definitions") WorkflowDefinition definition) {
    assertThat(DefinitionSchema.errors(WorkflowJson.write(definition))).isEmpty();
  }

  @Test
  void shrinkingDropsEverythingTheFailureDoesNotNeed() {
    PropertyResult<WorkflowDefinition> result = Property.forAll(definitions()).seed(7L)
        .check(definition -> definition.steps().stream().allMatch(step -> step.transitions().isEmpty()));

    assertThat(result).isInstanceOf(PropertyResult.Failed.class);
    WorkflowDefinition shrunk = ((PropertyResult.Failed<WorkflowDefinition>) result).shrunk();
    assertThat(shrunk.steps()).singleElement().satisfies(step -> {
      assertThat(step.transitions()).hasSize(1);
      assertThat(step.tasks()).isEmpty();
      assertThat(step.leads()).isEmpty();
    });
    assertThat(shrunk.organisations()).isEmpty();
    assertThat(shrunk.norms()).isEmpty();
    assertThat(shrunk.exits()).isEmpty();
  }
}
