package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile or broken input fails with one clear limit problem, never a stack overflow or an
 * out-of-memory error: first against the real defaults, then each limit on its own with small
 * limits.
 */
class LimitsTest {
  private static final Limits SMALL = new Limits(2_000, 6, 40, 5, 200, 8);
  private static final DefinitionReader SMALL_READER = new DefinitionReader(SMALL, SemanticCheck.NONE);

  private static JsonProblem onlyProblem(String json, DefinitionReader reader) {
    List<JsonProblem> problems = Problems.of(json, reader);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  private static JsonProblem onlyProblem(String json) {
    return onlyProblem(json, new DefinitionReader(Limits.DEFAULTS, SemanticCheck.NONE));
  }

  // ------------------------------------------------------------------ the defaults

  @Test
  void hundredThousandOpenBracketsStopAtTheNestingLimit() {
    JsonProblem problem = onlyProblem("[".repeat(100_000));

    assertThat(problem.code()).isEqualTo(JsonProblem.LIMIT);
    assertThat(problem.message()).isEqualTo("the document nests deeper than the limit of 64 levels");
    assertThat(problem.pointer()).isEqualTo("/0".repeat(64));
    assertThat(problem.line()).isEqualTo(1);
  }

  @Test
  void deeplyNestedGuardsStopAtTheNestingLimit() {
    String guard = "{\"not\": ".repeat(200) + "{\"always\": {}}" + "}".repeat(200);
    String json = ReadProblemsTest.VALID.replace("{\"flagSet\": \"URGENT\"}", guard);

    assertThat(onlyProblem(json).message()).isEqualTo("the document nests deeper than the limit of 64 levels");
  }

  @Test
  void documentOverAMillionCharactersIsRejected() {
    String text = "\"" + "x".repeat(9_000) + "\",";
    String json = "{\"padding\": [" + text.repeat(200) + "0]}";

    JsonProblem problem = onlyProblem(json);

    assertThat(problem.code()).isEqualTo(JsonProblem.LIMIT);
    assertThat(problem.message()).isEqualTo("the document is longer than the limit of 1000000 characters");
  }

  @Test
  void hugeTextIsRejectedWithoutReadingItAll() {
    JsonProblem problem = onlyProblem("{\"label\": \"" + "x".repeat(500_000) + "\"}");

    assertThat(problem.message()).isEqualTo("a text is longer than the limit of 10000 characters");
    assertThat(problem.pointer()).isEqualTo("/label");
  }

  @Test
  void hugeMemberNameIsRejected() {
    JsonProblem problem = onlyProblem("{\"" + "x".repeat(20_000) + "\": 1}");

    assertThat(problem.message()).isEqualTo("a member name is longer than the limit of 10000 characters");
  }

  @Test
  void arrayOverTenThousandElementsIsRejectedAtTheFirstElementTooMany() {
    JsonProblem problem = onlyProblem("{\"steps\": [" + "1,".repeat(10_000) + "1]}");

    assertThat(problem.message()).isEqualTo("an array has more than the limit of 10000 elements");
    assertThat(problem.pointer()).isEqualTo("/steps/10000");
    assertThat(problem.column()).isEqualTo("{\"steps\": [".length() + 2 * 10_000 + 1);
  }

  @Test
  void numberWithHundredDigitsIsRejected() {
    JsonProblem problem = onlyProblem("{\"version\": " + "9".repeat(100) + "}");

    assertThat(problem.message()).isEqualTo("a number is longer than the limit of 20 characters");
    assertThat(problem.pointer()).isEqualTo("/version");
  }

  // ------------------------------------------------------------------ each limit, small

  @Test
  void eachLimitHasItsOwnMessage() {
    assertThat(onlyProblem("[[[[[[[[1]]]]]]]]", SMALL_READER).message())
        .isEqualTo("the document nests deeper than the limit of 6 levels");
    assertThat(onlyProblem("[\"" + "x".repeat(41) + "\"]", SMALL_READER).message())
        .isEqualTo("a text is longer than the limit of 40 characters");
    assertThat(onlyProblem("[1, 2, 3, 4, 5, 6]", SMALL_READER).message())
        .isEqualTo("an array has more than the limit of 5 elements");
    assertThat(onlyProblem("{\"a\": 1, \"b\": 1, \"c\": 1, \"d\": 1, \"e\": 1, \"f\": 1}", SMALL_READER).message())
        .isEqualTo("an object has more than the limit of 5 members");
    assertThat(onlyProblem("[123456789]", SMALL_READER).message())
        .isEqualTo("a number is longer than the limit of 8 characters");
    assertThat(onlyProblem("[" + "\"" + "x".repeat(30) + "\",".repeat(1) + " ".repeat(2_500) + "1]", SMALL_READER)
            .message())
        .isEqualTo("the document is longer than the limit of 2000 characters");
  }

  @Test
  void tokenLimitIsReachedByManySmallArrays() {
    Limits limits = new Limits(100_000, 6, 40, 5, 200, 8);
    String json = "{\"a\": [" + "[1,1,1,1]," .repeat(4) + "[1]]," + "\"b\": [" + "[1,1,1,1],".repeat(4) + "[1]],"
        + "\"c\": [" + "[1,1,1,1],".repeat(4) + "[1]]," + "\"d\": [" + "[1,1,1,1],".repeat(4) + "[1]],"
        + "\"e\": {\"x\": [" + "[[1,1,1,1],[1,1,1,1],[1,1,1,1],[1,1,1,1],[1]],".repeat(4) + "[1]]}}";

    JsonProblem problem = onlyProblem(json, new DefinitionReader(limits, SemanticCheck.NONE));

    assertThat(problem.message()).isEqualTo("the document has more than the limit of 200 values");
  }

  @Test
  void limitsThemselvesMustBeSensible() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new Limits(0, 6, 40, 5, 200, 8))
        .withMessage("maxDocumentChars (0) must be positive");
  }
}
