package nl.schuldhulp.workflow.jackson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it stood in the text, so every problem found while
 * binding can name a line and a column. Writing builds the same tree with {@link Location#NONE}.
 * Package-private; immutable once built.
 */
sealed interface Json {

  /** Where the value starts in the text. */
  Location at();

  /** What the value is, as a person would say it ("an object", "text"). */
  String kind();

  /**
   * A line and column, both counted from 1.
   *
   * @param line line number
   * @param column column number
   */
  record Location(int line, int column) {
    /** The location of values that did not come from a text. */
    static final Location NONE = new Location(1, 1);
  }

  /**
   * An object member: its name, where the name stands, and its value.
   *
   * @param name member name
   * @param nameAt where the name stands
   * @param value the value
   */
  record Member(String name, Location nameAt, Json value) {}

  /**
   * A JSON object; members in the order written.
   *
   * @param at where the opening brace stands
   * @param members members by name, in document order
   */
  record Obj(Location at, Map<String, Member> members) implements Json {
    public Obj {
      members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    @Override
    public String kind() {
      return "an object";
    }
  }

  /**
   * A JSON array.
   *
   * @param at where the opening bracket stands
   * @param elements the elements
   */
  record Arr(Location at, List<Json> elements) implements Json {
    public Arr {
      elements = List.copyOf(elements);
    }

    @Override
    public String kind() {
      return "an array";
    }
  }

  /**
   * A JSON string.
   *
   * @param at where the string stands
   * @param value the text
   */
  record Str(Location at, String value) implements Json {
    @Override
    public String kind() {
      return "text";
    }
  }

  /**
   * A JSON number, kept as written so that huge or fractional numbers are reported, not rounded.
   *
   * @param at where the number stands
   * @param text the number as written
   * @param whole whether it was written without fraction or exponent
   */
  record Num(Location at, String text, boolean whole) implements Json {
    @Override
    public String kind() {
      return whole ? "a whole number" : "a fractional number";
    }
  }

  /**
   * A JSON boolean.
   *
   * @param at where it stands
   * @param value the value
   */
  record Bool(Location at, boolean value) implements Json {
    @Override
    public String kind() {
      return "true or false";
    }
  }

  /**
   * JSON {@code null}.
   *
   * @param at where it stands
   */
  record Null(Location at) implements Json {
    @Override
    public String kind() {
      return "null";
    }
  }
}
