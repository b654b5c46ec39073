package nl.schuldhulp.workflow.jackson.events;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * The registered upcasters by event type and the schema they read; leads a change from the schema
 * on its line to the type's current schema.
 *
 * <p>This class is immutable and threadsafe.
 */
final class UpcasterChain {
  static final UpcasterChain NONE = new UpcasterChain(Map.of());

  private final Map<String, Upcaster> byKey;

  private UpcasterChain(Map<String, Upcaster> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /**
   * A chain that also holds {@code upcaster}.
   *
   * @throws IllegalArgumentException when its type is unknown, its schema is not older than the
   *     type's current schema, or an upcaster from that schema is registered already
   */
  UpcasterChain with(Upcaster upcaster) {
    Objects.requireNonNull(upcaster, "upcaster");
    String type = Objects.requireNonNull(upcaster.type(), "upcaster.type()");
    ChangeCodec<?> codec = ChangeCodecs.byType(type)
        .orElseThrow(() -> new IllegalArgumentException("unknown event type " + type + Closest.hint(type, ChangeCodecs.types())));
    int from = upcaster.fromSchema();
    checkArgument(from > 0 && from < codec.schema(),
        "an upcaster of %s must read a schema from 1 to %s, not %s", type, codec.schema() - 1, from);
    checkArgument(!byKey.containsKey(key(type, from)), "an upcaster of %s from schema %s is registered already", type, from);
    Map<String, Upcaster> more = new HashMap<>(byKey);
    more.put(key(type, from), upcaster);
    return new UpcasterChain(more);
  }

  /** Whether an upcaster reads {@code schema} of {@code type}. */
  boolean reads(String type, int schema) {
    return byKey.containsKey(key(type, schema));
  }

  /**
   * The change in the current schema of its type, or {@code null} after reporting at {@code at}
   * that no upcaster leads there or one failed.
   */
  ObjectNode upcast(ChangeCodec<?> codec, int schema, ObjectNode change, Cursor at) {
    ObjectNode current = change;
    for (int from = schema; from < codec.schema(); from++) {
      Upcaster upcaster = byKey.get(key(codec.type(), from));
      if (upcaster == null) {
        at.report(EventProblem.Kind.SCHEMA,
            "schema " + from + " of " + codec.type() + " cannot be read: no upcaster from it is registered");
        return null;
      }
      try {
        current = Objects.requireNonNull(upcaster.upcast(current), "upcast result");
      } catch (RuntimeException e) {
        at.report(EventProblem.Kind.UPCAST,
            "the upcaster of " + codec.type() + " from schema " + from + " failed: " + Values.message(e));
        return null;
      }
    }
    return current;
  }

  private static String key(String type, int schema) {
    return type + "@" + schema;
  }
}
