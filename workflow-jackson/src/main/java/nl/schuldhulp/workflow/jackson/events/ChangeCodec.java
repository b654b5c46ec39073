package nl.schuldhulp.workflow.jackson.events;

import java.util.function.BiConsumer;
import java.util.function.Function;
import nl.schuldhulp.workflow.casefile.Change;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON shape of one kind of {@link Change}: its stable name, its current schema version, and
 * how its fields are written and read. One instance per kind, in {@link ChangeCodecs}.
 *
 * @param type the stable JSON name, e.g. {@code "StepEntered"}; never a Java class name
 * @param schema the current schema version of this type, from 1
 * @param javaType the record it maps
 * @param writer writes the record's fields
 * @param reader reads the fields and calls the record's constructor
 * @param <C> the record type
 */
record ChangeCodec<C extends Change>(
    String type, int schema, Class<C> javaType, BiConsumer<C, FieldWriter> writer, Function<FieldReader, C> reader) {

  ObjectNode write(Change change) {
    FieldWriter fields = new FieldWriter();
    writer.accept(javaType.cast(change), fields);
    return fields.object();
  }

  /** The change, or {@code null} after reporting its problems. */
  Change read(JsonNode node, Cursor at) {
    return at.readObject(node, reader);
  }
}
