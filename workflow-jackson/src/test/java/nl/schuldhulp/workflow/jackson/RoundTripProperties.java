package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
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

  @Test
  void writingAndReadingBackGivesAnEqualDefinition() {
    Property.forAll("round trip", 1_000, seed -> new DefinitionGenerator(seed).definition(),
        DefinitionShrinker::smaller, WorkflowJson::write,
        definition -> assertThat(readShapeOnly(WorkflowJson.write(definition))).isEqualTo(definition));
  }

  @Test
  void everyWrittenDefinitionValidatesAgainstTheSchema() {
    Property.forAll("written definitions match the schema", 200, seed -> new DefinitionGenerator(seed).definition(),
        DefinitionShrinker::smaller, WorkflowJson::write,
        definition -> assertThat(DefinitionSchema.errors(WorkflowJson.write(definition))).isEmpty());
  }

  @Test
  void shrinkingDropsEverythingTheFailureDoesNotNeed() {
    WorkflowDefinition failing = new DefinitionGenerator(7).definition();
    while (failing.steps().stream().allMatch(step -> step.transitions().isEmpty())) {
      failing = new DefinitionGenerator(failing.version() + 1000L).definition();
    }

    WorkflowDefinition shrunk = Property.shrink(failing, DefinitionShrinker::smaller,
        definition -> assertThat(definition.steps()).allMatch(step -> step.transitions().isEmpty()));

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
