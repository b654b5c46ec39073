package nl.schuldhulp.workflow.jackson;

import java.util.ArrayList;
import java.util.List;

/** JSON pointer (RFC 6901) helpers. Package-private; stateless. */
final class Pointers {
  private Pointers() {}

  /** Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code pointer} with one more reference token. */
  static String child(String pointer, String token) {
    return pointer + "/" + escape(token);
  }

  /** {@code pointer} with an array index appended. */
  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** The pointer without its last token; the root stays the root. */
  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? "" : pointer.substring(0, slash);
  }

  /** The unescaped reference tokens of {@code pointer}. */
  static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      tokens.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return tokens;
  }
}
