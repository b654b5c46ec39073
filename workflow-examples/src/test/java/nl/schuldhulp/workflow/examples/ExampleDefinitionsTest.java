package nl.schuldhulp.workflow.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.validation.DefinitionValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Every bundled example loads through the JSON reader and validates without problems (issue 7). */
class ExampleDefinitionsTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startBeanValidation() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stopBeanValidation() {
    factory.close();
  }

  static List<String> examples() {
    return ExampleDefinitions.ids();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void loadsAndHasNoValidationProblems(String example) {
    WorkflowDefinition definition = ExampleDefinitions.load(example);

    assertThat(DefinitionValidator.validate(definition, validator).problems())
        .as("validation problems of %s", example)
        .isEmpty();
  }

  /** A vendor's own document holding a municipality's definition, read and written by their own mapper. */
  record Tenant(String municipality, WorkflowDefinition definition) {}

  @ParameterizedTest
  @MethodSource("examples")
  void roundTripsInsideAVendorsOwnDocumentThroughWorkflowModule(String example) {
    WorkflowDefinition definition = ExampleDefinitions.load(example);
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    String json = mapper.writeValueAsString(new Tenant(example, definition));

    assertThat(mapper.readValue(json, Tenant.class)).isEqualTo(new Tenant(example, definition));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void keepsTheLegalNormsExactlyAsTheLawStatesThemWithoutWaivers(String example) {
    WorkflowDefinition definition = ExampleDefinitions.load(example);

    assertThat(definition.waivers()).isEmpty();
    assertThat(definition.norms()).containsAll(Norms.legal());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void describesTheSourceAndTheDefaultsChosen(String example) {
    WorkflowDefinition definition = ExampleDefinitions.load(example);

    assertThat(definition.description())
        .contains("Kaart")
        .contains("Keuzes waar de bronnen zwijgen");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void closesPositivelyNegativelyAndOnLostContact(String example) {
    WorkflowDefinition definition = ExampleDefinitions.load(example);

    assertThat(definition.exits())
        .extracting(exit -> exit.type().name())
        .contains("POSITIVE", "NEGATIVE", "CONTACT_LOST");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void entersTheSolutionPhaseOnlyThroughATransitionThatRequiresAccess(String example) {
    WorkflowDefinition definition = ExampleDefinitions.load(example);
    Set<String> withoutAccess = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    definition.entryPoints().forEach(entry -> todo.push(entry.step()));
    while (!todo.isEmpty()) {
      Step step = definition.step(todo.pop()).orElseThrow();
      if (withoutAccess.add(step.id())) {
        step.transitions().stream()
            .filter(transition -> !requiresAccess(transition.guard()))
            .forEach(transition -> todo.push(transition.to()));
      }
    }

    assertThat(withoutAccess)
        .as("steps of %s reachable without an access decision", example)
        .noneMatch(id -> definition.step(id).orElseThrow().phase() == Phase.SOLUTION);
  }

  private static boolean requiresAccess(Guard guard) {
    return guard == Guard.accessGranted()
        || guard instanceof Guard.AllOf all
            && all.guards().stream().anyMatch(ExampleDefinitionsTest::requiresAccess);
  }

  @Test
  void bundlesExactlyTheListedExamples() throws IOException, URISyntaxException {
    Path folder = Path.of(ExampleDefinitions.class.getResource(ExampleDefinitions.FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(
              ExampleDefinitions.ids().stream().map(id -> id + ".json").toList());
    }
  }

  @Test
  void coversEveryPracticeOfTheSources() {
    assertThat(ExampleDefinitions.loadAll())
        .extracting(WorkflowDefinition::municipality)
        .containsOnly(
            "Utrecht",
            "Amersfoort",
            "Amsterdam",
            "Arnhem",
            "Enschede",
            "Haarlemmermeer",
            "Midden-Drenthe",
            "Rotterdam",
            "Tilburg",
            "Zeeuws-Vlaanderen (Terneuzen, Hulst, Sluis)",
            "Zwolle")
        .hasSize(14);
  }

  @Test
  void namesEachExampleByItsDefinitionIdExceptTheVersionsOfOneDefinition() {
    for (String example : ExampleDefinitions.ids()) {
      WorkflowDefinition definition = ExampleDefinitions.load(example);
      if (example.startsWith("utrecht-2021") || example.startsWith("utrecht-kanteling")) {
        assertThat(definition.id()).isEqualTo("utrecht-kanteling");
      } else {
        assertThat(definition.id()).isEqualTo(example);
      }
    }
  }

  @Test
  void rejectsAnUnknownExample() {
    assertThatThrownBy(() -> ExampleDefinitions.load("utrecht"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("utrecht-kanteling-2016");
  }
}
