package nl.schuldhulp.workflow.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * What a diagram of a definition shows, before any notation: columns of nodes (entry points, one
 * column per NVVK phase used in canonical order, closures) and the edges between them, all text
 * already in words and on one line (see {@link Text#oneLine}). Mermaid and SVG both draw from this, so they always show the same thing.
 *
 * @param title the definition's label
 * @param subtitle municipality, version and effective date
 * @param columns the columns, left to right
 * @param edges entry, transition and closure edges, in definition order
 */
record Drawing(String title, String subtitle, List<Column> columns, List<Edge> edges) {

  /** Where a column comes from; decides its colour and shape of its nodes, whose style class is {@code css}. */
  enum ColumnKind {
    ENTRIES("entry"),
    PHASE("step"),
    CLOSURES("closure");

    final String css;

    ColumnKind(String css) {
      this.css = css;
    }
  }

  /** What an edge stands for; decides its line style. */
  enum EdgeKind {
    ENTRY,
    TRANSITION,
    CLOSURE
  }

  /**
   * A box in the diagram.
   *
   * @param id stable id derived from the definition's id, unique, {@code [A-Za-z0-9_]+}
   * @param title the main text
   * @param details smaller lines under the title (regie holders, channel, closing notes)
   */
  record Node(String id, String title, List<String> details) {
    Node {
      title = Text.oneLine(title);
      details = details.stream().map(Text::oneLine).toList();
    }

    /** Title and details on one line, for tooltips and descriptions. */
    String fullText() {
      return details.isEmpty() ? title : title + " (" + String.join("; ", details) + ")";
    }
  }

  /**
   * A column of nodes.
   *
   * @param id stable id, unique among columns and nodes
   * @param label the Dutch heading
   * @param kind what the column holds
   * @param tone colour index: 0 for entries, 1 + phase ordinal for phases, 7 for closures
   * @param nodes the nodes, top to bottom
   */
  record Column(String id, String label, ColumnKind kind, int tone, List<Node> nodes) {
    Column {
      nodes = List.copyOf(nodes);
    }
  }

  /**
   * An arrow.
   *
   * @param from source node id
   * @param to target node id
   * @param kind what it stands for
   * @param label the words on the arrow; empty for none
   */
  record Edge(String from, String to, EdgeKind kind, String label) {
    Edge {
      label = Text.oneLine(label);
    }
  }

  /** Number of colour tones {@link Column#tone()} ranges over. */
  static final int TONES = Phase.values().length + 2;

  Drawing {
    title = Text.oneLine(title);
    subtitle = Text.oneLine(subtitle);
    columns = List.copyOf(columns);
    edges = List.copyOf(edges);
  }

  /**
   * Reads a definition into a drawing.
   *
   * @throws IllegalArgumentException if two steps share an id, or an entry point, transition or
   *     exit criteria names a step the definition does not have (validate the definition first)
   */
  static Drawing of(WorkflowDefinition definition) {
    requireResolvedSteps(definition);
    Wording wording = Wording.of(definition);
    Set<String> ids = new HashSet<>();
    Map<String, String> stepNodes = new LinkedHashMap<>();
    definition.steps().forEach(step -> stepNodes.putIfAbsent(step.id(), id(ids, "step", step.id())));

    List<Column> columns = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    if (!definition.entryPoints().isEmpty()) {
      List<Node> entries = new ArrayList<>();
      for (EntryPoint entry : definition.entryPoints()) {
        String id = id(ids, "entry", entry.id());
        entries.add(new Node(id, entry.label(), List.of(entry.channel().label())));
        edges.add(new Edge(id, stepNodes.get(entry.step()), EdgeKind.ENTRY, ""));
      }
      columns.add(new Column(id(ids, "column", "ingang"), "Ingang", ColumnKind.ENTRIES, 0, entries));
    }
    for (Phase phase : Phase.values()) {
      List<Node> nodes = new ArrayList<>();
      for (Step step : definition.steps()) {
        if (step.phase() == phase) {
          List<String> leads = step.leads().stream().map(wording::lead).toList();
          nodes.add(new Node(stepNodes.get(step.id()), step.label(), leads));
        }
      }
      if (!nodes.isEmpty()) {
        String label = capitalise(phase.label());
        columns.add(new Column(id(ids, "phase", phase.name()), label, ColumnKind.PHASE, 1 + phase.ordinal(), nodes));
      }
    }
    for (Step step : definition.steps()) {
      for (Transition transition : step.transitions()) {
        String label = transitionLabel(transition, wording);
        edges.add(new Edge(stepNodes.get(step.id()), stepNodes.get(transition.to()), EdgeKind.TRANSITION, label));
      }
    }
    addClosures(definition, wording, ids, stepNodes, columns, edges);
    String subtitle =
        definition.municipality()
            + " \u00b7 versie "
            + definition.version()
            + " \u00b7 geldig vanaf "
            + definition.effectiveFrom();
    return new Drawing(definition.label(), subtitle, columns, edges);
  }

  /**
   * One end node per closure type used, listing its exit criteria. Criteria that allow closing
   * from every step are noted "vanuit elke stap" instead of drawn as an arrow from every box; the
   * others are dashed arrows from their steps, labelled only when one end node has arrows of
   * several criteria (else the node's own text says it).
   */
  private static void addClosures(
      WorkflowDefinition definition,
      Wording wording,
      Set<String> ids,
      Map<String, String> stepNodes,
      List<Column> columns,
      List<Edge> edges) {
    List<Node> closures = new ArrayList<>();
    for (ClosureType type : ClosureType.values()) {
      List<ExitCriteria> exits = definition.exits().stream().filter(exit -> exit.type() == type).toList();
      if (exits.isEmpty()) {
        continue;
      }
      String id = id(ids, "closure", type.name().toLowerCase(Locale.ROOT));
      List<ExitCriteria> drawn =
          exits.stream().filter(exit -> !exit.steps().containsAll(stepNodes.keySet())).toList();
      List<String> notes = new ArrayList<>();
      for (ExitCriteria exit : exits) {
        String label = exitLabel(exit, wording);
        notes.add(drawn.contains(exit) ? label : "vanuit elke stap: " + label);
        if (drawn.contains(exit)) {
          String edgeLabel = drawn.size() > 1 ? label : "";
          exit.steps().stream()
              .distinct()
              .forEach(step -> edges.add(new Edge(stepNodes.get(step), id, EdgeKind.CLOSURE, edgeLabel)));
        }
      }
      closures.add(new Node(id, type.label(), notes));
    }
    if (!closures.isEmpty()) {
      columns.add(new Column(id(ids, "column", "afsluiting"), "Afsluiting", ColumnKind.CLOSURES, TONES - 1, closures));
    }
  }

  /** The transition's own label when it has one (not just its target), then its guard in words. */
  private static String transitionLabel(Transition transition, Wording wording) {
    List<String> parts = new ArrayList<>();
    if (!transition.label().equals(transition.to())) {
      parts.add(Text.oneLine(transition.label()));
    }
    if (!(transition.guard() instanceof Guard.Always)) {
      parts.add(wording.guard(transition.guard()));
    }
    String label = String.join(": ", parts);
    return transition.priority() > 0 ? (label + " (voorrang " + transition.priority() + ")").strip() : label;
  }

  private static String exitLabel(ExitCriteria exit, Wording wording) {
    String label = Text.oneLine(exit.label());
    if (!(exit.condition() instanceof Guard.Always)) {
      label += ", als " + wording.guard(exit.condition());
    }
    return exit.requiresConsultation() ? label + " (casu\u00efstiekoverleg)" : label;
  }

  private static void requireResolvedSteps(WorkflowDefinition definition) {
    Set<String> known = new HashSet<>();
    List<String> dangling = new ArrayList<>();
    for (Step step : definition.steps()) {
      if (!known.add(step.id())) {
        dangling.add("duplicate step " + step.id());
      }
    }
    for (EntryPoint entry : definition.entryPoints()) {
      if (!known.contains(entry.step())) {
        dangling.add("entry point " + entry.id() + " -> " + entry.step());
      }
    }
    for (Step step : definition.steps()) {
      for (Transition transition : step.transitions()) {
        if (!known.contains(transition.to())) {
          dangling.add("step " + step.id() + " -> " + transition.to());
        }
      }
    }
    for (ExitCriteria exit : definition.exits()) {
      for (String step : exit.steps()) {
        if (!known.contains(step)) {
          dangling.add("exit criteria " + exit.id() + " <- " + step);
        }
      }
    }
    if (!dangling.isEmpty()) {
      throw new IllegalArgumentException(
          "cannot draw definition " + definition.id() + ": steps do not resolve: " + dangling
              + "; validate the definition first");
    }
  }

  private static String capitalise(String label) {
    return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
  }

  /**
   * A new id, safe in Mermaid and XML, added to {@code used}: {@code prefix} (so no id is a Mermaid
   * keyword such as {@code end}), then {@code raw} with everything outside {@code [A-Za-z0-9]}
   * replaced by {@code _}, and a counter when two source ids sanitise to the same id.
   * Deterministic: the same definition always gets the same ids.
   */
  private static String id(Set<String> used, String prefix, String raw) {
    StringBuilder base = new StringBuilder(prefix).append('_');
    raw.codePoints().forEach(cp -> base.append(cp < 128 && Character.isLetterOrDigit(cp) ? (char) cp : '_'));
    String id = base.toString();
    for (int counter = 2; !used.add(id); counter++) {
      id = base + "_" + counter;
    }
    return id;
  }
}
