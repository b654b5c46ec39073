package nl.schuldhulp.workflow.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reader for the subset of Mermaid flowchart syntax the diagrams use. It fails on any line
 * it does not recognise, on unbalanced subgraphs, duplicate or undefined node ids, and on label text
 * that Mermaid would read as syntax; it decodes entity codes so tests compare labels as people read
 * them.
 */
final class MermaidSyntax {
  private static final String ID = "([A-Za-z0-9_]+)";
  private static final Pattern SUBGRAPH = Pattern.compile("^  subgraph " + ID + "\\[\"([^\"]*)\"\\]$");
  private static final Pattern NODE =
      Pattern.compile("^\\s*" + ID + "(\\(\\[|\\(\\(|\\[)\"([^\"]*)\"(\\]\\)|\\)\\)|\\])$");
  private static final Pattern EDGE =
      Pattern.compile("^  " + ID + " (-->|-\\.->)(?:\\|\"([^\"]*)\"\\|)? " + ID + "$");
  private static final Pattern CLASS = Pattern.compile("^  class [A-Za-z0-9_,]+ [a-z]+$");
  private static final Pattern CLASS_DEF = Pattern.compile("^  classDef [a-z]+ [a-z0-9#:,]+$");
  private static final Pattern ENTITY = Pattern.compile("#(\\d+);");
  /** Mermaid's style preprocessor takes {@code …:…#…;} for a colour; labels must not look so. */
  private static final Pattern STYLE_LOOKALIKE = Pattern.compile(":\\S*#");

  /** A node: its id, shape, decoded label lines and the subgraph it sits in ("" for none). */
  record Node(String id, String shape, List<String> lines, String subgraph) {}

  /** An edge; {@code dotted} for a closure arrow; label decoded, "" for none. */
  record Edge(String from, String to, boolean dotted, String label) {}

  /** A subgraph id and its decoded title. */
  record Subgraph(String id, String title) {}

  record Chart(Map<String, Node> nodes, List<Edge> edges, List<Subgraph> subgraphs) {
    Node nodeTitled(String title) {
      return nodes.values().stream()
          .filter(node -> node.lines().get(0).equals(title))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no node titled " + title + " in " + nodes.keySet()));
    }
  }

  private MermaidSyntax() {}

  static Chart parse(String text) {
    List<String> problems = new ArrayList<>();
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Edge> edges = new ArrayList<>();
    List<Subgraph> subgraphs = new ArrayList<>();
    String current = "";
    boolean header = false;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String where = "line " + (i + 1) + ": " + line;
      Matcher m;
      if (line.isEmpty() && i == lines.length - 1) {
        continue;
      } else if (line.startsWith("%% ") && !header) {
        if (line.contains("%%{") || line.contains("}%%")) {
          problems.add("directive in comment, " + where);
        }
        checkLabel(line.substring(3), where, problems);
      } else if (line.equals("flowchart LR") && !header) {
        header = true;
      } else if (!header) {
        problems.add("expected flowchart header, " + where);
      } else if ((m = SUBGRAPH.matcher(line)).matches()) {
        if (!current.isEmpty()) {
          problems.add("nested subgraph, " + where);
        }
        current = m.group(1);
        subgraphs.add(new Subgraph(m.group(1), decode(m.group(2), where, problems)));
      } else if (line.equals("  end")) {
        if (current.isEmpty()) {
          problems.add("end without subgraph, " + where);
        }
        current = "";
      } else if ((m = NODE.matcher(line)).matches()) {
        String shape = m.group(2) + m.group(4);
        if (!List.of("[]", "([])", "(())").contains(shape)) {
          problems.add("mismatched brackets " + shape + ", " + where);
        }
        List<String> label = List.of(decode(m.group(3), where, problems).split("\n", -1));
        if (nodes.put(m.group(1), new Node(m.group(1), shape, label, current)) != null) {
          problems.add("duplicate node id " + m.group(1));
        }
      } else if ((m = EDGE.matcher(line)).matches()) {
        String label = m.group(3) == null ? "" : decode(m.group(3), where, problems);
        edges.add(new Edge(m.group(1), m.group(4), m.group(2).equals("-.->"), label));
      } else if (!CLASS.matcher(line).matches() && !CLASS_DEF.matcher(line).matches()) {
        problems.add("unrecognised " + where);
      }
    }
    if (!current.isEmpty()) {
      problems.add("subgraph " + current + " not closed");
    }
    for (Edge edge : edges) {
      if (!nodes.containsKey(edge.from()) || !nodes.containsKey(edge.to())) {
        problems.add("edge between undeclared nodes " + edge);
      }
    }
    for (Subgraph subgraph : subgraphs) {
      if (nodes.containsKey(subgraph.id())) {
        problems.add("subgraph id also a node id: " + subgraph.id());
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("Mermaid problems: " + problems + "\n" + text);
    }
    return new Chart(nodes, edges, subgraphs);
  }

  private static void checkLabel(String raw, String where, List<String> problems) {
    String bare = ENTITY.matcher(raw.replace("<br/>", "")).replaceAll("");
    for (char c : "\"<>&#|`%".toCharArray()) {
      if (bare.indexOf(c) >= 0) {
        problems.add("raw " + c + " in label, " + where);
      }
    }
    if (STYLE_LOOKALIKE.matcher(raw).find()) {
      problems.add("label looks like a style, " + where);
    }
  }

  private static String decode(String raw, String where, List<String> problems) {
    checkLabel(raw, where, problems);
    Matcher m = ENTITY.matcher(raw.replace("<br/>", "\n"));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
    }
    return m.appendTail(out).toString();
  }
}
