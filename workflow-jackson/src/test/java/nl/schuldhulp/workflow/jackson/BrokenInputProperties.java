package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.schuldhulp.workflow.testkit.junit.ForAll;
import nl.schuldhulp.workflow.testkit.junit.PropertyTest;
import nl.schuldhulp.workflow.testkit.property.Gen;
import nl.schuldhulp.workflow.testkit.property.Property;
import nl.schuldhulp.workflow.testkit.property.PropertyResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Fuzzing with thousands of seeded broken inputs, made from the example files and from written
 * generated definitions: truncated, mutated character by character, values of the wrong type,
 * misspelt and repeated members, deep nesting, huge values and plain garbage. Each gives a clear
 * {@link InvalidDefinitionException} whose problems all have a line, a column, a pointer and a
 * plain message, and never any other exception. Where a mutation cannot be sure to break the
 * document (a changed character may land in a label) a valid definition is accepted too.
 */
class BrokenInputProperties {
  private static final DefinitionReader READER = new DefinitionReader(Limits.DEFAULTS, SemanticCheck.NONE);
  private static final List<String> EXAMPLES = List.of(
      file("kanteling-mini.json"), file("minimaal.json"), ReadProblemsTest.VALID);
  private static final String PLACEHOLDER = "@@PLACEHOLDER@@";

  /**
   * A broken input and the pointer of the place that was broken ("" when not known).
   *
   * @param json the input
   * @param pointer where it was broken
   */
  record Case(String json, String pointer) {
    @Override
    public String toString() {
      return "at " + pointer + ": " + (json.length() > 3_000 ? json.substring(0, 3_000) + "... (" + json.length()
          + " characters)" : json);
    }
  }

