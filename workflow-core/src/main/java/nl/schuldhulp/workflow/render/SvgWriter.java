package nl.schuldhulp.workflow.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays a {@link Drawing} out and writes it as a self-contained SVG element: no scripts, no external
 * fonts, images or links.
 *
 * <p>The layout is layered and deterministic. Columns left to right (entry points, the phases in
 * canonical order, closures); boxes stacked top to bottom in definition order, so boxes never
 * overlap. Each edge is routed by where its ends are:
 *
 * <ul>
 *   <li>{@link Route#DOWN}: to the next box in the same column, straight down;
 *   <li>{@link Route#LOOP}: elsewhere in the same column (or to itself), a curve bulging right;
 *   <li>{@link Route#NEXT}: to the next column, an S-curve through the gutter;
 *   <li>{@link Route#FORWARD} and {@link Route#BACK}: further right, or left, along a lane of its
 *       own below all columns, so it never crosses a box.
 * </ul>
 *
 * Where several edges leave or enter one side of a box they get evenly spaced ports, ordered by
 * the position of their other end to limit crossings. A label that would cover a box or another
 * label is moved down until it is free.
 */
final class SvgWriter {
  static final String NAMESPACE = "http://www.w3.org/2000/svg";
  static final String FONTS =
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', "
          + "'Liberation Sans', sans-serif";

  private static final int MARGIN = 24;
  private static final int TOP = 72;
  private static final int HEADER = 40;
  private static final int STEP_WIDTH = 184;
  private static final int SIDE_WIDTH = 156;
  private static final int GUTTER = 170;
  private static final int VGAP = 60;
  private static final int PAD = 8;
  private static final int TITLE_SIZE = 13;
  private static final int TITLE_LINE = 16;
  private static final int DETAIL_SIZE = 11;
  private static final int DETAIL_LINE = 14;
  private static final int LABEL_SIZE = 11;
  private static final int LABEL_LINE = 13;
  private static final int LANE_GAP = 40;
  /** Average glyph width of a sans-serif face in em; generous, so text fits in its box. */
  private static final double GLYPH = 0.6;

  /** Band fill and box stroke per {@link Drawing.Column#tone()}. */
  private static final String[][] TONES = {
    {"#f2f2f2", "#616161"},
    {"#f3e5f5", "#7b1fa2"},
    {"#e3f2fd", "#1565c0"},
    {"#e0f2f1", "#00796b"},
    {"#fff3e0", "#e65100"},
    {"#e8f5e9", "#2e7d32"},
    {"#fce4ec", "#ad1457"},
    {"#eceff1", "#37474f"},
  };

  /** How an edge is drawn, decided by the columns and rows of its ends; it leaves and enters by the sides given. */
  enum Route {
    DOWN(Side.BOTTOM, Side.TOP),
    LOOP(Side.RIGHT, Side.RIGHT),
    NEXT(Side.RIGHT, Side.LEFT),
    FORWARD(Side.RIGHT, Side.LEFT),
    BACK(Side.LEFT, Side.RIGHT);

    final Side from;
    final Side to;

    Route(Side from, Side to) {
      this.from = from;
      this.to = to;
    }

    /** Whether the edge runs along a lane of its own below all columns. */
    boolean detour() {
      return this == FORWARD || this == BACK;
    }
  }

  /**
   * A side of a box: {@code horizontal} sides (top, bottom) spread their ports along x, at {@code
   * edge} 0 or 1 of the height; the others along y, at {@code edge} 0 or 1 of the width.
   */
  private enum Side {
    LEFT(false, 0),
    RIGHT(false, 1),
    TOP(true, 0),
    BOTTOM(true, 1);

    final boolean horizontal;
    final int edge;

    Side(boolean horizontal, int edge) {
      this.horizontal = horizontal;
      this.edge = edge;
    }

    /** The point at fraction {@code f} along this side of {@code r}. */
    Point at(Rect r, double f) {
      return horizontal ? new Point(r.x + r.w * f, r.y + r.h * edge) : new Point(r.x + r.w * edge, r.y + r.h * f);
    }

    /** Where along this side the middle of {@code other} lies, to order ports. */
    double along(Rect other) {
      return horizontal ? other.x + other.w / 2 : other.y + other.h / 2;
    }
  }

  private record Point(double x, double y) {}

  private record Rect(double x, double y, double w, double h) {
    boolean overlaps(Rect other) {
      return x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h;
    }
  }

  private record Box(
      Drawing.Node node,
      Drawing.Column column,
      int columnIndex,
      int row,
      Rect rect,
      List<String> titleLines,
      List<String> detailLines) {}

  private final Drawing drawing;
  private final Map<String, Box> boxes = new LinkedHashMap<>();
  private final List<double[]> columnX = new ArrayList<>();
  private final List<Rect> occupied = new ArrayList<>();
  private double bandBottom;
  private double width;
  private double height;

  private SvgWriter(Drawing drawing) {
    this.drawing = drawing;
  }

  /** A standalone SVG document, with XML declaration. */
  static String document(Drawing drawing) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element(drawing);
  }

  /** The {@code <svg>} element alone, for embedding in HTML. */
  static String element(Drawing drawing) {
    return new SvgWriter(drawing).write();
  }

  private String write() {
    layOutBoxes();
    List<Drawing.Edge> edges = drawing.edges();
    List<Route> routes = edges.stream().map(this::route).toList();
    double[] ports = ports(edges, routes);

    StringBuilder paths = new StringBuilder();
    StringBuilder labels = new StringBuilder();
    int lane = 0;
    double lowest = bandBottom;
    for (int i = 0; i < edges.size(); i++) {
      Drawing.Edge edge = edges.get(i);
      Route route = routes.get(i);
      double laneY = bandBottom + 28 + LANE_GAP * lane;
      double offset = 10 + 8 * (lane % 6);
      Point from = route.from.at(boxes.get(edge.from()).rect, ports[2 * i]);
      Point to = route.to.at(boxes.get(edge.to()).rect, ports[2 * i + 1]);
      String title = boxes.get(edge.from()).node().title() + " \u2192 " + boxes.get(edge.to()).node().title()
          + (edge.label().isEmpty() ? "" : ": " + edge.label());
      String kind = edge.kind().name().toLowerCase(Locale.ROOT);
      paths.append("<g class=\"edge ").append(kind).append("\"><title>").append(Text.xml(title)).append("</title>");
      paths.append("<path d=\"").append(path(route, from, to, laneY, offset)).append("\" marker-end=\"url(#arrow)\"/></g>\n");
      if (!edge.label().isEmpty()) {
        labels.append(label(edge, route, from, to, laneY, offset, title));
      }
      if (route.detour()) {
        lowest = Math.max(lowest, laneY);
        lane++;
      }
    }
    height = Math.max(lowest, occupied.stream().mapToDouble(r -> r.y + r.h).max().orElse(0)) + MARGIN + 8;

    StringBuilder out = new StringBuilder();
    out.append("<svg xmlns=\"").append(NAMESPACE).append("\" version=\"1.1\" role=\"img\"")
        .append(" width=\"").append(num(width)).append("\" height=\"").append(num(height)).append('"')
        .append(" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height)).append('"')
        .append(" aria-labelledby=\"diagram-title diagram-desc\">\n");
    out.append("<title id=\"diagram-title\">").append(Text.xml(drawing.title())).append("</title>\n");
    out.append("<desc id=\"diagram-desc\">").append(Text.xml(description())).append("</desc>\n");
    out.append(style());
    out.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\"")
        .append(" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\"/></marker></defs>\n");
    out.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"")
        .append(num(height)).append("\"/>\n");
    text(out, MARGIN, 30, "heading", List.of(drawing.title()), 0, "");
    text(out, MARGIN, 50, "subheading", List.of(drawing.subtitle()), 0, "");
    bands(out);
    out.append(paths);
    boxes.values().forEach(box -> box(out, box));
    out.append(labels);
    out.append("</svg>\n");
    return out.toString();
  }

  // ---- layout -------------------------------------------------------------------------------

  private void layOutBoxes() {
    double x = MARGIN;
    double bottom = TOP + HEADER;
    List<Drawing.Column> columns = drawing.columns();
    for (int c = 0; c < columns.size(); c++) {
      Drawing.Column column = columns.get(c);
      double w = column.kind() == Drawing.ColumnKind.PHASE ? STEP_WIDTH : SIDE_WIDTH;
      columnX.add(new double[] {x, x + w});
      double y = TOP + HEADER;
      for (int row = 0; row < column.nodes().size(); row++) {
        Drawing.Node node = column.nodes().get(row);
        List<String> titleLines = Text.wrap(node.title(), chars(w - 2 * PAD, TITLE_SIZE), 3);
        List<String> detailLines = new ArrayList<>();
        node.details().forEach(detail -> detailLines.addAll(Text.wrap(detail, chars(w - 2 * PAD, DETAIL_SIZE), 4)));
        double h = 2 * PAD + titleLines.size() * TITLE_LINE + detailLines.size() * DETAIL_LINE + (detailLines.isEmpty() ? 0 : 4);
        Rect rect = new Rect(x, y, w, Math.max(h, 40));
        boxes.put(node.id(), new Box(node, column, c, row, rect, titleLines, detailLines));
        occupied.add(rect);
        y += rect.h + VGAP;
        bottom = Math.max(bottom, rect.y + rect.h);
      }
      x += w + GUTTER;
    }
    width = x - GUTTER + MARGIN;
    bandBottom = bottom + 16;
  }

  private Route route(Drawing.Edge edge) {
    Box from = boxes.get(edge.from());
    Box to = boxes.get(edge.to());
    int columns = to.columnIndex - from.columnIndex;
    if (columns == 0) {
      return to.row == from.row + 1 ? Route.DOWN : Route.LOOP;
    }
    if (columns == 1) {
      return Route.NEXT;
    }
    return columns > 1 ? Route.FORWARD : Route.BACK;
  }

  /**
   * Spreads the edge ends on each side of each box evenly, ordered by where their other end is:
   * the fraction along its side of end {@code 2i} (where edge {@code i} leaves) and {@code 2i + 1}
   * (where it enters).
   */
  private double[] ports(List<Drawing.Edge> edges, List<Route> routes) {
    double[] order = new double[2 * edges.size()];
    Map<String, List<Integer>> bySide = new LinkedHashMap<>();
    for (int i = 0; i < edges.size(); i++) {
      Drawing.Edge edge = edges.get(i);
      Route route = routes.get(i);
      order[2 * i] = route.from.along(boxes.get(edge.to()).rect);
      order[2 * i + 1] = route.to.along(boxes.get(edge.from()).rect);
      bySide.computeIfAbsent(edge.from() + "/" + route.from, k -> new ArrayList<>()).add(2 * i);
      bySide.computeIfAbsent(edge.to() + "/" + route.to, k -> new ArrayList<>()).add(2 * i + 1);
    }
    double[] ports = new double[order.length];
    for (List<Integer> ends : bySide.values()) {
      ends.sort(Comparator.comparingDouble(end -> order[end])); // stable: ties keep the edges' order
      for (int k = 0; k < ends.size(); k++) {
        ports[ends.get(k)] = (k + 1.0) / (ends.size() + 1.0);
      }
    }
    return ports;
  }

  private String path(Route route, Point from, Point to, double laneY, double offset) {
    if (route == Route.DOWN) {
      return "M" + pt(from) + " L" + pt(to);
    }
    if (route.detour()) {
      double sign = route == Route.FORWARD ? 1 : -1;
      double x1 = from.x + sign * offset;
      double x2 = to.x - sign * offset;
      return "M" + pt(from) + " L" + pt(x1, from.y) + " L" + pt(x1, laneY) + " L" + pt(x2, laneY) + " L" + pt(x2, to.y)
          + " L" + pt(to);
    }
    // NEXT: an S-curve through the gutter; LOOP: a bulge to the right
    double out = route == Route.NEXT ? GUTTER * 0.45 : loopBulge(from, to);
    double in = route == Route.NEXT ? -out : out;
    return "M" + pt(from) + " C" + pt(from.x + out, from.y) + " " + pt(to.x + in, to.y) + " " + pt(to);
  }

  private static double loopBulge(Point from, Point to) {
    return Math.min(GUTTER * 0.6, 40 + Math.abs(to.y - from.y) / 6);
  }

  /** A label group placed for the route, moved down until it covers no box and no other label. */
  private String label(
      Drawing.Edge edge, Route route, Point from, Point to, double laneY, double offset, String title) {
    double room =
        route.detour() ? Math.abs(to.x - from.x) - 2 * offset - 24
            : route == Route.DOWN ? boxes.get(edge.from()).rect.w - 24
            : GUTTER - 24;
    List<String> lines = Text.wrap(edge.label(), chars(Math.max(room, 80), LABEL_SIZE), route.detour() ? 2 : 3);
    double w = lines.stream().mapToInt(Text::length).max().orElse(0) * LABEL_SIZE * GLYPH + 8;
    double h = lines.size() * LABEL_LINE + 4;
    // centred on the edge's middle, on its lane, or beside a loop's bulge
    double x = route == Route.LOOP ? from.x + 0.75 * loopBulge(from, to) + 4 + w / 2 : (from.x + to.x) / 2;
    double y = route.detour() ? laneY : (from.y + to.y) / 2;
    Rect rect = free(new Rect(x - w / 2, y - h / 2, w, h));
    occupied.add(rect);
    StringBuilder out = new StringBuilder();
    out.append("<g class=\"label ").append(edge.kind().name().toLowerCase(Locale.ROOT)).append("\"><title>")
        .append(Text.xml(title)).append("</title>");
    out.append("<rect x=\"").append(num(rect.x)).append("\" y=\"").append(num(rect.y)).append("\" width=\"")
        .append(num(rect.w)).append("\" height=\"").append(num(rect.h)).append("\" rx=\"3\"/>");
    text(out, rect.x + rect.w / 2, rect.y + 2 + LABEL_SIZE, "label-text", lines, LABEL_LINE, "");
    out.append("</g>\n");
    return out.toString();
  }

  private Rect free(Rect wanted) {
    Rect rect = wanted;
    for (int step = 1; step <= 60 && occupied.stream().anyMatch(rect::overlaps); step++) {
      rect = new Rect(wanted.x, wanted.y + 4 * step, wanted.w, wanted.h);
    }
    return occupied.stream().anyMatch(rect::overlaps) ? wanted : rect;
  }

  // ---- writing ------------------------------------------------------------------------------

  private void bands(StringBuilder out) {
    List<Drawing.Column> columns = drawing.columns();
    for (int c = 0; c < columns.size(); c++) {
      Drawing.Column column = columns.get(c);
      double[] x = columnX.get(c);
      out.append("<g class=\"band\" id=\"").append(column.id()).append("\"><rect x=\"").append(num(x[0] - 12))
          .append("\" y=\"").append(TOP).append("\" width=\"").append(num(x[1] - x[0] + 24)).append("\" height=\"")
          .append(num(bandBottom - TOP)).append("\" rx=\"10\" fill=\"").append(tone(column)[0]).append("\"/>");
      text(out, (x[0] + x[1]) / 2, TOP + 24, "band-label", List.of(column.label()), 0, tone(column)[1]);
      out.append("</g>\n");
    }
  }

  private void box(StringBuilder out, Box box) {
    Rect r = box.rect;
    double radius = box.column.kind() == Drawing.ColumnKind.PHASE ? 6 : 16;
    out.append("<g class=\"").append(box.column.kind().css).append("\" id=\"").append(box.node.id()).append("\"><title>")
        .append(Text.xml(box.node.fullText())).append("</title>");
    out.append("<rect x=\"").append(num(r.x)).append("\" y=\"").append(num(r.y)).append("\" width=\"").append(num(r.w))
        .append("\" height=\"").append(num(r.h)).append("\" rx=\"").append(num(radius)).append("\" stroke=\"")
        .append(tone(box.column)[1]).append("\"/>");
    double cx = r.x + r.w / 2;
    double y = r.y + PAD + TITLE_SIZE;
    text(out, cx, y, "node-title", box.titleLines, TITLE_LINE, "");
    text(out, cx, y + box.titleLines.size() * TITLE_LINE + 4, "node-detail", box.detailLines, DETAIL_LINE, "");
    out.append("</g>\n");
  }

  /** Lines of text centred or starting at {@code x}, the first at {@code y}; {@code fill} "" keeps the style's colour. */
  private static void text(
      StringBuilder out, double x, double y, String css, List<String> lines, int lineHeight, String fill) {
    if (lines.isEmpty()) {
      return;
    }
    out.append("<text class=\"").append(css).append('"');
    if (!fill.isEmpty()) {
      out.append(" fill=\"").append(fill).append('"');
    }
    out.append('>');
    for (int i = 0; i < lines.size(); i++) {
      out.append("<tspan x=\"").append(num(x)).append("\" y=\"").append(num(y + i * lineHeight)).append("\">")
          .append(Text.xml(lines.get(i))).append("</tspan>");
    }
    out.append("</text>\n");
  }

  private static String style() {
    return "<style>\n"
        + "text { font-family: " + FONTS + "; fill: #212121; }\n"
        + ".background { fill: #ffffff; }\n"
        + ".heading { font-size: 16px; font-weight: 700; }\n"
        + ".subheading { font-size: 12px; fill: #546e7a; }\n"
        + ".band-label { font-size: 14px; font-weight: 700; text-anchor: middle; }\n"
        + ".step rect, .entry rect, .closure rect { fill: #ffffff; stroke-width: 1.5; }\n"
        + ".closure rect { stroke-width: 2.5; }\n"
        + ".node-title { font-size: " + TITLE_SIZE + "px; font-weight: 600; text-anchor: middle; }\n"
        + ".node-detail { font-size: " + DETAIL_SIZE + "px; fill: #455a64; text-anchor: middle; }\n"
        + ".edge path { fill: none; stroke: #546e7a; stroke-width: 1.4; stroke-linejoin: round; }\n"
        + ".edge.closure path { stroke-dasharray: 5 4; }\n"
        + ".edge.entry path { stroke: #9e9e9e; }\n"
        + ".arrowhead { fill: #546e7a; stroke: none; }\n"
        + ".label rect { fill: #ffffff; fill-opacity: 0.92; stroke: #cfd8dc; stroke-width: 0.8; }\n"
        + ".label-text { font-size: " + LABEL_SIZE + "px; fill: #263238; text-anchor: middle; }\n"
        + ".label.closure .label-text { font-style: italic; }\n"
        + "</style>\n";
  }

  /** One sentence per column and a list of the arrows, for screen readers. */
  private String description() {
    StringBuilder out = new StringBuilder(drawing.subtitle()).append(". ");
    for (Drawing.Column column : drawing.columns()) {
      out.append(column.label()).append(": ");
      out.append(String.join("; ", column.nodes().stream().map(Drawing.Node::fullText).toList())).append(". ");
    }
    List<String> arrows = new ArrayList<>();
    for (Drawing.Edge edge : drawing.edges()) {
      if (edge.kind() == Drawing.EdgeKind.TRANSITION) {
        arrows.add(boxes.get(edge.from()).node().title() + " naar " + boxes.get(edge.to()).node().title()
            + (edge.label().isEmpty() ? "" : " (" + edge.label() + ")"));
      }
    }
    if (!arrows.isEmpty()) {
      out.append("Overgangen: ").append(String.join("; ", arrows)).append('.');
    }
    return out.toString().strip();
  }

  /** Band fill and box stroke of a column. */
  static String[] tone(Drawing.Column column) {
    return TONES[column.tone() % TONES.length];
  }

  private static int chars(double width, int fontSize) {
    return Math.max(8, (int) (width / (fontSize * GLYPH)));
  }

  private static String pt(Point p) {
    return pt(p.x, p.y);
  }

  private static String pt(double x, double y) {
    return num(x) + "," + num(y);
  }

  /** Coordinates with at most one decimal, the same on every machine. */
  private static String num(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }
}
