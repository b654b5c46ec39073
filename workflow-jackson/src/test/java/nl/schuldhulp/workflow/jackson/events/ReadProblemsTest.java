package nl.schuldhulp.workflow.jackson.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind of reading problem names its line, its JSON pointer and its kind, and nothing is read
 * when anything is wrong (issue 5).
 */
class ReadProblemsTest {
  static final String STEP = "{\"type\":\"StepEntered\",\"schema\":2,\"caseId\":\"2026-0042\",\"version\":1,"
      + "\"at\":\"2026-03-02T09:00:00Z\",\"actor\":{\"client\":\"c-1\"},"
      + "\"change\":{\"step\":\"intake\",\"phase\":\"INTAKE\",\"previousStep\":\"aanmelding\"}}";
  static final String HANDOVER = "{\"type\":\"LeadHandoverProposed\",\"schema\":1,\"caseId\":\"2026-0042\",\"version\":1,"
      + "\"at\":\"2026-03-02T09:00:00Z\",\"actor\":{\"organisation\":\"buurtteam\",\"role\":\"shv\",\"professional\":\"p-1\"},"
      + "\"change\":{\"kind\":\"PROCESS_LEAD\",\"from\":\"buurtteam\",\"to\":\"gemeente\",\"mode\":\"WARM\",\"reason\":\"stap\"}}";

  private static final EventJson JSON = EventJson.ofDefaults();

  @Test
  void readsTheBaseLinesUnchanged() {
    assertThat(JSON.readLines(STEP + "\n")).hasSize(1);
    assertThat(JSON.read(HANDOVER).change()).hasToString(
        "LeadHandoverProposed[kind=PROCESS_LEAD, from=buurtteam, to=gemeente, mode=WARM, reason=stap]");
  }

  @Test
  void reportsMalformedJsonWithTheColumn() {
    assertThat(problems(STEP.substring(0, 40))).singleElement().asString()
        .matches("line 1, \\(root\\): Unexpected end-of-input.* at column \\d+ \\[SYNTAX\\]");
  }

  @Test
  void reportsTextAfterTheEventAsSyntax() {
    assertThat(problems(STEP + " {}")).singleElement().asString().startsWith("line 1, (root): ").endsWith("[SYNTAX]");
  }

  @Test
  void reportsADuplicateMemberAsSyntaxRatherThanKeepingOne() {
    assertThat(problems(STEP.replace("\"version\":1,", "\"version\":1,\"version\":2,"))).singleElement().asString()
        .contains("Duplicate").contains("\"version\"").endsWith("[SYNTAX]");
  }

  @Test
  void reportsALineThatIsNotAnObject() {
    assertThat(problems("[1,2]")).containsExactly("line 1, (root): expected an object, found an array [TYPE]");
  }

  @Test
  void reportsAnEmptyText() {
    assertThat(problems(" ")).containsExactly("line 1, (root): no JSON value [SYNTAX]");
  }

  @Test
  void reportsAnUnknownEventTypeWithTheClosestName() {
    assertThat(problems(STEP.replace("\"StepEntered\"", "\"StepEnterd\""))).containsExactly(
        "line 1, /type: unknown event type \"StepEnterd\"; did you mean \"StepEntered\"? [UNKNOWN_EVENT_TYPE]");
  }

  @Test
  void reportsAMissingMemberAtItsPointer() {
    assertThat(problems(STEP.replace(",\"previousStep\":\"aanmelding\"", ""))).containsExactly(
        "line 1, /change/previousStep: missing member \"previousStep\" [MISSING]");
  }

  @Test
  void reportsAMissingEnvelopeMember() {
    assertThat(problems(STEP.replace("\"caseId\":\"2026-0042\",", ""))).containsExactly(
        "line 1, /caseId: missing member \"caseId\" [MISSING]");
  }

  @Test
  void reportsAWrongJsonType() {
    assertThat(problems(STEP.replace("\"version\":1", "\"version\":\"1\""))).containsExactly(
        "line 1, /version: expected a whole number, found text \"1\" [TYPE]");
    assertThat(problems(STEP.replace("\"caseId\":\"2026-0042\"", "\"caseId\":null"))).containsExactly(
        "line 1, /caseId: expected text, found null [TYPE]");
    assertThat(problems(STEP.replace("\"version\":1", "\"version\":1.0"))).containsExactly(
        "line 1, /version: expected a whole number, found a fractional number [TYPE]");
  }

