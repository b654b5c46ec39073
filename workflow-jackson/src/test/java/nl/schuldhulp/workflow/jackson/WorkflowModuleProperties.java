package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testkit.junit.ForAll;
import nl.schuldhulp.workflow.testkit.junit.PropertyTest;
import nl.schuldhulp.workflow.testkit.property.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * A mapper with the {@link WorkflowModule} writes every definition as the same JSON as {@link
 * WorkflowJson#write}, so a definition in a user's document is a definition file.
 * Generated definitions are valid in shape, not sound, so reading back is the example tests' part.
 */
class WorkflowModuleProperties {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new WorkflowModule()).build();

  static Gen<WorkflowDefinition> definitions() {
    return DefinitionGenerator.DEFINITIONS;
  }

  @PropertyTest(tries = 300)
  void theModuleWritesEveryDefinitionAsTheFileFormat(@ForAll("definitions") WorkflowDefinition definition) {
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(definition)))
        .isEqualTo(MAPPER.readTree(WorkflowJson.write(definition)));
  }
}
