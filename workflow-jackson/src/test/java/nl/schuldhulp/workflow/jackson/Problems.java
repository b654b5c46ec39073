package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: read a text and return its problems, and find where a snippet stands in a text. */
final class Problems {
  private Problems() {}

  /** The problems of reading {@code json} with the default limits and no semantic check. */
  static List<JsonProblem> of(String json) {
    return of(json, new DefinitionReader(Limits.DEFAULTS, SemanticCheck.NONE));
  }

  /** The problems of reading {@code json} with {@code reader}; fails if there are none. */
  static List<JsonProblem> of(String json, DefinitionReader reader) {
    InvalidDefinitionException thrown =
        catchThrowableOfType(
            InvalidDefinitionException.class,
            () -> reader.read("(text)", trees -> trees.read(new StringReader(json))));
    if (thrown == null) {
      throw new AssertionError("expected problems in:\n" + json);
    }
    return thrown.problems();
  }

  /** The problems as people read them, one string each. */
  static List<String> shown(String json) {
    return of(json).stream().map(JsonProblem::toString).collect(Collectors.toList());
  }

  /**
   * {@code "line L, column C"} of the {@code occurrence}-th (from 1) occurrence of {@code snippet}
   * in {@code text}: the oracle for where a problem must be reported.
   */
  static String at(String text, String snippet, int occurrence) {
    int index = -1;
    for (int i = 0; i < occurrence; i++) {
      index = text.indexOf(snippet, index + 1);
      if (index < 0) {
        throw new IllegalArgumentException("snippet not found: " + snippet);
      }
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", column " + (index - lineStart + 1);
  }

  /** Where the first occurrence of {@code snippet} stands. */
  static String at(String text, String snippet) {
    return at(text, snippet, 1);
  }
}
