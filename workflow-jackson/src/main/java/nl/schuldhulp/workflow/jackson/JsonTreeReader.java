package nl.schuldhulp.workflow.jackson;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON text into a {@link Json} tree with the location of every value, using Jackson's
 * streaming parser and an explicit stack (no recursion, so deep nesting cannot overflow the
 * stack). Enforces the {@link Limits}; the first syntax error or exceeded limit stops reading with
 * one problem. Duplicate member names do not stop reading: the first occurrence is kept and each
 * repeat is a problem.
 *
 * <p>This class is immutable and threadsafe.
 */
final class JsonTreeReader {
  private static final Pattern CHARACTER_CODE = Pattern.compile("\\s*\\(code \\d+\\)");
  private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at [^)]*\\)+");
  private static final Pattern COMMENT_HINT = Pattern.compile(": maybe a \\(non-standard\\) comment\\?.*");
  private static final Pattern END_OF_INPUT = Pattern.compile("^Unexpected end-of-input.*");
  private static final Pattern FEATURE_HINT = Pattern.compile("(:|;)?\\s*(enable|\\(not recognized| to allow).*");

  private final Limits limits;
  private final JsonFactory factory;

  JsonTreeReader(Limits limits) {
    this.limits = limits;
    this.factory =
        JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentChars())
                    .maxNestingDepth(limits.maxDepth())
                    .maxStringLength(limits.maxTextLength())
                    .maxNameLength(limits.maxTextLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxTokenCount(limits.maxValues())
                    .build())
            .build();
  }

  /**
   * The tree and the non-fatal problems (duplicate members) found while reading it.
   *
   * @param root the document's root value
   * @param problems duplicate-member problems, possibly none
   */
  record Parsed(Json root, List<JsonProblem> problems) {}

  /** Thrown when reading must stop: a syntax error or an exceeded limit. */
  static final class StopReading extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final JsonProblem problem;

    StopReading(JsonProblem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }

    JsonProblem problem() {
      return problem;
    }
  }

  /** Reads characters; the caller closes the reader. */
  Parsed read(Reader text) {
    return parse(factory.createParser(ObjectReadContext.empty(), text));
  }

  /** Reads bytes (UTF-8, UTF-16 or UTF-32, detected); the caller closes the stream. */
  Parsed read(InputStream bytes) {
    return parse(factory.createParser(ObjectReadContext.empty(), bytes));
  }

  /**
   * Reads the value at the parser's current token, inside a document someone else reads (see
   * {@link WorkflowModule}): the parser is left on the value's last token and not closed. Pointers
   * are relative to the value, lines and columns those of the document; the parser's own
   * constraints apply besides this reader's element limit.
   */
  Parsed readValue(JsonParser parser) {
    return guarded(parser, builder -> builder.value(parser, parser.currentToken()),
        e -> "the document exceeds a reading limit: " + e.getOriginalMessage());
  }

  private Parsed parse(JsonParser parser) {
    return guarded(parser, builder -> {
      try (parser) {
        return builder.build(parser);
      }
    }, this::limitMessage);
  }

  private Parsed guarded(JsonParser parser, Function<Builder, Parsed> read,
      Function<StreamConstraintsException, String> limitMessage) {
    Builder builder = new Builder();
    try {
      return read.apply(builder);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (StreamConstraintsException e) {
      builder.nameBeingRead(parser.streamReadContext().currentName());
      throw new StopReading(builder.problem(JsonProblem.LIMIT, limitMessage.apply(e), where(e, parser)));
    } catch (JacksonException e) {
      builder.nameBeingRead(parser.streamReadContext().currentName());
      throw new StopReading(
          builder.problem(JsonProblem.SYNTAX, "invalid JSON: " + syntaxMessage(e), where(e, parser)));
    }
  }

  private static Json.Location where(JacksonException e, JsonParser parser) {
    TokenStreamLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      location = parser.currentLocation();
    }
    return location(location);
  }

  private static Json.Location location(TokenStreamLocation location) {
    return new Json.Location(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private String limitMessage(StreamConstraintsException e) {
    String original = e.getOriginalMessage();
    if (original.startsWith("Document nesting depth")) {
      return "the document nests deeper than the limit of " + limits.maxDepth() + " levels";
    } else if (original.startsWith("Document length")) {
      return "the document is longer than the limit of " + limits.maxDocumentChars() + " characters";
    } else if (original.startsWith("String value length")) {
      return "a text is longer than the limit of " + limits.maxTextLength() + " characters";
    } else if (original.startsWith("Name length")) {
      return "a member name is longer than the limit of " + limits.maxTextLength() + " characters";
    } else if (original.startsWith("Number value length")) {
      return "a number is longer than the limit of " + limits.maxNumberLength() + " characters";
    } else if (original.startsWith("Token count")) {
      return "the document has more than the limit of " + limits.maxValues() + " values";
    }
    return "the document exceeds a reading limit: " + original;
  }

  /** Jackson's message without character codes, internal locations or hints about its features. */
  static String syntaxMessage(JacksonException e) {
    String message = e.getOriginalMessage();
    message = CHARACTER_CODE.matcher(message).replaceAll("");
    message = START_MARKER.matcher(message).replaceAll("");
    message = COMMENT_HINT.matcher(message).replaceAll(": comments are not allowed in JSON");
    message = FEATURE_HINT.matcher(message).replaceAll("");
    message = END_OF_INPUT.matcher(message).replaceAll("the document ends too early");
    return message.strip();
  }

  /** Builds the tree token by token; not threadsafe, one per document. */
  private final class Builder {
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final List<JsonProblem> problems = new ArrayList<>();

    Parsed build(JsonParser parser) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw new StopReading(
            problem(JsonProblem.SYNTAX, "the document is empty", location(parser.currentLocation())));
      }
      Parsed parsed = value(parser, token);
      if (parser.nextToken() != null) {
        throw new StopReading(
            problem(
                JsonProblem.SYNTAX,
                "unexpected content after the end of the document",
                location(parser.currentTokenLocation())));
      }
      return parsed;
    }

    /** Reads the value starting at {@code token}; the parser is left on its last token. */
    Parsed value(JsonParser parser, JsonToken token) {
      while (true) {
        Json complete = step(parser, token, location(parser.currentTokenLocation()));
        if (complete != null && stack.isEmpty()) {
          return new Parsed(complete, problems);
        }
        token = parser.nextToken();
        if (token == null) {
          throw new StopReading(
              problem(JsonProblem.SYNTAX, "invalid JSON: unexpected end of the document",
                  location(parser.currentLocation())));
        }
      }
    }

    /** Handles one token; returns a value once it is complete and attached, else null. */
    private Json step(JsonParser parser, JsonToken token, Json.Location at) {
      switch (token) {
        case START_OBJECT:
          stack.push(new Frame(at, true));
          return null;
        case START_ARRAY:
          stack.push(new Frame(at, false));
          return null;
        case PROPERTY_NAME:
          Frame frame = stack.element();
          frame.pendingName = parser.currentName();
          frame.pendingNameAt = at;
          return null;
        case END_OBJECT:
        case END_ARRAY:
          return attach(stack.pop().value());
        case VALUE_STRING:
          return attach(new Json.Str(at, parser.getString()));
        case VALUE_NUMBER_INT:
          return attach(new Json.Num(at, parser.getString(), true));
        case VALUE_NUMBER_FLOAT:
          return attach(new Json.Num(at, parser.getString(), false));
        case VALUE_TRUE:
          return attach(new Json.Bool(at, true));
        case VALUE_FALSE:
          return attach(new Json.Bool(at, false));
        case VALUE_NULL:
          return attach(new Json.Null(at));
        default:
          throw new StopReading(problem(JsonProblem.SYNTAX, "invalid JSON: unexpected " + token, at));
      }
    }

    private Json attach(Json value) {
      Frame parent = stack.peek();
      if (parent == null) {
        return value;
      }
      if (parent.size() >= limits.maxElements()) {
        throw new StopReading(
            problem(
                JsonProblem.LIMIT,
                (parent.object ? "an object has more than the limit of " : "an array has more than the limit of ")
                    + limits.maxElements()
                    + (parent.object ? " members" : " elements"),
                value.at()));
      }
      if (parent.object) {
        String name = parent.pendingName;
        if (parent.members.containsKey(name)) {
          problems.add(
              problem(JsonProblem.DUPLICATE, "member \"" + name + "\" appears more than once", parent.pendingNameAt));
        } else {
          parent.members.put(name, new Json.Member(name, parent.pendingNameAt, value));
        }
        parent.pendingName = null;
      } else {
        parent.elements.add(value);
      }
      return value;
    }

    /**
     * Jackson reads a member's name and the start of its value in one step, so a value that fails
     * to read fails before its name is seen here; this takes the name from the parser instead.
     */
    void nameBeingRead(String name) {
      Frame frame = stack.peek();
      if (name != null && frame != null && frame.object && frame.pendingName == null
          && !frame.members.containsKey(name)) {
        frame.pendingName = name;
      }
    }

    /** A problem at the value currently being read. */
    JsonProblem problem(String code, String message, Json.Location at) {
      return new JsonProblem(code, pointer(), at.line(), at.column(), message, "");
    }

    /** The JSON pointer of the value currently being read. */
    private String pointer() {
      StringBuilder pointer = new StringBuilder();
      for (Iterator<Frame> frames = stack.descendingIterator(); frames.hasNext(); ) {
        Frame frame = frames.next();
        if (!frame.object) {
          pointer.append('/').append(frame.elements.size());
        } else if (frame.pendingName != null) {
          pointer.append('/').append(Pointers.escape(frame.pendingName));
        } else {
          break;
        }
      }
      return pointer.toString();
    }
  }

  /** An object or array under construction. */
  private static final class Frame {
    final Json.Location at;
    final boolean object;
    final Map<String, Json.Member> members = new LinkedHashMap<>();
    final List<Json> elements = new ArrayList<>();
    String pendingName;
    Json.Location pendingNameAt;

    Frame(Json.Location at, boolean object) {
      this.at = at;
      this.object = object;
    }

    int size() {
      return object ? members.size() : elements.size();
    }

    Json value() {
      return object ? new Json.Obj(at, members) : new Json.Arr(at, elements);
    }
  }
}
