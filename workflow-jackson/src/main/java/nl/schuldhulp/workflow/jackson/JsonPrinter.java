package nl.schuldhulp.workflow.jackson;

import java.util.Iterator;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Prints a {@link Json} tree for people: two-space indentation, one member per line, but a value
 * that fits on the rest of its line is written on it (<code>"due": {"weeks": 1}</code>,
 * <code>"values": ["1", "2", "3"]</code>). Package-private; stateless and threadsafe.
 */
final class JsonPrinter {
  /** Lines are kept within this many characters where a value allows. */
  static final int WIDTH = 100;

  private JsonPrinter() {}

  /** The document text, ending in a newline. */
  static String print(Json root) {
    StringBuilder out = new StringBuilder();
    expanded(root, 0, out);
    return out.append('\n').toString();
  }

  private static void value(Json node, int indent, int used, StringBuilder out) {
    StringBuilder line = new StringBuilder();
    if (compact(node, line, WIDTH - used)) {
      out.append(line);
    } else {
      expanded(node, indent, out);
    }
  }

  private static void expanded(Json node, int indent, StringBuilder out) {
    if (node instanceof Json.Obj && !((Json.Obj) node).members().isEmpty()) {
      out.append("{\n");
      Iterator<Json.Member> members = ((Json.Obj) node).members().values().iterator();
      while (members.hasNext()) {
        Json.Member member = members.next();
        int start = out.length();
        indent(indent + 2, out);
        quote(member.name(), out);
        out.append(": ");
        value(member.value(), indent + 2, out.length() - start, out);
        out.append(members.hasNext() ? ",\n" : "\n");
      }
      indent(indent, out).append('}');
    } else if (node instanceof Json.Arr && !((Json.Arr) node).elements().isEmpty()) {
      out.append("[\n");
      Iterator<Json> elements = ((Json.Arr) node).elements().iterator();
      while (elements.hasNext()) {
        indent(indent + 2, out);
        value(elements.next(), indent + 2, indent + 2, out);
        out.append(elements.hasNext() ? ",\n" : "\n");
      }
      indent(indent, out).append(']');
    } else {
      compact(node, out, Integer.MAX_VALUE);
    }
  }

  /** Writes the value on one line; false (leaving {@code out} longer) once it exceeds {@code room}. */
  private static boolean compact(Json node, StringBuilder out, int room) {
    int start = out.length();
    if (node instanceof Json.Obj) {
      out.append('{');
      String separator = "";
      for (Json.Member member : ((Json.Obj) node).members().values()) {
        out.append(separator);
        quote(member.name(), out);
        out.append(": ");
        if (!compact(member.value(), out, room - (out.length() - start))) {
          return false;
        }
        separator = ", ";
      }
      out.append('}');
    } else if (node instanceof Json.Arr) {
      out.append('[');
      String separator = "";
      for (Json element : ((Json.Arr) node).elements()) {
        out.append(separator);
        if (!compact(element, out, room - (out.length() - start))) {
          return false;
        }
        separator = ", ";
      }
      out.append(']');
    } else if (node instanceof Json.Str) {
      quote(((Json.Str) node).value(), out);
    } else if (node instanceof Json.Num) {
      out.append(((Json.Num) node).text());
    } else if (node instanceof Json.Bool) {
      out.append(((Json.Bool) node).value());
    } else {
      out.append("null");
    }
    return out.length() - start <= room;
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    JsonStringEncoder.getInstance().quoteAsString(text, out);
    out.append('"');
  }

  private static StringBuilder indent(int spaces, StringBuilder out) {
    return out.append(" ".repeat(spaces));
  }
}
