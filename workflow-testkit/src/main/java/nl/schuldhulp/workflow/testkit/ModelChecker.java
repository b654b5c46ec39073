package nl.schuldhulp.workflow.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.PendingHandover;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Explores every abstract state of a definition breadth-first (see {@link ModelReport}): from each
 * state it decides the representative commands with the engine under test, abstracts the state
 * each accepted command leads to, and keeps a parent pointer, so every finding comes with a
 * shortest trace. Not threadsafe; one instance explores once.
 */
final class ModelChecker {
  /** The time between two commands of an explored trace. */
  private static final Duration PACE = Duration.ofDays(1);

  private final CaseContext context;
  private final int maxStates;
  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final List<List<Integer>> predecessors = new ArrayList<>();
  private final Set<String> fired = new LinkedHashSet<>();
  private final Map<String, ModelReport.Finding> violations = new LinkedHashMap<>();
  private int commands;
  private boolean complete = true;

  /** A state reached, how (the parent node and the step from it; -1 and null for the root), and whether it was expanded. */
  private static final class Node {
    final CaseRun run;
    final int parent;
    final CaseStep via;
    boolean expanded;
    /** Whether a state it leads to was left out because the bound was reached. */
    boolean truncated;

    Node(CaseRun run, int parent, CaseStep via) {
      this.run = run;
      this.parent = parent;
      this.via = via;
    }
  }

  ModelChecker(CaseContext context, int maxStates) {
    this.context = context;
    this.maxStates = maxStates;
  }

  ModelReport explore() {
    add(context.fresh(), -1, null);
    ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
    while (!queue.isEmpty()) {
      int id = queue.poll();
      Node node = nodes.get(id);
      node.expanded = true;
      CaseState state = node.run.state();
      Instant at = state.registered() ? state.lastEventAt().plus(PACE) : context.start();
      Instant stale = state.registered() ? state.lastEventAt().minus(Duration.ofHours(1)) : at;
      List<Option> options = new ArrayList<>(context.options().in(state, at));
      options.addAll(context.refusals().in(state, at, stale));
      for (Option option : options) {
        for (Command command : option.representatives()) {
          follow(id, node, command, queue);
        }
      }
    }
    WorkflowDefinition definition = context.definition();
    return new ModelReport(definition.id() + " v" + definition.version(), nodes.size(), commands, maxStates, complete,
        unreachableSteps(), deadEnds(), neverFired(), List.copyOf(violations.values()));
  }

  private void follow(int id, Node node, Command command, ArrayDeque<Integer> queue) {
    commands++;
    CaseRun next;
    try {
      next = node.run.apply(command, context);
    } catch (RuntimeException e) {
      violations.putIfAbsent("engine", new ModelReport.Finding("de engine faalt op "
          + Narrator.what(command) + ": " + e, trace(id)));
      return;
    }
    CaseStep step = next.last();
    String key = key(next.state());
    Integer known = index.get(key);
    check(id, step, known == null);
    if (!step.accepted()) {
      return;
    }
    for (Event event : step.events()) {
      if (event.change() instanceof Change.StepEntered entered && command instanceof Command.MoveCase) {
        fired.add(entered.previousStep() + " -> " + entered.step());
      }
    }
    if (known == null) {
      if (nodes.size() >= maxStates) {
        complete = false;
        node.truncated = true;
        return;
      }
      known = add(next, id, step);
      queue.add(known);
    }
    predecessors.get(known).add(id);
  }

  private int add(CaseRun run, int parent, CaseStep via) {
    nodes.add(new Node(run, parent, via));
    predecessors.add(new ArrayList<>());
    index.put(key(run.state()), nodes.size() - 1);
    return nodes.size() - 1;
  }

  /**
   * Checks the invariants on a step; the norm invariant, which evaluates the whole history, only
   * on a step into a state not seen before.
   */
  private void check(int id, CaseStep step, boolean fresh) {
    for (CaseInvariant invariant : context.invariants()) {
      if (!violations.containsKey(invariant.name()) && (fresh || !invariant.name().equals(StandardInvariants.NORMS))) {
        CaseContext.violation(invariant, step).ifPresent(problem -> {
          List<String> trace = new ArrayList<>(trace(id));
          trace.add(context.narrator().describe(step));
          violations.put(invariant.name(), new ModelReport.Finding(
              "'" + invariant.name() + "'" + (problem.isEmpty() ? "" : ": " + problem), trace));
        });
      }
    }
  }

