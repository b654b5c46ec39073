package nl.schuldhulp.workflow.jackson.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.schuldhulp.workflow.casefile.ActivityOutcome;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.Phase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events written by an older version of the library are read into the current records (issue 5):
 * StepEntered schema 1 called the step left {@code "from"}; schema 2 calls it {@code "previousStep"}.
 * ActivityEnded schema 2 adds {@code "outcome"}, read off schema 1's reason (ADR 0023).
 */
class UpcastingTest {
  static final String STEP_ENTERED_SCHEMA_1 = "{\"type\":\"StepEntered\",\"schema\":1,\"caseId\":\"2026-0042\",\"version\":1,"
      + "\"at\":\"2026-03-02T09:00:00Z\",\"actor\":{\"client\":\"c-1\"},"
      + "\"change\":{\"step\":\"intake\",\"phase\":\"INTAKE\",\"from\":\"aanmelding\"}}";

  private static final EventJson JSON = EventJson.ofDefaults();

  @Test
  void readsAStepEnteredOfSchemaOneIntoTheCurrentRecord() {
    Event event = JSON.read(STEP_ENTERED_SCHEMA_1);

    assertThat(event.change()).isEqualTo(new Change.StepEntered("intake", Phase.INTAKE, "aanmelding"));
  }

  @Test
  void writesAnUpcastEventInTheCurrentSchema() {
    assertThat(JSON.write(JSON.read(STEP_ENTERED_SCHEMA_1)))
        .contains("\"schema\":2")
        .contains("\"change\":{\"step\":\"intake\",\"phase\":\"INTAKE\",\"previousStep\":\"aanmelding\"}");
  }

  @Test
  void importsAStreamMixingOldAndCurrentSchemas() {
    String current = STEP_ENTERED_SCHEMA_1.replace("\"schema\":1", "\"schema\":2").replace("\"version\":1", "\"version\":2")
        .replace("\"from\"", "\"previousStep\"");
    List<Event> events = JSON.readLines(STEP_ENTERED_SCHEMA_1 + "\n" + current + "\n");

    assertThat(events).extracting(Event::change).containsOnly(new Change.StepEntered("intake", Phase.INTAKE, "aanmelding"));
  }

  static String activityEndedSchemaOne(String reason) {
    return "{\"type\":\"ActivityEnded\",\"schema\":1,\"caseId\":\"2026-0042\",\"version\":1,"
        + "\"at\":\"2026-03-02T09:00:00Z\",\"actor\":{\"client\":\"c-1\"},\"change\":{\"activity\":\"P1\","
        + "\"kind\":\"CRISIS_INTERVENTION\",\"organisation\":\"weni\",\"reason\":\"" + reason + "\"}}";
  }

  @Test
  void readsAnActivityEndedOfSchemaOneThatClosingStoppedAsStoppedByClosure() {
    assertThat(JSON.read(activityEndedSchemaOne("case closed")).change()).isEqualTo(new Change.ActivityEnded(
        "P1", ActivityKind.CRISIS_INTERVENTION, "weni", "case closed", ActivityOutcome.STOPPED_BY_CLOSURE));
  }

  @Test
  void readsAnyOtherActivityEndedOfSchemaOneAsCompleted() {
    assertThat(JSON.read(activityEndedSchemaOne("afgewend")).change()).isEqualTo(new Change.ActivityEnded(
        "P1", ActivityKind.CRISIS_INTERVENTION, "weni", "afgewend", ActivityOutcome.COMPLETED));
    assertThat(JSON.write(JSON.read(activityEndedSchemaOne("afgewend"))))
        .contains("\"schema\":2")
        .endsWith("\"reason\":\"afgewend\",\"outcome\":\"COMPLETED\"}}");
  }

  @Test
  void anActivityEndedOfSchemaOneWithoutAReasonStillReportsOnlyTheMissingReason() {
    assertThat(ReadProblemsTest.problems(activityEndedSchemaOne("x").replace(",\"reason\":\"x\"", ""))).containsExactly(
        "line 1, /change/reason: missing member \"reason\" (after upcasting from schema 1) [MISSING]");
  }

  @Test
  void refusesTheOldNameInTheCurrentSchema() {
    String mixed = STEP_ENTERED_SCHEMA_1.replace("\"schema\":1", "\"schema\":2");

    assertThat(ReadProblemsTest.problems(mixed)).containsExactly(
        "line 1, /change/previousStep: missing member \"previousStep\" [MISSING]",
        "line 1, /change/from: unknown member \"from\"; expected one of: step, phase, previousStep [UNKNOWN_MEMBER]");
  }

  @Test
  void saysWhenAProblemWasFoundAfterUpcasting() {
    assertThat(ReadProblemsTest.problems(STEP_ENTERED_SCHEMA_1.replace("\"from\"", "\"van\""))).containsExactly(
        "line 1, /change/previousStep: missing member \"previousStep\" (after upcasting from schema 1) [MISSING]",
        "line 1, /change/van: unknown member \"van\"; expected one of: step, phase, previousStep"
            + " (after upcasting from schema 1) [UNKNOWN_MEMBER]");
  }

  @Test
  void reportsAFailingUpcasterAsAProblemOfItsLine() {
    EventJson failing = new EventJson(Limits.DEFAULTS, UpcasterChain.NONE.with(new Upcaster() {
      @Override
      public String type() {
        return "StepEntered";
      }

      @Override
      public int fromSchema() {
        return 1;
      }

      @Override
      public ObjectNode upcast(ObjectNode change) {
        throw new IllegalStateException("cannot upcast " + change.get("step"));
      }
    }));

    assertThat(ReadProblemsTest.problems(() -> failing.read(STEP_ENTERED_SCHEMA_1))).containsExactly(
        "line 1, /change: the upcaster of StepEntered from schema 1 failed: cannot upcast \"intake\" [UPCAST]");
  }

  @Test
  void registersOnlyUpcastersThatLeadToACurrentSchema() {
    assertThatThrownBy(() -> JSON.withUpcaster(Upcaster.renaming("StepEnterd", 1, "a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown event type StepEnterd; did you mean \"StepEntered\"?");
    assertThatThrownBy(() -> JSON.withUpcaster(Upcaster.renaming("StepEntered", 2, "a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an upcaster of StepEntered must read a schema from 1 to 1, not 2");
    assertThatThrownBy(() -> JSON.withUpcaster(Upcaster.renaming("StepEntered", 1, "a", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an upcaster of StepEntered from schema 1 is registered already");
    assertThatThrownBy(() -> Upcaster.renaming("StepEntered", 1, "from", "from"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("oldName and newName are both from");
  }

  @Test
  void renamingKeepsTheOrderOfMembers() {
    ObjectNode change = JsonNodeFactory.instance.objectNode()
        .put("step", "intake").put("from", "aanmelding").put("phase", "INTAKE");

    assertThat(Upcaster.renaming("StepEntered", 1, "from", "previousStep").upcast(change).propertyNames())
        .containsExactly("step", "previousStep", "phase");
  }
}
