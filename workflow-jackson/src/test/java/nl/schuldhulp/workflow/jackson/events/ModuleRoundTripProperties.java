package nl.schuldhulp.workflow.jackson.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.jackson.Draws;
import nl.schuldhulp.workflow.jackson.WorkflowModule;
import nl.schuldhulp.workflow.testkit.junit.ForAll;
import nl.schuldhulp.workflow.testkit.junit.PropertyTest;
import nl.schuldhulp.workflow.testkit.property.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events inside a user's document round-trip exactly through a mapper with the {@link
 * WorkflowModule}, each written as the same JSON as its {@link EventJson} line (issue 5, R-03).
 */
class ModuleRoundTripProperties {
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new WorkflowModule()).build();
  private static final EventJson JSON = EventJson.ofDefaults();

  /** A user's document holding a case's events. */
  record Export(String tenantId, List<Event> events) {}

  static Gen<List<Event>> streams() {
    return Draws.gen(EventGenerator::stream);
  }

  @PropertyTest(tries = 300)
  void eventsInAUsersDocumentReadBackEqualAndAreWrittenAsTheirLines(@ForAll("streams") List<Event> events) {
    Export export = new Export("utrecht", events);

    String json = MAPPER.writeValueAsString(export);

    assertThat(MAPPER.readValue(json, Export.class)).isEqualTo(export);
    var written = MAPPER.readTree(json).get("events");
    for (int i = 0; i < events.size(); i++) {
      assertThat(written.get(i)).isEqualTo(MAPPER.readTree(JSON.write(events.get(i))));
    }
  }
}
