package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/** The hand-written JSON fixtures read into exactly the definitions built in code. */
class KantelingFixtureTest {

  static Path resource(String name) {
    try {
      return Path.of(KantelingFixtureTest.class.getResource("/workflows/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void kantelingFileReadsAsTheKantelingBuiltInCode() {
    WorkflowDefinition read = WorkflowJson.readDefinition(resource("kanteling-mini.json"));

    assertThat(read).isEqualTo(SampleDefinitions.kanteling());
  }

  @Test
  void minimalFileReadsAsTheMinimalDefinitionBuiltInCode() {
    WorkflowDefinition read = WorkflowJson.readDefinition(resource("minimaal.json"));

    assertThat(read).isEqualTo(SampleDefinitions.minimal());
  }

  @Test
  void writtenKantelingReadsBackEqual() {
    String json = WorkflowJson.write(SampleDefinitions.kanteling());

    assertThat(WorkflowJson.readDefinition(json)).isEqualTo(SampleDefinitions.kanteling());
  }
}
