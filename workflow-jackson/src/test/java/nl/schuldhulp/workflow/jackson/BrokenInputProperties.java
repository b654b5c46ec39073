package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

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
  private static String source(Random random) {
    return random.nextInt(3) == 0
        ? EXAMPLES.get(random.nextInt(EXAMPLES.size()))
        : WorkflowJson.write(new DefinitionGenerator(random.nextLong()).definition());
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

  private static void forAll(String name, int trials, LongFunction<Case> generate, java.util.function.Consumer<Case> property) {
    Property.forAll(name, trials, generate, broken -> List.of(), Case::toString, property);
  }

  private static void alwaysProblems(Case broken) {
    assertThat(outcome(broken.json())).isNotEmpty();
  }

  // ------------------------------------------------------------------ text mutations

  @Test
  void truncatedInputsGiveProblems() {
    forAll("truncated", 1_000, seed -> {
      Random random = new Random(seed);
      String json = source(random);
      return new Case(json.substring(0, random.nextInt(json.lastIndexOf('}'))), "");
    }, BrokenInputProperties::alwaysProblems);
  }

  @Test
  void characterMutationsGiveADefinitionOrProblemsAndNothingElse() {
    String alphabet = "{}[]:,\"\\ \n\t0123456789-+.eEtrufalsn/*'abcë\u0000\u001f\ud800\u2028";
    int[] broken = new int[1];
    forAll("mutated characters", 1_500, seed -> {
      Random random = new Random(seed);
      StringBuilder json = new StringBuilder(source(random));
      for (int edits = 1 + random.nextInt(5); edits > 0; edits--) {
        int at = random.nextInt(json.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0:
            json.deleteCharAt(at);
            break;
          case 1:
            json.insert(at, c);
            break;
          default:
            json.setCharAt(at, c);
        }
      }
      return new Case(json.toString(), "");
    }, mutated -> broken[0] += outcome(mutated.json()).isEmpty() ? 0 : 1);
    assertThat(broken[0]).as("mutations that broke the document").isGreaterThan(1_000);
  }

  @Test
  void garbageGivesADefinitionOrProblemsAndNothingElse() {
    String[] tokens = {"{", "}", "[", "]", ":", ",", "\"id\"", "\"steps\"", "1", "-0", "1e999", "null", "true",
        "\"\\u0000\"", "\"\\ud800\"", "\"", "\\", " ", "\n", "\u0000", "\ufeff", "NaN", "//", "/*", "'x'"};
    forAll("garbage", 1_000, seed -> {
      Random random = new Random(seed);
      StringBuilder json = new StringBuilder();
      for (int i = random.nextInt(200); i > 0; i--) {
        json.append(tokens[random.nextInt(tokens.length)]);
      }
      return new Case(json.toString(), "");
    }, garbage -> outcome(garbage.json()));
  }

  // ------------------------------------------------------------------ tree mutations

  private static Case changedValue(long seed, java.util.function.BiFunction<Random, Json, Json> replacement) {
    Random random = new Random(seed);
    Json root = Trees.parse(source(random));
    List<String> pointers = Trees.pointers(root);
    String pointer = pointers.get(random.nextInt(pointers.size()));
    Json changed = Trees.replace(root, pointer, node -> replacement.apply(random, node));
    return new Case(JsonPrinter.print(changed), pointer);
  }

  @Test
  void valuesOfAWrongTypeGiveAProblemAtTheirPointer() {
    forAll("wrong type", 1_000, seed -> changedValue(seed, (random, node) -> {
      Json.Location at = Json.Location.NONE;
      int choice = random.nextInt(node instanceof Json.Arr ? 2 : 3);
      return choice == 0 ? new Json.Null(at) : choice == 1 ? new Json.Num(at, "3.5", false) : new Json.Arr(at, List.of());
    }), broken -> assertThat(outcome(broken.json())).extracting(JsonProblem::pointer).contains(broken.pointer()));
  }

  @Test
  void misspeltMembersGiveAnUnknownMemberProblemWithTheRightName() {
    Set<String> formatNames = formatMemberNames();
    forAll("misspelt member", 1_000, seed -> {
      Random random = new Random(seed);
      Json root = Trees.parse(source(random));
      List<String> members = Trees.pointers(root).stream()
          .filter(pointer -> Trees.get(root, Pointers.parent(pointer)) instanceof Json.Obj)
          .filter(pointer -> !pointer.contains("/stalledAfterPerStep/"))
          .collect(Collectors.toList());
      String pointer = members.get(random.nextInt(members.size()));
      String name = Pointers.tokens(pointer).get(Pointers.tokens(pointer).size() - 1);
      String misspelt = misspell(name, random);
      while (formatNames.contains(misspelt)) {
        misspelt = misspell(name, random);
      }
      String newName = misspelt;
      Json changed = Trees.replace(root, Pointers.parent(pointer),
          parent -> Trees.withMember((Json.Obj) parent, name, newName, false));
      return new Case(JsonPrinter.print(changed), Pointers.child(Pointers.parent(pointer), newName) + " was " + name);
    }, broken -> {
      String pointer = broken.pointer().substring(0, broken.pointer().indexOf(" was "));
      String original = broken.pointer().substring(broken.pointer().indexOf(" was ") + 5);
      assertThat(outcome(broken.json()))
          .filteredOn(problem -> problem.pointer().equals(pointer))
          .singleElement()
          .satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(JsonProblem.UNKNOWN);
            assertThat(problem.suggestion()).contains(original);
          });
    });
  }

  private static String misspell(String name, Random random) {
    StringBuilder misspelt = new StringBuilder(name);
    int at = random.nextInt(name.length());
    switch (random.nextInt(3)) {
      case 0:
        if (name.length() > 3) {
          misspelt.deleteCharAt(at);
          break;
        }
        // fall through: too short to lose a letter
      case 1:
        misspelt.insert(at, (char) ('a' + random.nextInt(26)));
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

  @Test
  void repeatedMembersGiveADuplicateProblemAtTheirPointer() {
    forAll("repeated member", 500, seed -> {
      Random random = new Random(seed);
      Json root = Trees.parse(source(random));
      List<String> members = Trees.pointers(root).stream()
          .filter(pointer -> Trees.get(root, Pointers.parent(pointer)) instanceof Json.Obj)
          .collect(Collectors.toList());
      String pointer = members.get(random.nextInt(members.size()));
      String name = Pointers.tokens(pointer).get(Pointers.tokens(pointer).size() - 1);
      Json changed = Trees.replace(root, Pointers.parent(pointer),
          parent -> Trees.withMember((Json.Obj) parent, name, PLACEHOLDER, true));
      String json = JsonPrinter.print(changed).replace("\"" + PLACEHOLDER + "\"", quoted(name));
      return new Case(json, pointer);
    }, broken -> assertThat(outcome(broken.json()))
        .filteredOn(problem -> problem.code().equals(JsonProblem.DUPLICATE))
        .extracting(JsonProblem::pointer)
        .containsExactly(broken.pointer()));
  }

  private static String quoted(String text) {
    return JsonPrinter.print(new Json.Str(Json.Location.NONE, text)).strip();
  }

  // ------------------------------------------------------------------ hostile sizes

  private static Case withRawValue(long seed, java.util.function.Function<Random, String> raw) {
    Case placed = changedValue(seed, (random, node) -> new Json.Str(Json.Location.NONE, PLACEHOLDER));
    Random random = new Random(seed ^ 0x5DEECE66DL);
    return new Case(placed.json().replace("\"" + PLACEHOLDER + "\"", raw.apply(random)), placed.pointer());
  }

  @Test
  void deeplyNestedValuesStopAtTheNestingLimit() {
    String[] openers = {"[", "{\"a\": ", "{\"not\": ", "[{\"allOf\": ["};
    forAll("deeply nested", 200, seed -> withRawValue(seed, random -> {
      String opener = openers[random.nextInt(openers.length)];
      int depth = 65 + random.nextInt(random.nextBoolean() ? 100 : 200_000);
      return opener.repeat(depth);
    }), broken -> assertThat(outcome(broken.json())).singleElement().satisfies(problem ->
        assertThat(problem.message()).isEqualTo("the document nests deeper than the limit of 64 levels")));
  }

  @Test
  void hugeValuesStopAtALimit() {
    forAll("huge", 200, seed -> withRawValue(seed, random -> {
      int size = 10_001 + random.nextInt(100_000);
      switch (random.nextInt(4)) {
        case 0:
          return "\"" + "x".repeat(size) + "\"";
        case 1:
          return "[" + "1,".repeat(size) + "1]";
        case 2:
          StringBuilder members = new StringBuilder("{");
          for (int i = 0; i < size; i++) {
            members.append("\"m").append(i).append("\": 0,");
          }
          return members.append("\"last\": 0}").toString();
        default:
          return "1" + "0".repeat(20 + random.nextInt(2_000));
      }
    }), broken -> assertThat(outcome(broken.json())).singleElement().satisfies(problem ->
        assertThat(problem.code()).isEqualTo(JsonProblem.LIMIT)));
  }
}
