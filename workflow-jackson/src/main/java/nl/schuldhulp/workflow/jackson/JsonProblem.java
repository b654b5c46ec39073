package nl.schuldhulp.workflow.jackson;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while reading a workflow definition file: where it is (a JSON pointer into the
 * file, RFC 6901, and the line and column, both counted from 1), a stable code, a plain message
 * and, for a misspelt member name, value or id, the closest correct one.
 *
 * <p>{@link #toString()} gives the shape people read in a console or a log:
 *
 * <pre>
 * line 12, column 9, /steps/3/lable: unknown member "lable"; did you mean "label"? [JSON_UNKNOWN]
 * </pre>
 *
 * <p>Codes starting with {@code JSON_} are this module's (see the constants); any other code is a
 * rule code of the definition validator, whose path was mapped to the file.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class JsonProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The text is not JSON; reading stops at the first such problem. */
  public static final String SYNTAX = "JSON_SYNTAX";
  /** The text exceeds a defensive limit (size, nesting, text length, elements); reading stops. */
  public static final String LIMIT = "JSON_LIMIT";
  /** A value has the wrong JSON type, e.g. text where a number belongs. */
  public static final String TYPE = "JSON_TYPE";
  /** A required member is missing. */
  public static final String MISSING = "JSON_MISSING";
  /** A member is not part of the format (often a misspelling; see {@link #suggestion()}). */
  public static final String UNKNOWN = "JSON_UNKNOWN";
  /** A member appears twice in one object. */
  public static final String DUPLICATE = "JSON_DUPLICATE";
  /** A value has the right type but is not allowed, e.g. a blank id or an unknown phase. */
  public static final String VALUE = "JSON_VALUE";

  private final String code;
  private final String pointer;
  private final int line;
  private final int column;
  private final String message;
  private final String suggestion;

  JsonProblem(String code, String pointer, int line, int column, String message, String suggestion) {
    this.code = Objects.requireNonNull(code, "code");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.message = Objects.requireNonNull(message, "message");
    this.suggestion = Objects.requireNonNull(suggestion, "suggestion");
  }

  /** The same problem with its pointer under {@code prefix}, for a value inside a larger document. */
  JsonProblem under(String prefix) {
    return new JsonProblem(code, prefix + pointer, line, column, message, suggestion);
  }

  /** The stable code: one of this class's constants or a validator rule code. */
  public String code() {
    return code;
  }

  /** The JSON pointer (RFC 6901) of the value the problem is about; {@code ""} is the whole file. */
  public String pointer() {
    return pointer;
  }

  /** The line, counted from 1. */
  public int line() {
    return line;
  }

  /** The column, counted from 1. */
  public int column() {
    return column;
  }

  /** What is wrong, in plain words, without the location. */
  public String message() {
    return message;
  }

  /** The closest correct member name, value or id, when the problem looks like a misspelling. */
  public Optional<String> suggestion() {
    return suggestion.isEmpty() ? Optional.empty() : Optional.of(suggestion);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonProblem
        && ((JsonProblem) other).code.equals(code)
        && ((JsonProblem) other).pointer.equals(pointer)
        && ((JsonProblem) other).line == line
        && ((JsonProblem) other).column == column
        && ((JsonProblem) other).message.equals(message)
        && ((JsonProblem) other).suggestion.equals(suggestion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, pointer, line, column, message, suggestion);
  }

  /**
   * {@code line L, column C, POINTER: MESSAGE[; did you mean "S"?] [CODE]}, where the pointer of
   * the whole file reads {@code (root)}.
   */
  @Override
  public String toString() {
    return "line "
        + line
        + ", column "
        + column
        + ", "
        + (pointer.isEmpty() ? "(root)" : pointer)
        + ": "
        + message
        + (suggestion.isEmpty() ? "" : "; did you mean \"" + suggestion + "\"?")
        + " ["
        + code
        + "]";
  }
}
