package nl.schuldhulp.workflow.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * What a general state machine can take from one of our definitions: the steps as states, each
 * transition as a trigger named after its target step, and the transition's guard, together with
 * the engine's rule that required tasks are done, as a predicate.
 * Regie, tasks, norms, appointments, exit criteria and the audit trail have no counterpart and are
 * left out. Immutable and threadsafe.
 *
 * @param initial the entry step of the entry point cases are registered through
 * @param steps every step id
 * @param edges the transitions; at most one per source step and target step
 */
record StepGraph(String initial, List<String> steps, List<Edge> edges) {

  /**
   * One permitted move.
   *
   * @param from the source step
   * @param to the target step, also the trigger's name
   * @param guard the guard
   */
  record Edge(String from, String to, Predicate<CaseData> guard) {}

  StepGraph {
    steps = List.copyOf(steps);
    edges = List.copyOf(edges);
  }

  /** The graph of {@code definition}, entered through {@code entryPoint}. */
  static StepGraph of(WorkflowDefinition definition, String entryPoint) {
    Map<String, Edge> edges = new LinkedHashMap<>();
    for (Step step : definition.steps()) {
      for (Transition transition : step.transitions()) {
        // our engine refuses every move while a required task of the step is open; so do these
        Predicate<CaseData> guard = GuardPredicates.of(Guard.allOf(Guard.requiredTasksDone(), transition.guard()));
        // several transitions between the same two steps: the move is allowed when any holds
        edges.merge(step.id() + "->" + transition.to(), new Edge(step.id(), transition.to(), guard),
            (first, second) -> new Edge(first.from(), first.to(), first.guard().or(second.guard())));
      }
    }
    String initial = definition.entryPoint(entryPoint).orElseThrow().step();
    return new StepGraph(initial, definition.steps().stream().map(Step::id).toList(), new ArrayList<>(edges.values()));
  }

  /**
   * This graph with a move back from {@code to} to {@code from} under the same guard as the move
   * forward, so a benchmark can fire back and forth on one machine instead of resetting it.
   */
  StepGraph withReverse(String from, String to) {
    Edge forward = edges.stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst().orElseThrow();
    List<Edge> more = new ArrayList<>(edges);
    more.add(new Edge(to, from, forward.guard()));
    return new StepGraph(initial, steps, more);
  }
}
