package nl.schuldhulp.workflow.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** Text handling shared by the writers: cleaning, escaping and wrapping labels. */
final class Text {
  /** Marks text cut short. */
  static final String ELLIPSIS = "\u2026";

  private Text() {}

  /**
   * The label on one line: line breaks and tabs become spaces, runs of spaces fold, and characters
   * XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE, U+FFFF) become U+FFFD.
   */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.appendCodePoint(allowedInXml(cp) ? cp : 0xFFFD);
      }
    }
    return out.toString();
  }

  private static boolean allowedInXml(int cp) {
    return cp == '\t'
        || cp == '\n'
        || cp == '\r'
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || cp >= 0x10000;
  }

  /** Escapes a label for XML content and attribute values, on one line (see {@link #oneLine}). */
  static String xml(String text) {
    return escape(oneLine(text));
  }

  /**
   * Escapes text for XML content and attribute values, keeping its line breaks and spaces;
   * characters XML cannot carry become U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.appendCodePoint(allowedInXml(cp) ? cp : 0xFFFD);
      }
    }
    return out.toString();
  }

  /** The text with its first character (code point) changed by {@code change}; empty stays empty. */
  static String withFirst(String text, IntUnaryOperator change) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder(text.length())
        .appendCodePoint(change.applyAsInt(first))
        .append(text, Character.charCount(first), text.length())
        .toString();
  }

  /** The number of characters a reader sees (code points, so an emoji counts once). */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * Breaks text into lines of at most {@code width} characters at spaces, splitting longer words,
   * and keeps at most {@code maxLines} lines, the last ending in an ellipsis when text was cut.
   */
  static List<String> wrap(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : oneLine(text).split(" ")) {
      while (length(word) > width) {
        flush(line, lines);
        int cut = word.offsetByCodePoints(0, width);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      if (line.length() > 0 && length(line.toString()) + 1 + length(word) > width) {
        flush(line, lines);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    flush(line, lines);
    if (lines.size() <= maxLines) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
    String last = kept.get(maxLines - 1);
    if (length(last) >= width) {
      last = last.substring(0, last.offsetByCodePoints(0, width - 1));
    }
    kept.set(maxLines - 1, last + ELLIPSIS);
    return kept;
  }

  private static void flush(StringBuilder line, List<String> lines) {
    if (line.length() > 0) {
      lines.add(line.toString());
      line.setLength(0);
    }
  }
}
