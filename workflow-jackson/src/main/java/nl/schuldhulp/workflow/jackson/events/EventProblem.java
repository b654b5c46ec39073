package nl.schuldhulp.workflow.jackson.events;

import java.util.Objects;

/**
 * One problem found while reading events: the line of the JSON Lines text (1 for a single event
 * read from a string), the JSON pointer (RFC 6901) of the value within that line, what kind of
 * problem it is and a plain message.
 *
 * <p>{@link #toString()} gives the shape people read in a console or a log:
 *
 * <pre>
 * line 7, /change/phase: unknown value "INTAK"; did you mean "INTAKE"? [VALUE]
 * </pre>
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param line the line, counted from 1
 * @param pointer the JSON pointer within the line; {@code ""} is the whole line
 * @param kind what kind of problem
 * @param message what is wrong, in plain words, without the location
 */
public record EventProblem(int line, String pointer, Kind kind, String message) {

  /** The kinds of problem; each name is stable and appears in {@link #toString()}. */
  public enum Kind {
    /** The line is not JSON (including a duplicate member or trailing text); the line is skipped. */
    SYNTAX,
    /** A defensive limit was exceeded (line length, nesting, text length, number length, lines). */
    LIMIT,
    /** A value has the wrong JSON type, e.g. text where a number belongs. */
    TYPE,
    /** A required member is missing. */
    MISSING,
    /** A member is not part of the format; reading it would lose it, so it is refused. */
    UNKNOWN_MEMBER,
    /** A value has the right JSON type but is not allowed, e.g. a blank id or an unknown phase. */
    VALUE,
    /** The {@code "type"} names no known event type. */
    UNKNOWN_EVENT_TYPE,
    /** The {@code "schema"} is newer than this library, or no upcaster leads from it. */
    SCHEMA,
    /** An upcaster failed on the line. */
    UPCAST,
    /** A version of a case is missing, repeated or out of order in a stream. */
    SEQUENCE
  }

  /** Checks the arguments. */
  public EventProblem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** {@code line L, POINTER: MESSAGE [KIND]}, where the pointer of the whole line reads {@code (root)}. */
  @Override
  public String toString() {
    return "line " + line + ", " + (pointer.isEmpty() ? "(root)" : pointer) + ": " + message + " [" + kind + "]";
  }
}
