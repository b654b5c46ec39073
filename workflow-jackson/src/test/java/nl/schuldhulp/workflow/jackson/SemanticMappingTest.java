package nl.schuldhulp.workflow.jackson;

import static nl.schuldhulp.workflow.jackson.Problems.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.Test;

/**
 * The semantic check's problems, which point into the definition model (record component names),
 * are mapped to the file's pointers, lines and columns, with a suggestion for a misspelt id. The
 * real validator is wired later; here a fake check reports fixed pointers.
 */
class SemanticMappingTest {

  private static List<String> shown(String json, SemanticCheck.Finding... findings) {
    List<WorkflowDefinition> checked = new ArrayList<>();
    SemanticCheck check = definition -> {
      checked.add(definition);
      return List.of(findings);
    };
    List<String> shown = Problems.of(json, new DefinitionReader(Limits.DEFAULTS, check)).stream()
        .map(JsonProblem::toString)
        .collect(Collectors.toList());
    assertThat(checked).hasSize(1);
    return shown;
  }

  private static SemanticCheck.Finding finding(String pointer, String message) {
    return new SemanticCheck.Finding("RULE", pointer, message, "");
  }

  private static String kanteling() throws Exception {
    return Files.readString(KantelingFixtureTest.resource("kanteling-mini.json"));
  }

  @Test
  void problemAtAReferenceIsMappedToItsValueWithTheClosestId() {
    String json = ReadProblemsTest.VALID.replace("{\"to\": \"afronding\"", "{\"to\": \"afrondng\"");

    assertThat(shown(json, finding("/steps/0/transitions/0/to", "unknown step \"afrondng\"")))
        .containsExactly(at(json, "\"afrondng\"")
            + ", /steps/0/transitions/0/to: unknown step \"afrondng\"; did you mean \"afronding\"? [RULE]");
  }

  @Test
  void aFindingThatCarriesTheValidatorsOwnSuggestionIsNotSuggestedTwice() {
    String json = ReadProblemsTest.VALID.replace("{\"to\": \"afronding\"", "{\"to\": \"afrondng\"");
    SemanticCheck.Finding suggesting =
        new SemanticCheck.Finding("RULE", "/steps/0/transitions/0/to", "unknown step 'afrondng' (bedoelt u 'afronding'?)", "afronding");

    assertThat(shown(json, suggesting)).containsExactly(at(json, "\"afrondng\"")
        + ", /steps/0/transitions/0/to: unknown step 'afrondng' (bedoelt u 'afronding'?) [RULE]");
  }

  @Test
  void referenceThatResolvesGetsNoSuggestion() {
    String json = ReadProblemsTest.VALID;

    assertThat(shown(json, finding("/steps/0/transitions/0/to", "unreachable")))
        .containsExactly(at(json, "\"afronding\", \"guard\"") + ", /steps/0/transitions/0/to: unreachable [RULE]");
  }

  @Test
  void pointerThroughGuardComponentsIsMappedToTheGuardMembersInTheFile() throws Exception {
    String json = kanteling();

    assertThat(shown(json, finding("/steps/4/transitions/2/guard/guards/0/fact", "no such fact"),
            finding("/steps/3/transitions/0/guard/guards/1/domain", "no such domain")))
        .containsExactly(
            at(json, "\"spoor\", \"value\": \"3\"")
                + ", /steps/4/transitions/2/guard/allOf/0/factEquals/fact: no such fact [RULE]",
            at(json, "\"financien\", \"score\"")
                + ", /steps/3/transitions/0/guard/allOf/1/scoreAtLeast/domain: no such domain [RULE]");
  }

  @Test
  void pointerIntoATermOrMilestoneIsMappedToItsMember() throws Exception {
    String json = kanteling();

    assertThat(shown(json, finding("/norms/8/to/step", "step not found"), finding("/aftercare/duration/amount", "too long")))
        .containsExactly(
            at(json, "\"huisbezoek\"}") + ", /norms/0/to/stepEntered: step not found [RULE]",
            at(json, "6}") + ", /aftercare/duration/months: too long [RULE]");
  }

  @Test
  void problemInABuiltInNormPointsAtIncludeDefaultNorms() throws Exception {
    String json = kanteling();

    assertThat(shown(json, finding("/norms/2/within", "overlaps")))
        .containsExactly(at(json, "true,\n  \"norms\"") + ", /includeDefaultNorms: overlaps [RULE]");
  }

  @Test
  void problemAtAMissingMemberPointsAtItsObjectKeepingTheMembersPointer() {
    String json = ReadProblemsTest.VALID;

    assertThat(shown(json, finding("/steps/1/leads", "no client lead")))
        .containsExactly(at(json, "{\"id\": \"afronding\"") + ", /steps/1/leads: no client lead [RULE]");
  }

  @Test
  void misspeltStepKeyInStalledAfterPerStepGetsASuggestion() {
    String json = ReadProblemsTest.VALID.replace("\"steps\": [",
        "\"signals\": {\"stalledAfterPerStep\": {\"aanmeldng\": {\"weeks\": 2}}},\n  \"steps\": [");

    assertThat(shown(json, finding("/signals/stalledAfterPerStep/aanmeldng", "unknown step")))
        .containsExactly(at(json, "{\"weeks\": 2}")
            + ", /signals/stalledAfterPerStep/aanmeldng: unknown step; did you mean \"aanmelding\"? [RULE]");
  }

  @Test
  void semanticCheckDoesNotRunWhileTheFileHasShapeProblems() {
    String json = ReadProblemsTest.VALID.replace("\"version\": 1,", "\"version\": 0,");
    List<WorkflowDefinition> checked = new ArrayList<>();
    SemanticCheck check = definition -> {
      checked.add(definition);
      return List.of(finding("", "never"));
    };

    List<JsonProblem> problems = Problems.of(json, new DefinitionReader(Limits.DEFAULTS, check));

    assertThat(problems).extracting(JsonProblem::code).containsExactly(JsonProblem.VALUE);
    assertThat(checked).isEmpty();
  }
}