  @Test
  void reportsAnUnknownMemberInsteadOfDroppingIt() {
    assertThat(problems(STEP.replace("\"phase\":\"INTAKE\",", "\"phase\":\"INTAKE\",\"colour\":\"red\","))).containsExactly(
        "line 1, /change/colour: unknown member \"colour\"; expected one of: step, phase, previousStep [UNKNOWN_MEMBER]");
    assertThat(problems(STEP.replace("\"previousStep\"", "\"previousStap\""))).containsExactly(
        "line 1, /change/previousStep: missing member \"previousStep\" [MISSING]",
        "line 1, /change/previousStap: unknown member \"previousStap\"; did you mean \"previousStep\"? [UNKNOWN_MEMBER]");
  }

  @Test
  void reportsAnUnknownConstantWithTheClosestOne() {
    assertThat(problems(STEP.replace("\"INTAKE\"", "\"INTAK\""))).containsExactly(
        "line 1, /change/phase: unknown value \"INTAK\"; did you mean \"INTAKE\"? [VALUE]");
  }

  @Test
  void reportsAValueTheRecordRefusesAtItsMember() {
    assertThat(problems(STEP.replace("\"step\":\"intake\"", "\"step\":\"  \""))).containsExactly(
        "line 1, /change/step: step must not be blank [VALUE]");
    assertThat(problems(STEP.replace("\"version\":1", "\"version\":0"))).containsExactly(
        "line 1, /version: 0 is out of range 1 to 9223372036854775807 [VALUE]");
  }

  @Test
  void reportsARuleAcrossMembersAtTheChange() {
    assertThat(problems(HANDOVER.replace("\"to\":\"gemeente\"", "\"to\":\"buurtteam\""))).containsExactly(
        "line 1, /change: a handover goes to another organisation than buurtteam [VALUE]");
  }

  @Test
  void reportsAnInstantThatIsNotIso8601() {
    assertThat(problems(STEP.replace("\"2026-03-02T09:00:00Z\"", "\"2 maart\""))).containsExactly(
        "line 1, /at: \"2 maart\" is not an ISO-8601 instant in UTC such as \"2026-03-02T09:30:00Z\" [VALUE]");
  }

  @Test
  void reportsBadCompositeValuesAtTheirParts() {
    assertThat(problems(STEP.replace("{\"client\":\"c-1\"}", "{\"client\":\"c-1\",\"role\":\"x\"}"))).containsExactly(
        "line 1, /actor/role: unknown member \"role\"; expected one of: client [UNKNOWN_MEMBER]");
    assertThat(problems(STEP.replace("{\"client\":\"c-1\"}", "{\"organisation\":\"g\",\"role\":\"c\"}"))).containsExactly(
        "line 1, /actor/professional: missing member \"professional\" [MISSING]");
  }

  @Test
  void reportsEveryProblemOfOneLine() {
    String line = STEP.replace("\"caseId\":\"2026-0042\",", "").replace("\"INTAKE\"", "3").replace("\"c-1\"", "\"\"");
    assertThat(problems(line)).containsExactly(
        "line 1, /caseId: missing member \"caseId\" [MISSING]",
        "line 1, /actor/client: client must not be blank [VALUE]",
        "line 1, /change/phase: expected text, found a whole number [TYPE]");
  }

  @Test
  void reportsANewerSchemaThanTheLibraryKnows() {
    assertThat(problems(STEP.replace("\"schema\":2", "\"schema\":3"))).containsExactly(
        "line 1, /schema: schema 3 of StepEntered is not known to this library, which reads schema 1 to 2 [SCHEMA]");
  }

  @Test
  void reportsAnOlderSchemaWithoutAnUpcaster() {
    EventJson withoutUpcasters = new EventJson(Limits.DEFAULTS, UpcasterChain.NONE);
    String line = STEP.replace("\"schema\":2", "\"schema\":1");
    assertThat(problems(() -> withoutUpcasters.read(line))).containsExactly(
        "line 1, /change: schema 1 of StepEntered cannot be read: no upcaster from it is registered [SCHEMA]");
  }

  @Test
  void importsNothingAndReportsEveryBadLineWithItsNumber() {
    String lines = String.join("\n", STEP, "", "{\"type\":", STEP.replace("\"version\":1", "\"version\":2").replace("INTAKE", "X"), "");
    assertThat(problems(() -> JSON.readLines(lines))).hasSize(2).satisfiesExactly(
        first -> assertThat(first).startsWith("line 3, (root): Unexpected end-of-input").endsWith("[SYNTAX]"),
        second -> assertThat(second).isEqualTo(
            "line 4, /change/phase: unknown value \"X\"; expected one of: EARLY_SIGNALLING, REGISTRATION, INTAKE, "
                + "STABILISATION, SOLUTION, AFTERCARE [VALUE]"));
  }

