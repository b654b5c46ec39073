package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.jackson.events.EventFormatException;
import nl.schuldhulp.workflow.jackson.events.EventJson;
import nl.schuldhulp.workflow.jackson.events.EventProblem;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Definitions and events inside a user's own JSON document, read and written by their own mapper. */
class WorkflowModuleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new WorkflowModule()).build();
  private static final EventJson EVENTS = EventJson.ofDefaults();

  /** A vendor's own document: a tenant with its definition and a case's events. */
  record Tenant(String tenantId, WorkflowDefinition definition, List<Event> events) {}

  @Test
  void aTenantWithTheKantelingAndItsEventsRoundTripsToAnEqualValue() {
    Tenant tenant = new Tenant("utrecht", SampleDefinitions.kanteling(), goldenEvents());

    String json = MAPPER.writeValueAsString(tenant);

    assertThat(MAPPER.readValue(json, Tenant.class)).isEqualTo(tenant);
  }

  @Test
  void valuesAreWrittenInTheFormatsOfTheFileAndTheEventLine() {
    Tenant tenant = new Tenant("utrecht", SampleDefinitions.minimal(), goldenEvents());

    var tree = MAPPER.readTree(MAPPER.writeValueAsString(tenant));

    assertThat(tree.get("definition")).isEqualTo(MAPPER.readTree(WorkflowJson.write(tenant.definition())));
    assertThat(tree.get("events").get(1)).isEqualTo(MAPPER.readTree(EVENTS.write(tenant.events().get(1))));
  }

  @Test
  void findAndAddModulesFindsTheModuleByItself() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    Tenant tenant = new Tenant("utrecht", SampleDefinitions.kanteling(), goldenEvents());

    assertThat(found.registeredModules()).hasAtLeastOneElementOfType(WorkflowModule.class);
    assertThat(found.readValue(found.writeValueAsString(tenant), Tenant.class)).isEqualTo(tenant);
  }

  @Test
  void aModuleWithOwnEventsAddedAfterDiscoveryReplacesTheDiscoveredOne() {
    WorkflowModule own = WorkflowModule.withEvents(EVENTS);

    JsonMapper mapper = JsonMapper.builder().findAndAddModules().addModule(own).build();

    assertThat(mapper.registeredModules().stream().filter(WorkflowModule.class::isInstance))
        .singleElement()
        .isSameAs(own);
  }

  @Test
  void anEventInAnOlderSchemaIsUpcastByTheModulesEventJson() {
    String current = EVENTS.write(goldenEvents().get(2));
    String older = current.replace("\"schema\":2", "\"schema\":1").replace("\"previousStep\"", "\"from\"");

    Event read = MAPPER.readValue(older, Event.class);

    assertThat(older).contains("\"schema\":1", "\"from\"");
    assertThat(read).isEqualTo(goldenEvents().get(2));
  }

  @Test
  void aDefinitionWithSeveralProblemsInADocumentReportsEveryOneUnderItsPointer() {
    String definition = WorkflowJson.write(SampleDefinitions.minimal())
        .replace("\"version\": 1,", "\"version\": \"een\", \"lable\": \"x\",")
        .replace("\"REGISTRATION\"", "\"REGISTRATIE\"");
    String document = "{\n  \"tenantId\": \"utrecht\",\n  \"definition\": " + definition + "}";

    InvalidDefinitionException problems = causeOf(document, InvalidDefinitionException.class);

    assertThat(problems.source()).isEqualTo("at /definition");
    assertThat(problems.problems())
        .extracting(JsonProblem::pointer)
        .containsExactly("/definition/version", "/definition/lable", "/definition/steps/0/phase");
    assertThat(problems.problems())
        .extracting(problem -> "line " + problem.line() + ", column " + problem.column())
        .containsExactly(
            Problems.at(document, "\"een\""), Problems.at(document, "\"lable\""), Problems.at(document, "\"REGISTRATIE\""));
  }

  @Test
  void aSemanticProblemInADocumentPointsIntoTheDocument() {
    String definition = WorkflowJson.write(SampleDefinitions.minimal())
        .replace("{\"to\": \"afronding\"}", "{\"to\": \"afrondng\"}");
    String document = "{\"tenants\": [{\"tenantId\": \"utrecht\", \"definition\": " + definition + "}]}";

    InvalidDefinitionException problems = causeOf(document, Tenants.class, InvalidDefinitionException.class);

    assertThat(problems.problems()).isNotEmpty().allSatisfy(problem ->
        assertThat(problem.pointer()).startsWith("/tenants/0/definition/"));
    assertThat(problems.problems())
        .extracting(JsonProblem::pointer)
        .contains("/tenants/0/definition/steps/0/transitions/0/to");
  }

  /** A document with a list of tenants. */
  record Tenants(List<Tenant> tenants) {}

  @Test
  void malformedJsonInsideADefinitionIsOneSyntaxProblemWithItsPlace() {
    String document = "{\"tenantId\": \"utrecht\",\n \"definition\": {\"formatVersion\": 1, \"id\": ]}}";

    InvalidDefinitionException problems = causeOf(document, InvalidDefinitionException.class);

    assertThat(problems.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(JsonProblem.SYNTAX);
      assertThat(problem.pointer()).isEqualTo("/definition/id");
      assertThat("line " + problem.line() + ", column " + problem.column()).isEqualTo(Problems.at(document, "]"));
    });
  }

  @Test
  void aDefinitionReadOnItsOwnFailsWithAJacksonExceptionCarryingTheProblems() {
    String definition = WorkflowJson.write(SampleDefinitions.minimal()).replace("\"version\": 1,", "\"version\": 0,");

    DatabindException thrown =
        catchThrowableOfType(DatabindException.class, () -> MAPPER.readValue(definition, WorkflowDefinition.class));

    assertThat(thrown.getCause()).isInstanceOfSatisfying(InvalidDefinitionException.class, problems -> {
      assertThat(problems.source()).isEqualTo("at (root)");
      assertThat(problems.problems()).extracting(JsonProblem::pointer).containsExactly("/version");
    });
    assertThat(thrown.getMessage()).contains(thrown.getCause().getMessage());
  }

  @Test
  void withoutWrappedExceptionsTheCallerStillGetsTheJacksonException() {
    JsonMapper unwrapped = JsonMapper.builder().addModule(new WorkflowModule())
        .disable(DeserializationFeature.WRAP_EXCEPTIONS).build();
    String document = "{\"tenantId\": \"utrecht\", \"definition\": {}}";

    DatabindException thrown =
        catchThrowableOfType(DatabindException.class, () -> unwrapped.readValue(document, Tenant.class));

    assertThat(thrown.getCause()).isInstanceOf(InvalidDefinitionException.class);
  }

  @Test
  void anEventOfAnUnknownTypeFailsWithItsPointerAndLineInTheDocument() {
    String first = EVENTS.write(goldenEvents().get(0));
    String unknown = EVENTS.write(goldenEvents().get(1)).replace("\"LeadAssigned\"", "\"LeadAsigned\"");
    String document = "{\"tenantId\": \"utrecht\", \"events\": [\n" + first + ",\n" + unknown + "]}";

    EventFormatException problems = causeOf(document, EventFormatException.class);

    assertThat(problems.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.kind()).isEqualTo(EventProblem.Kind.UNKNOWN_EVENT_TYPE);
      assertThat(problem.pointer()).isEqualTo("/events/1/type");
      assertThat(problem.line()).isEqualTo(3);
    });
  }

  @Test
  void anEventWithBadMembersListsEveryProblem() {
    String bad = EVENTS.write(goldenEvents().get(2))
        .replace("\"REGISTRATION\"", "\"REGISTRATIE\"")
        .replace("\"version\":3", "\"version\":\"drie\"");
    String document = "{\"tenantId\": \"utrecht\", \"events\": [" + bad + "]}";

    EventFormatException problems = causeOf(document, EventFormatException.class);

    assertThat(problems.problems())
        .extracting(EventProblem::pointer)
        .containsExactlyInAnyOrder("/events/0/version", "/events/0/change/phase");
  }

  @Test
  void anEventThatIsNotAnObjectIsATypeProblemAtItsPlace() {
    EventFormatException problems = causeOf("{\"tenantId\": \"utrecht\", \"events\": [\"StepEntered\"]}",
        EventFormatException.class);

    assertThat(problems.problems()).extracting(EventProblem::pointer, EventProblem::kind)
        .containsExactly(tuple("/events/0", EventProblem.Kind.TYPE));
  }

  @Test
  void anEventFormatExceptionNeedsAtLeastOneProblem() {
    assertThatThrownBy(() -> new EventFormatException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one problem");
  }

  @Test
  void nullAndAbsentMembersAreNullAsJacksonDoesForAnyType() {
    Tenant read = MAPPER.readValue("{\"tenantId\": \"utrecht\", \"definition\": null}", Tenant.class);

    assertThat(read).isEqualTo(new Tenant("utrecht", null, null));
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(read)).get("definition").isNull()).isTrue();
  }

  @Test
  void aNullEventInAListIsNullAsJacksonDoesForAnyElement() {
    String document = "{\"tenantId\": \"utrecht\", \"events\": [null]}";

    assertThat(MAPPER.readValue(document, Tenant.class).events()).containsExactly((Event) null);
  }

  private static <T extends RuntimeException> T causeOf(String document, Class<T> cause) {
    return causeOf(document, Tenant.class, cause);
  }

  private static <T extends RuntimeException> T causeOf(String document, Class<?> type, Class<T> cause) {
    DatabindException thrown = catchThrowableOfType(DatabindException.class, () -> MAPPER.readValue(document, type));
    assertThat(thrown).as("readValue must fail").isNotNull();
    assertThat(thrown.getCause()).isInstanceOf(cause);
    return cause.cast(thrown.getCause());
  }

  private static List<Event> goldenEvents() {
    try (InputStream in = WorkflowModuleTest.class.getResourceAsStream("/events/golden.jsonl")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return EVENTS.readLines(text).subList(0, 3);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}
