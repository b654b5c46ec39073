package nl.schuldhulp.workflow.jackson.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the members of one JSON object by name and remembers which were read, so that {@link
 * #finish()} reports the members nobody asked for: reading them would lose them. A missing or bad
 * member is reported at its pointer and read as {@code null}, which {@link Cursor#readObject}
 * never lets out.
 *
 * <p>This class is not threadsafe.
 */
final class FieldReader {
  private final ObjectNode object;
  private final Cursor at;
  private final Set<String> names = new LinkedHashSet<>();

  FieldReader(ObjectNode object, Cursor at) {
    this.object = object;
    this.at = at;
  }

  <T> T get(String name, ValueCodec<T> codec) {
    names.add(name);
    var node = object.get(name);
    if (node == null) {
      at.child(name).report(EventProblem.Kind.MISSING, "missing member \"" + name + "\"");
      return null;
    }
    return at.child(name).read(node, codec);
  }

  /** Whether the object has a member {@code name} (it is not marked as read). */
  boolean has(String name) {
    return object.has(name);
  }

  String text(String name) {
    return get(name, Values.TEXT);
  }

  Boolean bool(String name) {
    return get(name, Values.BOOLEAN);
  }

  Integer integer(String name) {
    return get(name, Values.INTEGER);
  }

  <E extends Enum<E>> E constant(String name, Class<E> type) {
    return get(name, Values.constant(type));
  }

  List<String> texts(String name) {
    return get(name, Values.list(Values.TEXT));
  }

  /** The names asked for so far, in order. */
  Set<String> names() {
    return names;
  }

  /** Reports every member that was not asked for. */
  void finish() {
    List<String> expected = new ArrayList<>(names);
    for (String name : object.propertyNames()) {
      if (!names.contains(name)) {
        at.child(name).report(EventProblem.Kind.UNKNOWN_MEMBER, "unknown member \"" + name + "\"" + Closest.hint(name, expected));
      }
    }
  }
}