  @Test
  void reportsAMissingOrRepeatedVersionOfACase() {
    String two = STEP.replace("\"version\":1", "\"version\":2");
    String three = STEP.replace("\"version\":1", "\"version\":3");
    assertThat(problems(() -> JSON.readLines(String.join("\n", STEP, three)))).containsExactly(
        "line 2, /version: version 3 of case 2026-0042 follows version 1; expected 2 [SEQUENCE]");
    assertThat(problems(() -> JSON.readLines(String.join("\n", STEP, two, two)))).containsExactly(
        "line 3, /version: version 2 of case 2026-0042 follows version 2; expected 3 [SEQUENCE]");
    assertThat(problems(() -> JSON.readLines(two))).containsExactly(
        "line 1, /version: case 2026-0042 starts at version 2; expected 1 [SEQUENCE]");
  }

  @Test
  void readsTheVersionsOfEachCaseSeparately() {
    String other = STEP.replace("2026-0042", "2026-0043");
    assertThat(JSON.readLines(String.join("\r\n", STEP, other, STEP.replace("\"version\":1", "\"version\":2"))))
        .extracting(event -> event.caseId() + "#" + event.version())
        .containsExactly("2026-0042#1", "2026-0043#1", "2026-0042#2");
  }

  @Test
  void reportsTermAssigneeAndFollowUpShapes() {
    String deadline = "{\"type\":\"DeadlineExtended\",\"schema\":1,\"caseId\":\"c\",\"version\":1,\"at\":\"2026-03-02T09:00:00Z\","
        + "\"actor\":{\"client\":\"c-1\"},\"change\":{\"norm\":\"n\",\"by\":{\"weeks\":2,\"days\":1},\"reason\":\"r\"}}";
    assertThat(problems(deadline)).containsExactly(
        "line 1, /change/by: expected an object with one member of days, months, weeks, workingDays, found an object [VALUE]");
    assertThat(problems(deadline.replace("{\"weeks\":2,\"days\":1}", "{\"week\":2}"))).containsExactly(
        "line 1, /change/by/week: unknown member \"week\"; did you mean \"weeks\"? [UNKNOWN_MEMBER]");
    assertThat(problems(deadline.replace("{\"weeks\":2,\"days\":1}", "{\"weeks\":-2}"))).containsExactly(
        "line 1, /change/by: amount (-2) must not be negative [VALUE]");
    assertThat(problems(deadline.replace("{\"weeks\":2,\"days\":1}", "{\"weeks\":3000000000}"))).containsExactly(
        "line 1, /change/by/weeks: 3000000000 is out of range -2147483648 to 2147483647 [VALUE]");
  }

  @Test
  void keepsLimitsOnHostileInput() {
    EventJson small = new EventJson(new Limits(300, 4, 20, 5, 3, 2), UpcasterChain.NONE);
    assertThat(problems(() -> small.readLines(STEP + "\n" + "x".repeat(400)))).containsExactly(
        "line 2, (root): line longer than 300 characters [LIMIT]");
    assertThat(problems(() -> small.read(STEP.replace("\"intake\"", "\"" + "i".repeat(21) + "\""))))
        .singleElement().asString().startsWith("line 1, (root): String value length (21) exceeds the maximum allowed (20)")
        .endsWith("[LIMIT]");
    assertThat(problems(() -> small.read("{\"a\":[[[[1]]]]}"))).singleElement().asString()
        .startsWith("line 1, (root): Document nesting depth (5) exceeds the maximum allowed (4)").endsWith("[LIMIT]");
    assertThat(problems(() -> small.read(STEP.replace("\"version\":1", "\"version\":123456")))).singleElement().asString()
        .startsWith("line 1, (root): Number value length (6) exceeds the maximum allowed (5)").endsWith("[LIMIT]");
    assertThat(problems(() -> small.readLines("\n\n\n{}"))).containsExactly(
        "line 4, (root): more than 3 lines; reading stopped here [LIMIT]");
    assertThat(problems(() -> small.readLines("[]\n[]\n[]"))).containsExactly(
        "line 1, (root): expected an object, found an array [TYPE]",
        "line 2, (root): expected an object, found an array [TYPE]",
        "line 3, (root): more than 2 problems; reading stopped here [LIMIT]");
  }

  static List<String> problems(String line) {
    return problems(() -> JSON.read(line));
  }

  static List<String> problems(Runnable read) {
    EventFormatException thrown = catchThrowableOfType(read::run, EventFormatException.class);
    assertThat(thrown).as("an EventFormatException").isNotNull();
    assertThat(thrown.getMessage()).startsWith("Events cannot be read: " + thrown.problems().size() + " problem");
    return thrown.problems().stream().map(EventProblem::toString).collect(Collectors.toList());
  }
}
