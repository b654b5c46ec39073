package nl.schuldhulp.workflow.jackson.events;

import java.util.Collection;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where the reader stands: the JSON pointer of the current value, the problems of the read and a
 * note added to every message (e.g. that the change was upcast, so pointers name the upcast shape).
 *
 * @param pointer the JSON pointer (RFC 6901) within the line
 * @param problems where problems go
 * @param note appended to each message; empty for none
 */
record Cursor(String pointer, Problems problems, String note) {

  /** The cursor of a member of the current object. */
  Cursor child(String name) {
    return new Cursor(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), problems, note);
  }

  /** The cursor of an element of the current array. */
  Cursor child(int index) {
    return new Cursor(pointer + "/" + index, problems, note);
  }

  /** The same place, with {@code note} appended to the messages of problems found from here. */
  Cursor noting(String note) {
    return new Cursor(pointer, problems, note);
  }

  void report(EventProblem.Kind kind, String message) {
    problems.add(kind, pointer, message + note);
  }

  /** The exception that reports {@code message} here; throw it. */
  Rejected reject(EventProblem.Kind kind, String message) {
    return new Rejected(this, kind, message);
  }

  /** Reads the value here with {@code codec}: the value, or empty after reporting its problems. */
  <T> T read(JsonNode node, ValueCodec<T> codec) {
    try {
      return codec.read(node, this);
    } catch (Rejected rejected) {
      rejected.report();
      return null; // only ever consumed by a constructor whose failure readObject ignores
    }
  }

  /**
   * Reads the object here by {@code reading} its members and building a value from them; reports
   * every missing, bad and unknown member. A value whose constructor refuses the members read is a
   * {@link EventProblem.Kind#VALUE} problem at the member its message names, or at the object.
   * Returns {@code null} when any problem was found, which only callers in this package see.
   */
  <T> T readObject(JsonNode node, Function<FieldReader, T> reading) {
    if (!(node instanceof ObjectNode object)) {
      throw reject(EventProblem.Kind.TYPE, "expected an object, found " + Values.kind(node));
    }
    FieldReader fields = new FieldReader(object, this);
    int before = problems.count();
    T value;
    try {
      value = reading.apply(fields);
    } catch (IllegalArgumentException | NullPointerException e) {
      value = null;
      if (problems.count() == before) {
        pointAt(fields.names(), e).report(EventProblem.Kind.VALUE, Values.message(e));
      }
    }
    fields.finish();
    return problems.count() == before ? value : null;
  }

  /** The member a constructor's message starts with ("step must not be blank"), or here. */
  private Cursor pointAt(Collection<String> names, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    return names.stream()
        .filter(name -> message.equals(name) || message.startsWith(name + " "))
        .findFirst()
        .map(this::child)
        .orElse(this);
  }
}
