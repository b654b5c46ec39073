package nl.schuldhulp.workflow.jackson.events;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Event;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes and reads case events as JSON, one event per line, and a case's event stream as JSON
 * Lines (Jackson 3, {@code tools.jackson}).
 *
 * <pre>{@code
 * EventJson json = EventJson.ofDefaults();
 * json.writeLines(store.load(caseId), writer);        // export
 * List<Event> events = json.readLines(reader);        // import: all events, or an exception
 * }</pre>
 *
 * <p><b>The format</b> (docs/event-format.md has the full table). One JSON object per event:
 * <pre>
 * {"type":"StepEntered","schema":2,"caseId":"2026-0042","version":3,"at":"2026-03-02T09:30:00Z",
 *  "actor":{"organisation":"gemeente","role":"consulent","professional":"p-17"},
 *  "change":{"step":"intake","phase":"INTAKE","previousStep":"aanmelding"}}
 * </pre>
 * {@code type} is the stable name of the event type (the {@link nl.schuldhulp.workflow.casefile.Change}
 * record's simple name when it was introduced; never renamed), {@code schema} the version of that
 * type's shape, {@code at} an ISO-8601 instant in UTC, {@code actor} a professional as above or
 * <code>{"client":"c-1"}</code>. The {@code change} object's members are the record's components,
 * every one always written: constants by name ({@code "INTAKE"}), dates as {@code "2026-03-02"},
 * terms as in the definition format (<code>{"weeks":4}</code>), a task owner {@code "client"} or
 * <code>{"organisation":..,"role":..}</code>, a follow-up {@code "notRecorded"}, <code>
 * {"scheduled":"a-2"}</code> or <code>{"none":"reason"}</code>. Lines end with {@code \n}.
 *
 * <p><b>Older events.</b> A line in an older schema of its type is upcast to the current one by the
 * registered {@link Upcaster}s before it is read; {@link #ofDefaults()} holds the library's own.
 *
 * <p><b>Problems.</b> Reading never returns part of the input: it returns every event or throws
 * one {@link EventFormatException} listing every problem, each with its line and JSON pointer
 * (malformed JSON, unknown event type or schema, missing, unknown or bad members, versions of a case
 * that are not 1, 2, 3, ... in order). Blank lines are skipped. Hostile input fails with a {@link
 * EventProblem.Kind#LIMIT} problem: at most 100,000 characters in a line, 16 levels of nesting,
 * 10,000 characters in a string, 20 in a number, 1,000,000 lines; reading stops after 1,000
 * problems. Only a failing {@link Reader} or {@link Writer} throws something else: {@link
 * UncheckedIOException}.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class EventJson {
  private static final EventJson DEFAULTS =
      new EventJson(Limits.DEFAULTS, UpcasterChain.NONE.with(Upcaster.renaming("StepEntered", 1, "from", "previousStep"))
          .with(ActivityEndedUpcaster.INSTANCE));

  private final Limits limits;
  private final UpcasterChain upcasters;
  private final EventReader reader;
  private final JsonMapper mapper;

  EventJson(Limits limits, UpcasterChain upcasters) {
    this.limits = limits;
    this.upcasters = upcasters;
    this.reader = new EventReader(limits, upcasters);
    this.mapper = reader.mapper();
  }

  /** The current format with the library's own upcasters and the documented limits. */
  public static EventJson ofDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy that also applies {@code upcaster}, e.g. for events written by a fork of the library.
   *
   * @throws IllegalArgumentException when its type is unknown, its schema is not older than the
   *     type's current one, or an upcaster from that schema of that type is registered already
   */
  public EventJson withUpcaster(Upcaster upcaster) {
    return new EventJson(limits, upcasters.with(upcaster));
  }

  UpcasterChain upcasters() {
    return upcasters;
  }

  /** The event as one line of JSON, without a line end. */
  public String write(Event event) {
    Objects.requireNonNull(event, "event");
    ChangeCodec<?> codec = ChangeCodecs.of(event.change());
    ObjectNode line = new FieldWriter()
        .text("type", codec.type())
        .integer("schema", codec.schema())
        .put("caseId", Values.CASE_ID, event.caseId())
        .put("version", Values.POSITIVE, event.version())
        .put("at", Values.INSTANT, event.at())
        .put("actor", Values.ACTOR, event.actor())
        .object();
    line.set("change", codec.write(event.change()));
    return mapper.writeValueAsString(line);
  }

  /**
   * Reads one event written by {@link #write} (or by an older version of the library).
   *
   * @throws EventFormatException listing every problem, on line 1
   */
  public Event read(String json) {
    Objects.requireNonNull(json, "json");
    Problems problems = new Problems(limits.maxProblems());
    if (json.length() > limits.maxLineChars()) {
      problems.add(EventProblem.Kind.LIMIT, "", "longer than " + limits.maxLineChars() + " characters");
    }
    Event event = problems.count() == 0 ? reader.read(json, problems) : null;
    problems.throwIfAny();
    return event;
  }

  /**
   * Writes the events as JSON Lines, each ending with {@code \n}; the writer is not closed.
   *
   * @throws UncheckedIOException when the writer fails
   */
  public void writeLines(List<Event> events, Writer out) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(out, "out");
    try {
      for (Event event : events) {
        out.write(write(event));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The events as JSON Lines text; see {@link #writeLines(List, Writer)}. */
  public String writeLines(List<Event> events) {
    var out = new java.io.StringWriter();
    writeLines(events, out);
    return out.toString();
  }

  /**
   * Reads every event of a JSON Lines stream, to its end; the reader is not closed. All or nothing:
   * the events in the order of the lines, or an exception listing every problem. Besides each line's
   * own problems, each case's versions must run 1, 2, 3, ... in the order of the lines, so a lost,
   * repeated or reordered line is noticed (checked only as long as every line before could be read).
   *
   * @throws EventFormatException listing every problem, with line numbers
   * @throws UncheckedIOException when the reader fails
   */
  public List<Event> readLines(Reader in) {
    Objects.requireNonNull(in, "in");
    Problems problems = new Problems(limits.maxProblems());
    List<Event> events = new ArrayList<>();
    Map<CaseId, Long> versions = new HashMap<>();
    LineReader lines = new LineReader(in, limits.maxLineChars());
    for (LineReader.Line line = lines.next(); line != null && !problems.full(); line = lines.next()) {
      problems.atLine(line.number());
      if (line.number() > limits.maxLines()) {
        problems.add(EventProblem.Kind.LIMIT, "", "more than " + limits.maxLines() + " lines; reading stopped here");
        break;
      }
      if (line.tooLong()) {
        problems.add(EventProblem.Kind.LIMIT, "", "line longer than " + limits.maxLineChars() + " characters");
      } else if (!line.text().isBlank()) {
        Event event = reader.read(line.text(), problems);
        if (event != null && problems.count() == 0) {
          checkSequence(event, versions, problems);
        }
        if (event != null) {
          events.add(event);
        }
      }
    }
    problems.throwIfAny();
    return List.copyOf(events);
  }

  /** Reads every event of JSON Lines text; see {@link #readLines(Reader)}. */
  public List<Event> readLines(String jsonLines) {
    return readLines(new StringReader(Objects.requireNonNull(jsonLines, "jsonLines")));
  }

  private static void checkSequence(Event event, Map<CaseId, Long> versions, Problems problems) {
    long expected = versions.getOrDefault(event.caseId(), 0L) + 1;
    if (event.version() != expected) {
      problems.add(EventProblem.Kind.SEQUENCE, "/version", expected == 1
          ? "case " + event.caseId() + " starts at version " + event.version() + "; expected 1"
          : "version " + event.version() + " of case " + event.caseId() + " follows version " + (expected - 1)
              + "; expected " + expected);
    }
    versions.put(event.caseId(), event.version());
  }
}
