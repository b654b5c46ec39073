package nl.schuldhulp.workflow.jackson;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Test helpers to read, walk and change {@link Json} trees by JSON pointer. */
final class Trees {
  private Trees() {}

  static Json parse(String json) {
    return new JsonTreeReader(Limits.DEFAULTS).read(new StringReader(json)).root();
  }

  /** The pointer of every value below the root, in document order. */
  static List<String> pointers(Json root) {
    List<String> pointers = new ArrayList<>();
    collect(root, "", pointers);
    return pointers;
  }

  private static void collect(Json node, String pointer, List<String> pointers) {
    if (node instanceof Json.Obj) {
      for (Json.Member member : ((Json.Obj) node).members().values()) {
        String child = Pointers.child(pointer, member.name());
        pointers.add(child);
        collect(member.value(), child, pointers);
      }
    } else if (node instanceof Json.Arr) {
      List<Json> elements = ((Json.Arr) node).elements();
      for (int i = 0; i < elements.size(); i++) {
        String child = Pointers.child(pointer, i);
        pointers.add(child);
        collect(elements.get(i), child, pointers);
      }
    }
  }

  /** The value at {@code pointer}. */
  static Json get(Json root, String pointer) {
    Json node = root;
    for (String token : Pointers.tokens(pointer)) {
      node = node instanceof Json.Obj
          ? ((Json.Obj) node).members().get(token).value()
          : ((Json.Arr) node).elements().get(Integer.parseInt(token));
    }
    return node;
  }

  /** A copy of the tree with the value at {@code pointer} replaced. */
  static Json replace(Json root, String pointer, UnaryOperator<Json> change) {
    return replace(root, Pointers.tokens(pointer), 0, change);
  }

  private static Json replace(Json node, List<String> tokens, int depth, UnaryOperator<Json> change) {
    if (depth == tokens.size()) {
      return change.apply(node);
    }
    String token = tokens.get(depth);
    if (node instanceof Json.Obj) {
      Map<String, Json.Member> members = new LinkedHashMap<>(((Json.Obj) node).members());
      Json.Member member = members.get(token);
      members.put(token, new Json.Member(token, member.nameAt(), replace(member.value(), tokens, depth + 1, change)));
      return new Json.Obj(node.at(), members);
    }
    List<Json> elements = new ArrayList<>(((Json.Arr) node).elements());
    int index = Integer.parseInt(token);
    elements.set(index, replace(elements.get(index), tokens, depth + 1, change));
    return new Json.Arr(node.at(), elements);
  }

  /** A copy of an object with member {@code name} renamed (same place) or followed by {@code extra}. */
  static Json.Obj withMember(Json.Obj object, String name, String newName, boolean keepOriginal) {
    Map<String, Json.Member> members = new LinkedHashMap<>();
    for (Json.Member member : object.members().values()) {
      if (!member.name().equals(name) || keepOriginal) {
        members.put(member.name(), member);
      }
      if (member.name().equals(name)) {
        members.put(newName, new Json.Member(newName, member.nameAt(), member.value()));
      }
    }
    return new Json.Obj(object.at(), members);
  }
}
