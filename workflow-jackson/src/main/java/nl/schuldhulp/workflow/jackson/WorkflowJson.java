package nl.schuldhulp.workflow.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import tools.jackson.core.JsonParser;

/**
 * Reads and writes workflow definitions in their JSON format (Jackson 3, {@code tools.jackson}).
 *
 * <pre>{@code
 * WorkflowDefinition definition = WorkflowJson.readDefinition(Path.of("utrecht.json"));
 * String json = WorkflowJson.write(definition);
 * }</pre>
 *
 * <p><b>The format.</b> One object whose member names are the record component names of
 * {@link WorkflowDefinition} and its parts, so a validator path such as {@code
 * /steps/3/transitions/0/to} points into the file. Ids are words, labels Dutch, dates {@code
 * YYYY-MM-DD}, enum values the Java constant names in upper case ({@code "INTAKE"}, {@code
 * "CLIENT_LEAD"}). It starts with {@code "formatVersion": 1}; a {@code "$schema"} member is
 * allowed and ignored. Terms are written as people say them: <code>{"weeks": 4}</code>,
 * <code>{"workingDays": 3}</code>, <code>{"days": 14}</code>, <code>{"months": 18}</code>. Guards are
 * one-member objects from the closed set: <code>{"always": {}}</code>, <code>{"factEquals":
 * {"fact": "spoor", "value": "3"}}</code>, <code>{"flagSet": "URGENT"}</code>, <code>{"scoreAtLeast":
 * {"domain": "financien", "score": 3}}</code>, <code>{"requiredTasksDone": {}}</code>, <code>
 * {"accessGranted": {}}</code>, <code>{"activityActive": "BUDGET_MANAGEMENT"}</code>, <code>{"allOf":
 * [...]}</code>, <code>{"anyOf": [...]}</code>, <code>{"not": {...}}</code>. Milestones likewise:
 * <code>{"registered": {}}</code>, <code>{"firstConversation": {}}</code>, <code>{"accessDecided":
 * {}}</code>, <code>{"closed": {}}</code>, <code>{"stepEntered": "huisbezoek"}</code>, <code>
 * {"taskCompleted": "voorstel"}</code>, <code>{"activityStarted": "DEBT_SETTLEMENT"}</code>, <code>
 * {"activityEnded": ...}</code>, <code>{"flagRaised": "URGENT"}</code>, <code>{"appointmentHeld":
 * "INTAKE"}</code>. A task owner is {@code "client"} or <code>{"organisation": "buurtteam", "role":
 * "generalist"}</code>. A validity is <code>{"from": "2023-07-01"}</code>, <code>{"until": ...}</code>
 * or both. {@code "includeDefaultNorms": true} puts the built-in {@link
 * nl.schuldhulp.workflow.definition.Norms#defaults()} before the listed norms. Optional members and
 * their defaults: lists empty, {@code description} "", {@code signals} and {@code policy} per member
 * as their {@code defaults()}, {@code aftercare} none, a transition's {@code guard} always, {@code
 * priority} 0 and {@code label} its target, a norm's {@code appliesWhen} always and {@code
 * validity} always, an exit's {@code condition} always, a regie rule's {@code handover} WARM,
 * booleans false. The JSON Schema (draft 2020-12) is the resource {@value #SCHEMA_RESOURCE}.
 *
 * <p><b>Problems.</b> Reading reports every problem it can in one {@link
 * InvalidDefinitionException}, each with its JSON pointer, line and column: a syntax error (which
 * stops reading), wrong types, missing, unknown (with the closest known name) and duplicate
 * members, invalid values (unknown constants with the closest one, blank ids, dates), then the
 * definition's semantic problems mapped to the file.
 *
 * <p><b>Limits.</b> Hostile or broken input fails with a problem, never a stack overflow or an
 * out-of-memory error: at most 1,000,000 characters, 64 levels of nesting, 10,000 characters in
 * one string or member name, 10,000 elements in one array or object, 500,000 values in all and 20
 * characters in one number.
 *
 * <p>This class is stateless and threadsafe.
 */
public final class WorkflowJson {
  /** The class-path resource of the JSON Schema (draft 2020-12) of the definition format. */
  public static final String SCHEMA_RESOURCE = "/nl/schuldhulp/workflow/jackson/workflow-definition.schema.json";

  private static final DefinitionReader READER = new DefinitionReader(Limits.DEFAULTS, SemanticCheck.VALIDATOR);
  private static final String TEXT = "(text)";

  private WorkflowJson() {}

  /**
   * Reads a definition from JSON text.
   *
   * @throws InvalidDefinitionException listing every problem found
   */
  public static WorkflowDefinition readDefinition(String json) {
    Objects.requireNonNull(json, "json");
    return READER.read(TEXT, trees -> trees.read(new StringReader(json)));
  }

  /**
   * Reads a definition from a reader, which is read to the end but not closed.
   *
   * @throws InvalidDefinitionException listing every problem found
   * @throws UncheckedIOException when the reader fails
   */
  public static WorkflowDefinition readDefinition(Reader json) {
    Objects.requireNonNull(json, "json");
    return READER.read(TEXT, trees -> trees.read(json));
  }

  /**
   * Reads a definition from a file in UTF-8 (UTF-16 and UTF-32 are detected too).
   *
   * @throws InvalidDefinitionException listing every problem found, naming the file
   * @throws UncheckedIOException when the file cannot be read
   */
  public static WorkflowDefinition readDefinition(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream bytes = Files.newInputStream(file)) {
      return READER.read(file.toString(), trees -> trees.read(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the definition that is the value at the parser's current token, for {@link
   * WorkflowModule}: the same checks as a file, problems under the value's pointer in the document.
   */
  static WorkflowDefinition readDefinition(JsonParser parser) {
    String pointer = parser.streamReadContext().pathAsPointer().toString();
    try {
      return READER.read(TEXT, trees -> trees.readValue(parser));
    } catch (InvalidDefinitionException e) {
      throw e.under(pointer);
    }
  }

  /**
   * The definition as JSON text in the documented format, indented for people; members equal to
   * their default are left out. Reading the text back gives an equal definition.
   */
  public static String write(WorkflowDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    return JsonPrinter.print(DefinitionWriter.write(definition));
  }
}
