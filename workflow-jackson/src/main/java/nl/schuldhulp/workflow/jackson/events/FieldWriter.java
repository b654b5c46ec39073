package nl.schuldhulp.workflow.jackson.events;

import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the members of one JSON object in order; the counterpart of {@link FieldReader}.
 *
 * <p>This class is not threadsafe.
 */
final class FieldWriter {
  private final ObjectNode object = JsonNodeFactory.instance.objectNode();

  <T> FieldWriter put(String name, ValueCodec<T> codec, T value) {
    object.set(name, codec.write(value));
    return this;
  }

  FieldWriter text(String name, String value) {
    return put(name, Values.TEXT, value);
  }

  FieldWriter bool(String name, boolean value) {
    return put(name, Values.BOOLEAN, value);
  }

  FieldWriter integer(String name, int value) {
    return put(name, Values.INTEGER, value);
  }

  FieldWriter constant(String name, Enum<?> value) {
    object.put(name, value.name());
    return this;
  }

  FieldWriter texts(String name, List<String> values) {
    return put(name, Values.list(Values.TEXT), values);
  }

  ObjectNode object() {
    return object;
  }
}