  /** The steps from a new case to node {@code id}. */
  private List<String> trace(int id) {
    List<String> lines = new ArrayList<>();
    Narrator narrator = context.narrator();
    for (int at = id; nodes.get(at).parent >= 0; at = nodes.get(at).parent) {
      lines.add(0, narrator.describe(nodes.get(at).via));
    }
    return lines;
  }

  /**
   * The abstract state: step, holders, pending handovers (with whether a warm one has its meeting),
   * open required tasks, the facts, flags and score thresholds the step's own guards read (they can be
   * recorded at any moment, so values read only by other steps need not be kept apart), and access
   * and running activities as far as any guard reads them.
   */
  private String key(CaseState state) {
    if (!state.registered()) {
      return "-";
    }
    GuardReading reading = context.options().reading;
    StringBuilder key = new StringBuilder(state.step()).append(state.closed() ? "|dicht" : "|open");
    for (LeadKind kind : context.definition().leadKinds()) {
      key.append('|').append(state.leadHolder(kind).orElse(""));
      PendingHandover pending = state.handover(kind).orElse(null);
      if (pending != null) {
        key.append('>').append(pending.to()).append(pending.mode() == HandoverMode.WARM
            && CaseOptions.meetingBooked(state, pending) ? "+afspraak" : "");
      }
    }
    Set<String> open = new TreeSet<>();
    GuardReading.openRequiredTasks(state).stream().map(Task::template).forEach(open::add);
    key.append('|').append(open);
    if (reading.access) {
      key.append('|').append(context.options().authority(state).orElse(""));
    }
    GuardReading here = context.options().readingPerStep.get(state.step());
    for (Flag flag : here.flags) {
      key.append(state.flagged(flag) ? "|" + flag : "");
    }
    here.facts.forEach(fact -> key.append('|').append(fact).append('=').append(here.level(fact, state.facts().get(fact))));
    here.thresholds.keySet().forEach(domain ->
        key.append('|').append(domain).append(">=").append(here.level(domain, state.scores().get(domain))));
    key.append(reading.access && state.admitted() ? "|toegelaten" : "");
    GuardReading.active(state).stream().filter(reading.activities::contains).forEach(kind -> key.append('|').append(kind));
    return key.toString();
  }

  private List<String> unreachableSteps() {
    Set<String> reached = new LinkedHashSet<>();
    nodes.stream().map(node -> node.run.state()).filter(CaseState::registered).forEach(state -> reached.add(state.step()));
    return context.definition().steps().stream().map(Step::id).filter(step -> !reached.contains(step)).toList();
  }

  /**
   * Per step, the first (so shallowest) expanded open state from which no closed state is
   * reachable; a state not expanded, or with a successor left out by the bound, counts as one from
   * which a closure may be reachable.
   */
  private List<ModelReport.Finding> deadEnds() {
    boolean[] closes = new boolean[nodes.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int id = 0; id < nodes.size(); id++) {
      Node node = nodes.get(id);
      boolean unknown = !node.expanded || node.truncated;
      if (unknown || node.run.state().registered() && node.run.state().closed()) {
        closes[id] = true;
        queue.add(id);
      }
    }
    while (!queue.isEmpty()) {
      for (int predecessor : predecessors.get(queue.poll())) {
        if (!closes[predecessor]) {
          closes[predecessor] = true;
          queue.add(predecessor);
        }
      }
    }
    Map<String, Integer> firstPerStep = new LinkedHashMap<>();
    Map<String, Integer> countPerStep = new HashMap<>();
    for (int id = 0; id < nodes.size(); id++) {
      Node node = nodes.get(id);
      if (!closes[id] && node.expanded && node.run.state().registered()) {
        firstPerStep.putIfAbsent(node.run.state().step(), id);
        countPerStep.merge(node.run.state().step(), 1, Integer::sum);
      }
    }
    List<ModelReport.Finding> findings = new ArrayList<>();
    firstPerStep.forEach((step, id) -> findings.add(new ModelReport.Finding("vanuit stap " + step + " ("
        + countPerStep.get(step) + " toestanden, o.a. " + Narrator.state(nodes.get(id).run.state()) + ")", trace(id))));
    return findings;
  }

  private List<String> neverFired() {
    List<String> never = new ArrayList<>();
    Set<String> unreachable = Set.copyOf(unreachableSteps());
    for (Step step : context.definition().steps()) {
      for (Transition transition : step.transitions()) {
        String move = step.id() + " -> " + transition.to();
        if (!fired.contains(move)) {
          never.add(move + " (" + transition.label() + (unreachable.contains(step.id()) ? ", stap onbereikbaar" : "")
              + ")");
        }
      }
    }
    return never;
  }
}