  private static String file(String name) {
    try {
      return Files.readString(KantelingFixtureTest.resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An example file or a written generated definition. */
  private static String source(Draws d) {
    return d.below(3) == 0
        ? d.oneOf(EXAMPLES)
        : WorkflowJson.write(DefinitionGenerator.definition(d));
  }

  /** The problems of reading {@code json}, checked for shape; empty when it reads. */
  static List<JsonProblem> outcome(String json) {
    try {
      READER.read("(fuzz)", trees -> trees.read(new StringReader(json)));
      return List.of();
    } catch (InvalidDefinitionException e) {
      int lines = json.split("\n", -1).length;
      assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
        assertThat(problem.line()).isBetween(1, lines);
        assertThat(problem.column()).isPositive();
        assertThat(problem.pointer()).matches("(?s)(/.*)?");
        assertThat(problem.code()).startsWith("JSON_");
        assertThat(problem.message()).isNotBlank().doesNotContain("tools.jackson", "Exception", "StreamReadConstraints");
      });
      return e.problems();
    }
  }


  // ------------------------------------------------------------------ text mutations

  static Gen<Case> truncated() {
    return Draws.gen(d -> {
      String json = source(d);
      return new Case(json.substring(0, d.below(json.lastIndexOf('}'))), "");
    });
  }

  @PropertyTest(tries = 1_000)
  void truncatedInputsGiveProblems(@ForAll("truncated") Case broken) {
    assertThat(outcome(broken.json())).isNotEmpty();
  }

  static Gen<Case> mutatedCharacters() {
    String alphabet = "{}[]:,\"\\ \n\t0123456789-+.eEtrufalsn/*'abcë\u0000\u001f\ud800\u2028";
    return Draws.gen(d -> {
      StringBuilder json = new StringBuilder(source(d));
      for (int edits = 1 + d.below(5); edits > 0; edits--) {
        int at = d.below(json.length());
        char c = alphabet.charAt(d.below(alphabet.length()));
        switch (d.below(3)) {
          case 0 -> json.deleteCharAt(at);
          case 1 -> json.insert(at, c);
          default -> json.setCharAt(at, c);
        }
      }
      return new Case(json.toString(), "");
    });
  }

  /** Also counts the documents a mutation broke: the mutations must mostly break, or they test little. */
  @Test
  void characterMutationsGiveADefinitionOrProblemsAndNothingElse(TestReporter reporter) {
    int[] broken = new int[1];
    PropertyResult<Case> result = Property.forAll(mutatedCharacters()).tries(1_500)
        .checkAssert(mutated -> broken[0] += outcome(mutated.json()).isEmpty() ? 0 : 1);
    reporter.publishEntry("workflow.testkit.seed", Long.toString(result.seed()));
    result.assertPassed();
    assertThat(broken[0]).as("mutations that broke the document (seed %s)", result.seed()).isGreaterThan(1_000);
  }

  static Gen<Case> garbage() {
    String[] tokens = {"{", "}", "[", "]", ":", ",", "\"id\"", "\"steps\"", "1", "-0", "1e999", "null", "true",
        "\"\\u0000\"", "\"\\ud800\"", "\"", "\\", " ", "\n", "\u0000", "\ufeff", "NaN", "//", "/*", "'x'"};
    return Draws.gen(d -> {
      StringBuilder json = new StringBuilder();
      for (int i = d.below(200); i > 0; i--) {
        json.append(d.oneOf(tokens));
      }
      return new Case(json.toString(), "");
    });
  }

  @PropertyTest(tries = 1_000)
  void garbageGivesADefinitionOrProblemsAndNothingElse(@ForAll("garbage") Case garbage) {
    outcome(garbage.json());
  }

  // ------------------------------------------------------------------ tree mutations

  private static Case changedValue(Draws d, BiFunction<Draws, Json, Json> replacement) {
    Json root = Trees.parse(source(d));
    String pointer = d.oneOf(Trees.pointers(root));
    Json changed = Trees.replace(root, pointer, node -> replacement.apply(d, node));
    return new Case(JsonPrinter.print(changed), pointer);
  }

  static Gen<Case> wrongTypes() {
    return Draws.gen(d -> changedValue(d, (draws, node) -> {
      Json.Location at = Json.Location.NONE;
      int choice = draws.below(node instanceof Json.Arr ? 2 : 3);
      return choice == 0 ? new Json.Null(at) : choice == 1 ? new Json.Num(at, "3.5", false) : new Json.Arr(at, List.of());
    }));
  }

  @PropertyTest(tries = 1_000)
  void valuesOfAWrongTypeGiveAProblemAtTheirPointer(@ForAll("wrongTypes") Case broken) {
    assertThat(outcome(broken.json())).extracting(JsonProblem::pointer).contains(broken.pointer());
  }

  static Gen<Case> misspeltMembers() {
    Set<String> formatNames = formatMemberNames();
    return Draws.gen(d -> {
      Json root = Trees.parse(source(d));
      List<String> members = Trees.pointers(root).stream()
          .filter(pointer -> Trees.get(root, Pointers.parent(pointer)) instanceof Json.Obj)
          .filter(pointer -> !pointer.contains("/stalledAfterPerStep/"))
          .collect(Collectors.toList());
      String pointer = d.oneOf(members);
      String name = Pointers.tokens(pointer).get(Pointers.tokens(pointer).size() - 1);
      String misspelt = misspell(name, d);
      while (formatNames.contains(misspelt)) {
        misspelt = misspell(name, d);
      }
      String newName = misspelt;
      Json changed = Trees.replace(root, Pointers.parent(pointer),
          parent -> Trees.withMember((Json.Obj) parent, name, newName, false));
      return new Case(JsonPrinter.print(changed), Pointers.child(Pointers.parent(pointer), newName) + " was " + name);
    });
  }

  @PropertyTest(tries = 1_000)
  void misspeltMembersGiveAnUnknownMemberProblemWithTheRightName(@ForAll("misspeltMembers") Case broken) {
    String pointer = broken.pointer().substring(0, broken.pointer().indexOf(" was "));
    String original = broken.pointer().substring(broken.pointer().indexOf(" was ") + 5);
    assertThat(outcome(broken.json()))
        .filteredOn(problem -> problem.pointer().equals(pointer))
        .singleElement()
        .satisfies(problem -> {
          assertThat(problem.code()).isEqualTo(JsonProblem.UNKNOWN);
          assertThat(problem.suggestion()).contains(original);
        });
  }

  private static String misspell(String name, Draws d) {
    StringBuilder misspelt = new StringBuilder(name);
    int at = d.below(name.length());
    switch (d.below(3)) {
      case 0:
        if (name.length() > 3) {
          misspelt.deleteCharAt(at);
          break;
        }
        // fall through: too short to lose a letter
      case 1:
        misspelt.insert(at, (char) ('a' + d.below(26)));
        break;
      default:
        misspelt.setCharAt(at, misspelt.charAt(at) == 'x' ? 'y' : 'x');
    }
    return misspelt.toString();
  }

  private static Set<String> formatMemberNames() {
    return EXAMPLES.stream()
        .map(Trees::parse)
        .flatMap(root -> Trees.pointers(root).stream())
        .map(pointer -> Pointers.tokens(pointer).get(Pointers.tokens(pointer).size() - 1))
        .collect(Collectors.toSet());
  }

  static Gen<Case> repeatedMembers() {
    return Draws.gen(d -> {
      Json root = Trees.parse(source(d));
      List<String> members = Trees.pointers(root).stream()
          .filter(pointer -> Trees.get(root, Pointers.parent(pointer)) instanceof Json.Obj)
          .collect(Collectors.toList());
      String pointer = d.oneOf(members);
      String name = Pointers.tokens(pointer).get(Pointers.tokens(pointer).size() - 1);
      Json changed = Trees.replace(root, Pointers.parent(pointer),
          parent -> Trees.withMember((Json.Obj) parent, name, PLACEHOLDER, true));
      String json = JsonPrinter.print(changed).replace("\"" + PLACEHOLDER + "\"", quoted(name));
      return new Case(json, pointer);
    });
  }

  @PropertyTest(tries = 500)
  void repeatedMembersGiveADuplicateProblemAtTheirPointer(@ForAll("repeatedMembers") Case broken) {
    assertThat(outcome(broken.json()))
        .filteredOn(problem -> problem.code().equals(JsonProblem.DUPLICATE))
        .extracting(JsonProblem::pointer)
        .containsExactly(broken.pointer());
  }

  private static String quoted(String text) {
    return JsonPrinter.print(new Json.Str(Json.Location.NONE, text)).strip();
  }

  // ------------------------------------------------------------------ hostile sizes

  private static Gen<Case> withRawValue(Function<Draws, String> raw) {
    return Draws.gen(d -> {
      Case placed = changedValue(d, (draws, node) -> new Json.Str(Json.Location.NONE, PLACEHOLDER));
      return new Case(placed.json().replace("\"" + PLACEHOLDER + "\"", raw.apply(d)), placed.pointer());
    });
  }

  static Gen<Case> deeplyNested() {
    String[] openers = {"[", "{\"a\": ", "{\"not\": ", "[{\"allOf\": ["};
    return withRawValue(d -> {
      String opener = d.oneOf(openers);
      int depth = 65 + d.below(d.bool() ? 200_000 : 100);
      return opener.repeat(depth);
    });
  }

  @PropertyTest(tries = 200)
  void deeplyNestedValuesStopAtTheNestingLimit(@ForAll("deeplyNested") Case broken) {
    assertThat(outcome(broken.json())).singleElement().satisfies(problem ->
        assertThat(problem.message()).isEqualTo("the document nests deeper than the limit of 64 levels"));
  }

  static Gen<Case> huge() {
    return withRawValue(d -> {
      int size = 10_001 + d.below(100_000);
      return switch (d.below(4)) {
        case 0 -> "\"" + "x".repeat(size) + "\"";
        case 1 -> "[" + "1,".repeat(size) + "1]";
        case 2 -> {
          StringBuilder members = new StringBuilder("{");
          for (int i = 0; i < size; i++) {
            members.append("\"m").append(i).append("\": 0,");
          }
          yield members.append("\"last\": 0}").toString();
        }
        default -> "1" + "0".repeat(20 + d.below(2_000));
      };
    });
  }

  @PropertyTest(tries = 200)
  void hugeValuesStopAtALimit(@ForAll("huge") Case broken) {
    assertThat(outcome(broken.json())).singleElement().satisfies(problem ->
        assertThat(problem.code()).isEqualTo(JsonProblem.LIMIT));
  }
}
