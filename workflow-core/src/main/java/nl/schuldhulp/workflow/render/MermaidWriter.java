package nl.schuldhulp.workflow.render;

import java.util.List;

/** Writes a {@link Drawing} as Mermaid {@code flowchart} text. */
final class MermaidWriter {
  private MermaidWriter() {}

  static String write(Drawing drawing) {
    StringBuilder out = new StringBuilder();
    // a comment must stay on its line and must not look like a directive (%%{…}%%)
    out.append("%% ").append(label(drawing.title())).append(" \u2014 ").append(label(drawing.subtitle())).append('\n');
    out.append("flowchart LR\n");
    for (Drawing.Column column : drawing.columns()) {
      if (column.kind() == Drawing.ColumnKind.PHASE) {
        out.append("  subgraph ").append(column.id()).append("[\"").append(label(column.label())).append("\"]\n");
        column.nodes().forEach(node -> node(out, "    ", node, column.kind()));
        out.append("  end\n");
      } else {
        column.nodes().forEach(node -> node(out, "  ", node, column.kind()));
      }
    }
    for (Drawing.Edge edge : drawing.edges()) {
      out.append("  ").append(edge.from()).append(edge.kind() == Drawing.EdgeKind.CLOSURE ? " -.->" : " -->");
      if (!edge.label().isEmpty()) {
        out.append("|\"").append(label(edge.label())).append("\"|");
      }
      out.append(' ').append(edge.to()).append('\n');
    }
    for (Drawing.Column column : drawing.columns()) {
      if (column.kind() != Drawing.ColumnKind.PHASE) {
        List<String> ids = column.nodes().stream().map(Drawing.Node::id).toList();
        out.append("  class ").append(String.join(",", ids)).append(' ').append(column.kind().css).append('\n');
      }
    }
    out.append("  classDef entry fill:#f5f5f5,stroke:#616161\n");
    out.append("  classDef closure fill:#eceff1,stroke:#455a64\n");
    return out.toString();
  }

  private static void node(StringBuilder out, String indent, Drawing.Node node, Drawing.ColumnKind kind) {
    // a stadium for an entry, a circle for a closure, a box for a step; details on lines of their own
    boolean entry = kind == Drawing.ColumnKind.ENTRIES;
    boolean closure = kind == Drawing.ColumnKind.CLOSURES;
    out.append(indent).append(node.id()).append(entry ? "([" : closure ? "((" : "[").append('"').append(label(node.title()));
    for (String detail : node.details()) {
      out.append("<br/>").append(label(detail));
    }
    out.append('"').append(entry ? "])" : closure ? "))" : "]").append('\n');
  }

  /**
   * Escapes text for a quoted Mermaid label. Characters that Mermaid or the HTML it renders to
   * would read as syntax become Mermaid entity codes ({@code #34;} for a quote): {@code " # & < >
   * ` | %}, and a colon followed by a non-space (Mermaid's style preprocessor reads {@code
   * :…#…;} as a colour). Everything else, including letters with accents and emoji, stays as it is.
   */
  static String label(String text) {
    String clean = Text.oneLine(text);
    StringBuilder out = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); i = clean.offsetByCodePoints(i, 1)) {
      int cp = clean.codePointAt(i);
      boolean colonBeforeText = cp == ':' && i + 1 < clean.length() && clean.charAt(i + 1) != ' ';
      if ("\"#&<>`|%".indexOf(cp) >= 0 || colonBeforeText) {
        out.append('#').append(cp).append(';');
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }
}
