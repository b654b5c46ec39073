package nl.schuldhulp.workflow.jackson;

import static nl.schuldhulp.workflow.jackson.Problems.at;
import static nl.schuldhulp.workflow.jackson.Problems.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of problem reading reports, with its exact shape: line, column, JSON pointer,
 * message, suggestion and code (R-02: an invalid definition is rejected with every problem).
 */
class ReadProblemsTest {
  /** A valid definition; the tests below break it in one or more places. */
  static final String VALID =
      """
      {
        "formatVersion": 1,
        "id": "minimaal",
        "version": 1,
        "label": "Minimaal",
        "municipality": "Voorbeeld",
        "effectiveFrom": "2024-01-01",
        "organisations": [
          {
            "id": "sdv",
            "label": "Schulddienstverlening",
            "kind": "MUNICIPAL_DEBT_SERVICE",
            "track": "SPECIALIST_CARE",
            "roles": [{"id": "consulent", "label": "consulent"}]
          }
        ],
        "entryPoints": [
          {"id": "loket", "label": "Loket", "channel": "SELF", "step": "aanmelding", "organisations": ["sdv"]}
        ],
        "steps": [
          {
            "id": "aanmelding",
            "label": "Aanmelding",
            "phase": "REGISTRATION",
            "leads": [{"kind": "CLIENT_LEAD", "organisation": "sdv", "handover": "WARM"}],
            "tasks": [
              {"id": "papieren", "text": "Zoek uw post bij elkaar", "owner": "client", "due": {"weeks": 1}}
            ],
            "transitions": [
              {"to": "afronding", "guard": {"allOf": [{"requiredTasksDone": {}}, {"flagSet": "URGENT"}]}, "priority": 1}
            ]
          },
          {"id": "afronding", "label": "Afronding", "phase": "AFTERCARE"}
        ]
      }
      """;

  static String broken(String original, String replacement) {
    assertThat(VALID).contains(original);
    return VALID.replace(original, replacement);
  }

  @Test
  void theBaseDocumentHasNoShapeProblems() {
    DefinitionReader shapeOnly = new DefinitionReader(Limits.DEFAULTS, SemanticCheck.NONE);
    assertThat(shapeOnly.read("(text)", trees -> trees.read(new java.io.StringReader(VALID))).steps())
        .hasSize(2);
  }

  @Test
  void theDefinitionValidatorsProblemsArePlacedOnTheLineOfTheOffendingValue() {
    String json = broken("{\"to\": \"afronding\"", "{\"to\": \"afrondng\"");

    assertThat(catchThrowableOfType(InvalidDefinitionException.class, () -> WorkflowJson.readDefinition(json))
            .problems())
        .map(JsonProblem::toString)
        .contains(at(json, "\"afrondng\"")
            + ", /steps/0/transitions/0/to: unknown step 'afrondng' (did you mean 'afronding'?)"
            + " [UNKNOWN_REFERENCE]");
  }

  // ------------------------------------------------------------------ syntax

  @Test
  void missingCommaIsASyntaxErrorWithLineAndColumn() {
    String json = broken("\"version\": 1,", "\"version\": 1");

    assertThat(shown(json))
        .containsExactly(at(json, "\"label\"")
            + ", (root): invalid JSON: Unexpected character ('\"'): was expecting comma to separate Object entries"
            + " [JSON_SYNTAX]");
  }

