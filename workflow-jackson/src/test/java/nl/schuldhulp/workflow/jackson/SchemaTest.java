package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.NormSource;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Track;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped JSON Schema (draft 2020-12) accepts every example definition in the repository and
 * rejects every invalid fixture, and it names the same closed sets as the Java model.
 */
class SchemaTest {
  private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every {@code *.json} below a {@code workflows} folder of any module, except invalid ones. */
  private static List<Path> definitionFiles(boolean invalid) throws IOException {
    try (Stream<Path> files = Files.walk(REPOSITORY)) {
      return files
          .filter(file -> file.toString().endsWith(".json"))
          .filter(file -> !file.toString().contains("/target/"))
          .filter(file -> file.toString().contains("/src/") && file.toString().contains("/workflows/"))
          .filter(file -> file.toString().contains("/workflows/invalid/") == invalid)
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void schemaIsAValidDraft202012Schema() throws IOException {
    Schema metaSchema =
        DefinitionSchema.REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    String schema;
    try (InputStream in = WorkflowJson.class.getResourceAsStream(WorkflowJson.SCHEMA_RESOURCE)) {
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(metaSchema.validate(schema, InputFormat.JSON)).isEmpty();
  }

  @Test
  void everyExampleDefinitionInTheRepositoryValidatesAndReads() throws IOException {
    List<Path> files = definitionFiles(false);

    assertThat(files).extracting(file -> file.getFileName().toString()).contains("kanteling-mini.json", "minimaal.json");
    for (Path file : files) {
      assertThat(DefinitionSchema.errors(read(file))).as("schema errors in %s", file).isEmpty();
      assertThat(WorkflowJson.readDefinition(file)).as("definition in %s", file).isNotNull();
    }
  }

  @Test
  void everyInvalidFixtureIsRejectedByTheSchemaAndByTheReader() throws IOException {
    List<Path> files = definitionFiles(true);

    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Path file : files) {
      assertThat(schemaRejects(read(file))).as("schema rejects %s", file).isTrue();
      assertThatThrownBy(() -> WorkflowJson.readDefinition(file))
          .as("reader rejects %s", file)
          .isInstanceOf(InvalidDefinitionException.class);
    }
  }

  private static boolean schemaRejects(String json) {
    try {
      return !DefinitionSchema.errors(json).isEmpty();
    } catch (RuntimeException notJson) {
      return true;
    }
  }

  @Test
  void schemaNamesTheSameConstantsAsTheJavaEnums() {
    JsonNode defs = schemaTree().get("$defs");

    assertEnum(defs, "phase", Phase.values());
    assertEnum(defs, "organisationKind", OrganisationKind.values());
    assertEnum(defs, "track", Track.values());
    assertEnum(defs, "entryChannel", EntryChannel.values());
    assertEnum(defs, "leadKind", LeadKind.values());
    assertEnum(defs, "handoverMode", HandoverMode.values());
    assertEnum(defs, "activityKind", ActivityKind.values());
    assertEnum(defs, "normSource", NormSource.values());
    assertEnum(defs, "closureType", ClosureType.values());
    assertEnum(defs, "flag", Flag.values());
    assertEnum(defs, "appointmentKind", AppointmentKind.values());
  }

  @Test
  void schemaNamesTheSameGuardsMilestonesAndTermUnitsAsTheReader() {
    JsonNode defs = schemaTree().get("$defs");

    assertThat(names(defs.get("guard").get("properties"))).containsExactlyElementsOf(DefinitionBinder.GUARDS);
    assertThat(names(defs.get("milestone").get("properties"))).containsExactlyElementsOf(DefinitionBinder.MILESTONES);
    assertThat(names(defs.get("term").get("properties"))).containsExactlyElementsOf(DefinitionBinder.TERM_UNITS.keySet());
  }

  private static JsonNode schemaTree() {
    try (InputStream in = WorkflowJson.class.getResourceAsStream(WorkflowJson.SCHEMA_RESOURCE)) {
      return JsonMapper.shared().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> names(JsonNode object) {
    return new ArrayList<>(object.propertyNames());
  }

  private static void assertEnum(JsonNode defs, String name, Enum<?>[] constants) {
    List<String> values = new ArrayList<>();
    defs.get(name).get("enum").forEach(value -> values.add(value.asString()));
    assertThat(values).as(name).containsExactlyElementsOf(Arrays.stream(constants).map(Enum::name).collect(Collectors.toList()));
  }
}
