package nl.schuldhulp.workflow.jackson;

import java.util.Objects;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.jackson.events.EventFormatException;
import nl.schuldhulp.workflow.jackson.events.EventJson;
import nl.schuldhulp.workflow.jackson.events.EventProblem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 ({@code tools.jackson}) module for mappers you build yourself, e.g. Spring Boot's:
 * {@link WorkflowDefinition} and {@link Event} values inside your own JSON documents, in the same
 * formats as {@link WorkflowJson} (a definition file) and {@link EventJson} (one event line).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new WorkflowModule()).build();
 * record Tenant(String id, WorkflowDefinition definition, List<Event> events) {}
 * Tenant tenant = mapper.readValue(json, Tenant.class);
 * }</pre>
 *
 * <p>{@code JsonMapper.builder().findAndAddModules()} finds this module by itself, with {@link
 * EventJson#ofDefaults()}; {@link #withEvents(EventJson)} reads events with your own upcasters
 * (added after {@code findAndAddModules()}, it replaces the discovered one).
 *
 * <p><b>Problems.</b> A definition gets every check a file gets, through the same reader; no core
 * type is bound by reflection. A value that cannot be read fails the whole {@code readValue} with
 * a {@link DatabindException} (so Jackson adds its reference chain, and frameworks treat it as bad
 * input) whose {@link DatabindException#getCause() cause} is an {@link InvalidDefinitionException}
 * or {@link EventFormatException} listing every problem. Their pointers start with the value's
 * place in your document ({@code /tenants/0/definition/steps/3/to}); a definition's problems carry
 * the document's lines and columns, an event's problems the line where the event starts. Nothing
 * partly read is returned. JSON {@code null} and absent members are left to Jackson: they give
 * {@code null} unless you configure otherwise (e.g. {@code FAIL_ON_NULL_CREATOR_PROPERTIES}).
 *
 * <p>This class is threadsafe once registered; do not change it after building a mapper.
 */
public final class WorkflowModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module with {@link EventJson#ofDefaults()}; the constructor service discovery calls. */
  public WorkflowModule() {
    this(EventJson.ofDefaults());
  }

  private WorkflowModule(EventJson events) {
    super(WorkflowModule.class.getName());
    addSerializer(WorkflowDefinition.class, new DefinitionSerializer());
    addDeserializer(WorkflowDefinition.class, new DefinitionDeserializer());
    addSerializer(Event.class, new EventSerializer(events));
    addDeserializer(Event.class, new EventDeserializer(events));
  }

  /** The module reading and writing events with {@code events}, e.g. one with your upcasters. */
  public static WorkflowModule withEvents(EventJson events) {
    return new WorkflowModule(Objects.requireNonNull(events, "events"));
  }

  /** The failure Jackson users expect, carrying ours; Jackson adds the reference chain. */
  private static DatabindException failure(JsonParser parser, RuntimeException problems) {
    return DatabindException.from(parser, problems.getMessage(), problems);
  }

  private static String pointer(JsonParser parser) {
    return parser.streamReadContext().pathAsPointer().toString();
  }

  private static final class DefinitionSerializer extends StdSerializer<WorkflowDefinition> {
    DefinitionSerializer() {
      super(WorkflowDefinition.class);
    }

    @Override
    public void serialize(WorkflowDefinition definition, JsonGenerator out, SerializationContext context) {
      write(DefinitionWriter.write(definition), out);
    }

    private static void write(Json node, JsonGenerator out) {
      if (node instanceof Json.Obj) {
        out.writeStartObject();
        for (Json.Member member : ((Json.Obj) node).members().values()) {
          out.writeName(member.name());
          write(member.value(), out);
        }
        out.writeEndObject();
      } else if (node instanceof Json.Arr) {
        out.writeStartArray();
        for (Json element : ((Json.Arr) node).elements()) {
          write(element, out);
        }
        out.writeEndArray();
      } else if (node instanceof Json.Str) {
        out.writeString(((Json.Str) node).value());
      } else if (node instanceof Json.Num) {
        out.writeNumber(((Json.Num) node).text());
      } else if (node instanceof Json.Bool) {
        out.writeBoolean(((Json.Bool) node).value());
      } else {
        out.writeNull();
      }
    }
  }

  private static final class DefinitionDeserializer extends StdDeserializer<WorkflowDefinition> {
    DefinitionDeserializer() {
      super(WorkflowDefinition.class);
    }

    @Override
    public WorkflowDefinition deserialize(JsonParser parser, DeserializationContext context) {
      try {
        return WorkflowJson.readDefinition(parser);
      } catch (InvalidDefinitionException e) {
        throw failure(parser, e);
      }
    }
  }

  private static final class EventSerializer extends StdSerializer<Event> {
    private static final JsonMapper LINES = JsonMapper.builder().build();
    private final EventJson events;

    EventSerializer(EventJson events) {
      super(Event.class);
      this.events = events;
    }

    @Override
    public void serialize(Event event, JsonGenerator out, SerializationContext context) {
      out.writeTree(LINES.readTree(events.write(event)));
    }
  }

  private static final class EventDeserializer extends StdDeserializer<Event> {
    private final EventJson events;

    EventDeserializer(EventJson events) {
      super(Event.class);
      this.events = events;
    }

    @Override
    public Event deserialize(JsonParser parser, DeserializationContext context) {
      String pointer = pointer(parser);
      int line = Math.max(1, parser.currentTokenLocation().getLineNr());
      String text = context.readTree(parser).toString();
      try {
        return events.read(text);
      } catch (EventFormatException e) {
        throw failure(parser, new EventFormatException(e.problems().stream()
            .map(problem -> new EventProblem(line, pointer + problem.pointer(), problem.kind(), problem.message()))
            .toList()));
      }
    }
  }
}
