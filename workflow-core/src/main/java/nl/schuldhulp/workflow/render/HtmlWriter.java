package nl.schuldhulp.workflow.render;

/**
 * Writes a {@link Drawing} as one self-contained HTML page: the SVG inline, a legend and the
 * Mermaid source in a {@code <details>} block. The markup is also well-formed XML (polyglot), so
 * XML tools can read it.
 */
final class HtmlWriter {
  private static final String STYLE = "<style>\nbody { font-family: " + SvgWriter.FONTS
      + "; color: #212121; margin: 1.5rem; line-height: 1.4; }\n" + """
      figure { margin: 1rem 0; overflow-x: auto; }
      svg { height: auto; }
      .legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
      .legend li { display: flex; align-items: center; gap: 0.5rem; }
      .swatch { display: inline-block; width: 1.4rem; height: 1rem; border: 2px solid; border-radius: 3px; }
      .line { display: inline-block; width: 2.2rem; border-top: 2px solid #546e7a; }
      .line.dashed { border-top-style: dashed; }
      pre { background: #f5f5f5; padding: 1rem; overflow-x: auto; }
      </style>
      </head>
      <body>
      <main>
      """;

  private HtmlWriter() {}

  static String write(Drawing drawing) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(Text.xml(drawing.title())).append(" \u2014 werkproces</title>\n")
        .append(STYLE)
        .append("<h1>").append(Text.xml(drawing.title())).append("</h1>\n")
        .append("<p>").append(Text.xml(drawing.subtitle())).append("</p>\n")
        .append("<figure>\n").append(SvgWriter.element(drawing))
        .append("<figcaption>Stappen per fase van links naar rechts, met wie de regie heeft.</figcaption>\n</figure>\n")
        .append("<section aria-labelledby=\"legenda\">\n<h2 id=\"legenda\">Legenda</h2>\n<ul class=\"legend\">\n");
    for (Drawing.Column column : drawing.columns()) {
      String[] tone = SvgWriter.tone(column);
      out.append("<li><span class=\"swatch\" style=\"background: ").append(tone[0]).append("; border-color: ")
          .append(tone[1]).append("\"></span>").append(Text.xml(legend(column))).append("</li>\n");
    }
    out.append("<li><span class=\"line\"></span>overgang naar een volgende stap, met de voorwaarde in woorden</li>\n")
        .append("<li><span class=\"line dashed\"></span>afsluiten (loslaatcriteria)</li>\n")
        .append("<li>\u201cregie: \u2026\u201d is wie in die stap de regie op de klant heeft</li>\n")
        .append("</ul>\n</section>\n")
        .append("<details>\n<summary>Mermaid-bron</summary>\n<pre><code>")
        .append(Text.escape(MermaidWriter.write(drawing)))
        .append("</code></pre>\n</details>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String legend(Drawing.Column column) {
    if (column.kind() == Drawing.ColumnKind.PHASE) {
      return "fase " + column.label().toLowerCase(java.util.Locale.ROOT);
    }
    return column.kind() == Drawing.ColumnKind.ENTRIES
        ? "ingang: hoe een huishouden binnenkomt"
        : "afsluiting: hoe de hulp eindigt";
  }
}
