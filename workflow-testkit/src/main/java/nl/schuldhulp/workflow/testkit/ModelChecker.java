package nl.schuldhulp.workflow.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.PendingHandover;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.ActivityKind;
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
 * shortest trace. Each invariant is checked on the steps where its scope says it can fail (ADR
 * 0067). Not threadsafe; one instance explores once.
 */
final class ModelChecker {
  /** The time between two commands of an explored trace. */
  private static final Duration PACE = Duration.ofDays(1);

  private final CaseContext context;
  private final int maxStates;
  /** Whether to skip the checks and commands that provably find nothing new (ADR 0067); false only to test that claim. */
  private final boolean reduced;
  private final StandardInvariants.Scope[] scopes;
  /** The steps (of open states after an accepted step) whose {@link StandardInvariants.Scope#STEP_AFTER} invariants were checked. */
  private final Set<String> stepsChecked = new HashSet<>();
  /** Whether some invariant is checked on every step (a user's). */
  private final boolean userInvariants;
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
    final String key;
    final int parent;
    final CaseStep via;
    boolean expanded;
    /** Whether a state it leads to was left out because the bound was reached. */
    boolean truncated;
    /** Whether a refused step from it was checked (see {@link StandardInvariants.Scope#STATE_BEFORE_REFUSED}). */
    boolean refusedChecked;

    Node(CaseRun run, String key, int parent, CaseStep via) {
      this.run = run;
      this.key = key;
      this.parent = parent;
      this.via = via;
    }
  }

  ModelChecker(CaseContext context, int maxStates) {
    this(context, maxStates, true);
  }

  ModelChecker(CaseContext context, int maxStates, boolean reduced) {
    this.context = context;
    this.maxStates = maxStates;
    this.reduced = reduced;
    this.scopes = new StandardInvariants.Scope[context.invariants().size()];
    Arrays.setAll(scopes, context::scope);
    this.userInvariants = Arrays.asList(scopes).contains(StandardInvariants.Scope.EVERY_STEP);
  }

  ModelReport explore() {
    add(context.fresh(), key(context.fresh().state()), -1, null);
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
      Decision decision = context.engine().decide(node.run.state(), command);
      if (reduced && !decision.accepted() && node.refusedChecked && !userInvariants) {
        return; // every invariant holds on this step, so it need not be made (ADR 0067)
      }
      next = node.run.apply(command, decision, context);
    } catch (RuntimeException e) {
      violations.putIfAbsent("engine", new ModelReport.Finding("de engine faalt op "
          + Narrator.what(command) + ": " + e, trace(id)));
      return;
    }
    CaseStep step = next.last();
    if (reduced && !step.accepted()) {
      checkRefused(id, node, step);
      return;
    }
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
      known = add(next, key, id, step);
      queue.add(known);
    }
    predecessors.get(known).add(id);
  }

  /** The abstract states explored so far, in the order they were reached. */
  List<String> states() {
    return nodes.stream().map(node -> node.key).toList();
  }

  private int add(CaseRun run, String key, int parent, CaseStep via) {
    nodes.add(new Node(run, key, parent, via));
    predecessors.add(new ArrayList<>());
    index.put(key, nodes.size() - 1);
    return nodes.size() - 1;
  }

  /**
   * Checks the invariants on a step from node {@code id}; the norm invariant, which evaluates the
   * whole history, only on a step into a state not seen before ({@code fresh}). Reduced, it skips
   * the invariants that hold again by their {@link StandardInvariants.Scope}.
   */
  private void check(int id, CaseStep step, boolean fresh) {
    boolean stepUnchecked = reduced && step.after().open() && stepsChecked.add(step.after().step());
    for (int i = 0; i < scopes.length; i++) {
      StandardInvariants.Scope scope = scopes[i];
      boolean due = switch (scope) {
        case NEW_STATE -> fresh;
        case STEP_AFTER -> !reduced || stepUnchecked;
        case STATE_BEFORE_REFUSED -> !reduced;
        default -> true;
      };
      if (due) {
        check(id, step, context.invariants().get(i));
      }
    }
  }

  /**
   * Checks the invariants on a refused step from {@code node}: the user's, and once per node the
   * one that reads the state before and its history; the others hold on every refused step
   * (ADR 0067).
   */
  private void checkRefused(int id, Node node, CaseStep step) {
    for (int i = 0; i < scopes.length; i++) {
      StandardInvariants.Scope scope = scopes[i];
      if (scope == StandardInvariants.Scope.EVERY_STEP
          || scope == StandardInvariants.Scope.STATE_BEFORE_REFUSED && !node.refusedChecked) {
        check(id, step, context.invariants().get(i));
      }
    }
    node.refusedChecked = true;
  }

  /** Checks {@code invariant} on a step from node {@code id} unless it was found violated already. */
  private void check(int id, CaseStep step, CaseInvariant invariant) {
    if (violations.containsKey(invariant.name())) {
      return;
    }
    CaseContext.violation(invariant, step).ifPresent(problem -> {
      List<String> trace = new ArrayList<>(trace(id));
      trace.add(context.narrator().describe(step));
      violations.put(invariant.name(), new ModelReport.Finding(
          "'" + invariant.name() + "'" + (problem.isEmpty() ? "" : ": " + problem), trace));
    });
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
    CaseOptions options = context.options();
    GuardReading reading = options.reading;
    StringBuilder key = new StringBuilder(96).append(state.step()).append(state.closed() ? "|dicht" : "|open");
    for (LeadKind kind : options.index.leadKinds) {
      key.append('|').append(state.leadHolder(kind).orElse(""));
      PendingHandover pending = state.handover(kind).orElse(null);
      if (pending != null) {
        key.append('>').append(pending.to()).append(pending.mode() == HandoverMode.WARM
            && CaseOptions.meetingBooked(state, pending) ? "+afspraak" : "");
      }
    }
    appendOpenRequiredTemplates(state, key.append('|'));
    if (reading.access) {
      key.append('|').append(options.authority(state).orElse(""));
    }
    GuardReading here = options.readingPerStep.get(state.step());
    for (Flag flag : here.flags) {
      if (state.flagged(flag)) {
        key.append('|').append(flag);
      }
    }
    for (String fact : here.facts) {
      key.append('|').append(fact).append('=').append(here.level(fact, state.facts().get(fact)));
    }
    for (String domain : here.thresholds.keySet()) {
      key.append('|').append(domain).append(">=").append(here.level(domain, state.scores().get(domain)));
    }
    if (reading.access && state.admitted()) {
      key.append("|toegelaten");
    }
    if (!reading.activities.isEmpty()) {
      for (ActivityKind kind : GuardReading.active(state)) {
        if (reading.activities.contains(kind)) {
          key.append('|').append(kind);
        }
      }
    }
    return key.toString();
  }

  /** Appends the templates of the open required tasks of the current step, sorted, without repeats, as "[a, b]". */
  private static void appendOpenRequiredTemplates(CaseState state, StringBuilder key) {
    List<String> templates = null;
    for (Task task : state.tasks()) {
      if (task.open() && task.required() && task.step().equals(state.step())) {
        templates = templates == null ? new ArrayList<>(2) : templates;
        if (!templates.contains(task.template())) {
          templates.add(task.template());
        }
      }
    }
    if (templates == null) {
      key.append("[]");
      return;
    }
    templates.sort(null);
    key.append(templates);
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
