package nl.schuldhulp.workflow.jackson.events;

import java.time.Instant;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one event from the text of one line: parses it under the {@link Limits}, reads the
 * envelope, upcasts the change to its type's current schema and reads it with the type's {@link
 * ChangeCodec}. Every problem goes to the given {@link Problems}; nothing is thrown.
 *
 * <p>This class is immutable and threadsafe.
 */
final class EventReader {
  private final JsonMapper mapper;
  private final UpcasterChain upcasters;
  private final ValueCodec<Event> events = events();

  EventReader(Limits limits, UpcasterChain upcasters) {
    this.upcasters = upcasters;
    this.mapper = mapper(limits);
  }

  /** The mapper reading and writing lines: limits, no duplicate members, nothing after the value,
   * surrogates escaped. */
  static JsonMapper mapper(Limits limits) {
    JsonFactory factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .characterEscapes(new SurrogateEscapes())
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxLineChars())
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxTextLength())
            .maxNameLength(limits.maxTextLength())
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .build();
    return JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  JsonMapper mapper() {
    return mapper;
  }

  /** The event on the line, or {@code null} after reporting its problems. */
  Event read(String text, Problems problems) {
    Cursor root = new Cursor("", problems, "");
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (StreamConstraintsException e) {
      root.report(EventProblem.Kind.LIMIT, firstLine(e.getOriginalMessage()).replaceAll(", from `[^`]*`", ""));
      return null;
    } catch (JacksonException e) {
      root.report(EventProblem.Kind.SYNTAX, firstLine(e.getOriginalMessage()) + where(e));
      return null;
    }
    if (node == null || node.isMissingNode()) {
      root.report(EventProblem.Kind.SYNTAX, "no JSON value");
      return null;
    }
    return root.read(node, events);
  }

  /** Reads the envelope, then the change; used only for reading. */
  private ValueCodec<Event> events() {
    return ValueCodec.of(event -> {
      throw new UnsupportedOperationException("EventJson.write writes events");
    }, (node, root) -> root.readObject(node, fields -> {
      ChangeCodec<?> codec = fields.get("type", TYPE);
      Integer schema = fields.get("schema", Values.INTEGER);
      CaseId caseId = fields.get("caseId", Values.CASE_ID);
      Long version = fields.get("version", Values.POSITIVE);
      Instant at = fields.get("at", Values.INSTANT);
      Actor actor = fields.get("actor", Values.ACTOR);
      Change change = fields.get("change", changes(codec, schema, root.child("schema")));
      return new Event(caseId, version, at, actor, change);
    }));
  }

  private static final ValueCodec<ChangeCodec<?>> TYPE = ValueCodec.of(
      codec -> Values.TEXT.write(codec.type()),
      (node, at) -> {
        String type = Values.TEXT.read(node, at);
        return ChangeCodecs.byType(type).orElseThrow(() -> at.reject(EventProblem.Kind.UNKNOWN_EVENT_TYPE,
            "unknown event type " + Values.show(node) + Closest.hint(type, ChangeCodecs.types())));
      });

  /**
   * Reads the change of type {@code codec} written in {@code schema}; reads nothing when the type
   * or schema could not be read, as that was reported already.
   */
  private ValueCodec<Change> changes(ChangeCodec<?> codec, Integer schema, Cursor schemaAt) {
    return ValueCodec.of(change -> ChangeCodecs.of(change).write(change), (node, at) -> {
      if (codec == null || schema == null) {
        return null;
      }
      if (schema < 1 || schema > codec.schema()) {
        schemaAt.report(EventProblem.Kind.SCHEMA, "schema " + schema + " of " + codec.type()
            + " is not known to this library, which reads schema 1 to " + codec.schema());
        return null;
      }
      if (!(node instanceof ObjectNode change)) {
        throw at.reject(EventProblem.Kind.TYPE, "expected an object, found " + Values.kind(node));
      }
      if (schema == codec.schema()) {
        return codec.read(change, at);
      }
      ObjectNode upcast = upcasters.upcast(codec, schema, change, at);
      return upcast == null ? null : codec.read(upcast, at.noting(" (after upcasting from schema " + schema + ")"));
    });
  }

  private static String where(JacksonException e) {
    return e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? "" : " at column " + e.getLocation().getColumnNr();
  }

  private static String firstLine(String message) {
    String first = String.valueOf(message).lines().findFirst().orElse("").strip();
    return first.length() <= 200 ? first : first.substring(0, 197) + "...";
  }
}