  @Test
  void syntaxErrorInsideAListNamesThePointerOfTheValueBeingRead() {
    String json = broken("\"phase\": \"AFTERCARE\"}", "\"phase\": AFTERCARE}");

    assertThat(shown(json))
        .containsExactly(at(json, "AFTERCARE}")
            + ", /steps/1/phase: invalid JSON: Unrecognized token 'AFTERCARE': was expecting"
            + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false') [JSON_SYNTAX]");
  }

  @Test
  void truncatedDocumentIsASyntaxError() {
    String json = VALID.substring(0, VALID.indexOf("\"steps\""));

    List<JsonProblem> problems = Problems.of(json);

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(JsonProblem.SYNTAX);
      assertThat(problem.message()).isEqualTo("invalid JSON: the document ends too early");
      assertThat(problem.line()).isEqualTo(json.split("\n", -1).length);
    });
  }

  @Test
  void commentsAreNotAllowedAndSaySo() {
    String json = "// Utrecht\n" + VALID;

    assertThat(shown(json))
        .containsExactly("line 1, column 1, (root): invalid JSON: Unexpected character ('/'):"
            + " comments are not allowed in JSON [JSON_SYNTAX]");
  }

  @Test
  void emptyDocumentIsASyntaxError() {
    assertThat(shown("  \n")).containsExactly("line 2, column 1, (root): the document is empty [JSON_SYNTAX]");
  }

  @Test
  void contentAfterTheDocumentIsASyntaxError() {
    String json = VALID + "{}";

    assertThat(shown(json))
        .containsExactly(at(json, "{}", count(json, "{}"))
            + ", (root): unexpected content after the end of the document [JSON_SYNTAX]");
  }

  // ------------------------------------------------------------------ types

  @Test
  void textWhereANumberBelongsIsATypeError() {
    String json = broken("\"version\": 1,", "\"version\": \"1\",");

    assertThat(shown(json))
        .containsExactly(at(json, "\"1\"") + ", /version: expected a whole number but found text [JSON_TYPE]");
  }

  @Test
  void fractionalNumberWhereAWholeNumberBelongsIsATypeError() {
    String json = broken("\"priority\": 1", "\"priority\": 1.5");

    assertThat(shown(json))
        .containsExactly(at(json, "1.5")
            + ", /steps/0/transitions/0/priority: expected a whole number but found 1.5 [JSON_TYPE]");
  }

  @Test
  void rootThatIsNoObjectIsATypeError() {
    assertThat(shown("[1, 2]")).containsExactly("line 1, column 1, (root): expected an object but found an array [JSON_TYPE]");
  }

  @Test
  void nullIsNotAnAbsentMember() {
    String json = broken("\"label\": \"Minimaal\"", "\"label\": null");

    assertThat(shown(json)).containsExactly(at(json, "null") + ", /label: expected text but found null [JSON_TYPE]");
  }

  // ------------------------------------------------------------------ missing, unknown, duplicate

  @Test
  void missingMemberIsReportedAtItsObjectWithThePointerItWouldHave() {
    String json = broken("{\"id\": \"afronding\", \"label\": \"Afronding\", \"phase\": \"AFTERCARE\"}",
        "{\"id\": \"afronding\", \"label\": \"Afronding\"}");

    assertThat(shown(json))
        .containsExactly(at(json, "{\"id\": \"afronding\"") + ", /steps/1/phase: missing member \"phase\" [JSON_MISSING]");
  }

  @Test
  void misspeltMemberIsUnknownWithASuggestion() {
    String json = broken("\"label\": \"Afronding\"", "\"lable\": \"Afronding\"");

    assertThat(shown(json))
        .containsExactly(
            at(json, "{\"id\": \"afronding\"") + ", /steps/1/label: missing member \"label\" [JSON_MISSING]",
            at(json, "\"lable\"") + ", /steps/1/lable: unknown member \"lable\"; did you mean \"label\"? [JSON_UNKNOWN]");
  }

  @Test
  void unknownMemberFarFromAnyKnownNameHasNoSuggestion() {
    String json = broken("\"version\": 1,", "\"version\": 1, \"colour\": \"blue\",");

    List<JsonProblem> problems = Problems.of(json);

    assertThat(problems).extracting(JsonProblem::toString)
        .containsExactly(at(json, "\"colour\"") + ", /colour: unknown member \"colour\" [JSON_UNKNOWN]");
    assertThat(problems.get(0).suggestion()).isEmpty();
  }

  @Test
  void repeatedMemberIsADuplicate() {
    String json = broken("\"version\": 1,", "\"version\": 1, \"version\": 2,");

    assertThat(shown(json))
        .containsExactly(at(json, "\"version\"", 2) + ", /version: member \"version\" appears more than once [JSON_DUPLICATE]");
  }

  // ------------------------------------------------------------------ values

  @Test
  void misspeltEnumValueSuggestsTheConstant() {
    String json = broken("\"AFTERCARE\"", "\"AFTERCAR\"");

    assertThat(shown(json))
        .containsExactly(at(json, "\"AFTERCAR\"") + ", /steps/1/phase: unknown value \"AFTERCAR\"; expected one of"
            + " EARLY_SIGNALLING, REGISTRATION, INTAKE, STABILISATION, SOLUTION, AFTERCARE;"
            + " did you mean \"AFTERCARE\"? [JSON_VALUE]");
  }

  @Test
  void enumValueInTheWrongCaseSuggestsTheConstant() {
    String json = broken("\"handover\": \"WARM\"", "\"handover\": \"warm\"");

    assertThat(Problems.of(json)).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEqualTo("/steps/0/leads/0/handover");
      assertThat(problem.suggestion()).contains("WARM");
    });
  }

  @Test
  void blankIdIsRejectedByTheCoreConstructorAtItsMember() {
    String json = broken("\"id\": \"afronding\"", "\"id\": \" \"");

    assertThat(shown(json)).containsExactly(at(json, "\" \"") + ", /steps/1/id: id must not be blank [JSON_VALUE]");
  }

  @Test
  void versionMustBePositiveAsInCode() {
    String json = broken("\"version\": 1,", "\"version\": 0,");

    assertThat(shown(json)).containsExactly(at(json, "0,") + ", /version: version (0) must be positive [JSON_VALUE]");
  }

  @Test
  void numberBeyondIntegerRangeIsTooLarge() {
    String json = broken("\"version\": 1,", "\"version\": 99999999999,");

    assertThat(shown(json))
        .containsExactly(at(json, "99999999999") + ", /version: the number 99999999999 is too large [JSON_VALUE]");
  }

  @Test
  void dateMustBeWrittenAsYearMonthDay() {
    String json = broken("\"2024-01-01\"", "\"1-1-2024\"");

    assertThat(shown(json))
        .containsExactly(at(json, "\"1-1-2024\"") + ", /effectiveFrom: \"1-1-2024\" is not a date written as YYYY-MM-DD [JSON_VALUE]");
  }

  @Test
  void otherFormatVersionIsRejected() {
    String json = broken("\"formatVersion\": 1", "\"formatVersion\": 2");

    assertThat(shown(json))
        .containsExactly(at(json, "2,") + ", /formatVersion: unsupported formatVersion 2;"
            + " this library reads formatVersion 1 [JSON_VALUE]");
  }

  @Test
  void misspeltOwnerSuggestsClient() {
    String json = broken("\"owner\": \"client\"", "\"owner\": \"cleint\"");

    assertThat(shown(json))
        .containsExactly(at(json, "\"cleint\"") + ", /steps/0/tasks/0/owner: unknown owner \"cleint\";"
            + " expected \"client\" or an object with organisation and role; did you mean \"client\"? [JSON_VALUE]");
  }

  // ------------------------------------------------------------------ terms and guards

  @Test
  void termWithoutAUnitIsRejected() {
    String json = broken("{\"weeks\": 1}", "{}");

    assertThat(shown(json))
        .containsExactly(at(json, "{}}") + ", /steps/0/tasks/0/due: a term has exactly one member;"
            + " expected one of days, workingDays, weeks, months [JSON_VALUE]");
  }

  @Test
  void termWithTwoUnitsIsRejected() {
    String json = broken("{\"weeks\": 1}", "{\"weeks\": 1, \"days\": 3}");

    assertThat(shown(json))
        .containsExactly(at(json, "{\"weeks\"") + ", /steps/0/tasks/0/due: a term has exactly one member but this one has 2;"
            + " expected one of days, workingDays, weeks, months [JSON_VALUE]");
  }

  @Test
  void misspeltTermUnitSuggestsTheUnit() {
    String json = broken("{\"weeks\": 1}", "{\"workdays\": 3}");

    assertThat(shown(json))
        .containsExactly(at(json, "\"workdays\"") + ", /steps/0/tasks/0/due/workdays: unknown term \"workdays\";"
            + " expected one of days, workingDays, weeks, months; did you mean \"workingDays\"? [JSON_UNKNOWN]");
  }

  @Test
  void negativeTermIsRejectedAtItsAmount() {
    String json = broken("{\"weeks\": 1}", "{\"weeks\": -1}");

    assertThat(shown(json))
        .containsExactly(at(json, "-1") + ", /steps/0/tasks/0/due/weeks: amount (-1) must not be negative [JSON_VALUE]");
  }

  @Test
  void misspeltGuardSuggestsTheGuard() {
    String json = broken("{\"requiredTasksDone\": {}}", "{\"requiredTaskDone\": {}}");

    assertThat(Problems.of(json)).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo(JsonProblem.UNKNOWN);
      assertThat(problem.pointer()).isEqualTo("/steps/0/transitions/0/guard/allOf/0/requiredTaskDone");
      assertThat(problem.suggestion()).contains("requiredTasksDone");
      assertThat(problem.message()).startsWith("unknown guard \"requiredTaskDone\"; expected one of always, factEquals,");
    });
  }

  @Test
  void emptyAllOfIsRejectedAsInCode() {
    String json = broken("{\"allOf\": [{\"requiredTasksDone\": {}}, {\"flagSet\": \"URGENT\"}]}", "{\"allOf\": []}");

    assertThat(shown(json))
        .containsExactly(at(json, "[]") + ", /steps/0/transitions/0/guard/allOf: allOf needs at least one guard [JSON_VALUE]");
  }

  @Test
  void singletonGuardTakesAnEmptyObject() {
    String json = broken("{\"requiredTasksDone\": {}}", "{\"requiredTasksDone\": true}");

    assertThat(shown(json))
        .containsExactly(at(json, "true") + ", /steps/0/transitions/0/guard/allOf/0/requiredTasksDone:"
            + " expected an empty object {} but found true or false [JSON_TYPE]");
  }

  // ------------------------------------------------------------------ all at once

  @Test
  void everyProblemIsReportedInDocumentOrderNotJustTheFirst() {
    String json = broken("\"version\": 1,", "\"version\": \"een\",")
        .replace("\"SPECIALIST_CARE\"", "\"SPECIALIST\"")
        .replace("\"phase\": \"AFTERCARE\"", "\"phase\": \"AFTERCARE\", \"tasks\": {}")
        .replace("\"flagSet\": \"URGENT\"", "\"flagSet\": \"URGNT\"");

    assertThat(Problems.of(json))
        .extracting(JsonProblem::pointer)
        .containsExactly(
            "/version",
            "/organisations/0/track",
            "/steps/0/transitions/0/guard/allOf/1/flagSet",
            "/steps/1/tasks");
  }

  @Test
  void exceptionMessageNamesTheFileAndListsEveryProblem(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("utrecht.json");
    Files.writeString(file, broken("\"version\": 1,", "\"version\": 0, \"lable\": \"x\","), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> WorkflowJson.readDefinition(file))
        .isInstanceOfSatisfying(InvalidDefinitionException.class, e -> {
          assertThat(e.source()).isEqualTo(file.toString());
          assertThat(e.problems()).hasSize(2);
          assertThat(e.getMessage()).isEqualTo("Workflow definition " + file + " has 2 problems:\n  "
              + e.problems().get(0) + "\n  " + e.problems().get(1));
        });
  }

  @Test
  void fileThatIsNoUtf8IsASyntaxError(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("latin1.json");
    Files.write(file, VALID.replace("Voorbeeld", "Voorbeëld").getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> WorkflowJson.readDefinition(file))
        .isInstanceOfSatisfying(InvalidDefinitionException.class, e ->
            assertThat(e.problems()).singleElement().satisfies(problem -> {
              assertThat(problem.code()).isEqualTo(JsonProblem.SYNTAX);
              assertThat(problem.pointer()).isEqualTo("/municipality");
              assertThat(problem.message()).contains("UTF-8");
            }));
  }

  private static int count(String text, String snippet) {
    int count = 0;
    for (int i = text.indexOf(snippet); i >= 0; i = text.indexOf(snippet, i + 1)) {
      count++;
    }
    return count;
  }
}
