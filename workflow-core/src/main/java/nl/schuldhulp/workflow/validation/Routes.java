package nl.schuldhulp.workflow.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * The routes through the steps are complete. Every step is reachable from some entry point;
 * a step without outgoing transitions is named by exit criteria, else a case there is stuck;
 * and from every step some closing step is reachable, a closing step being one named by exit
 * criteria of type positive or referred (ADR 0002). A step stuck without exit is not also reported
 * as a dead end. Steps are identified by id, so a duplicated step id shares the fate of the first
 * step with that id; transitions to unknown steps are ignored here (they are reported as unknown
 * references).
 */
final class Routes {
  private Routes() {}

  static void check(DefinitionIndex index, ProblemList problems) {
    WorkflowDefinition definition = index.definition();
    Map<String, Set<String>> forward = new HashMap<>();
    Map<String, Set<String>> backward = new HashMap<>();
    for (Step step : definition.steps()) {
      for (Transition transition : step.transitions()) {
        if (index.stepIds().contains(transition.to())) {
          forward.computeIfAbsent(step.id(), id -> new HashSet<>()).add(transition.to());
          backward.computeIfAbsent(transition.to(), id -> new HashSet<>()).add(step.id());
        }
      }
    }
    Set<String> reachable =
        closure(definition.entryPoints().stream().map(EntryPoint::step).toList(), forward);
    Set<String> canClose = closure(index.closingSteps(), backward);
    List<Step> steps = definition.steps();
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      Pointer at = Pointer.root().at("steps").at(s);
      if (!reachable.contains(step.id())) {
        problems.add(
            ProblemCode.UNREACHABLE_STEP,
            at,
            "step '%s' (%s) cannot be reached from any entry point",
            step.id(),
            step.label());
      }
      if (step.transitions().isEmpty() && !index.exitSteps().contains(step.id())) {
        problems.add(
            ProblemCode.TERMINAL_STEP_WITHOUT_EXIT,
            at,
            "step '%s' (%s) has no transitions and no exit criteria name it: a case there can"
                + " neither move on nor be closed",
            step.id(),
            step.label());
      } else if (!canClose.contains(step.id())) {
        problems.add(
            ProblemCode.DEAD_END_STEP,
            at,
            "from step '%s' (%s) no route leads to a step that exit criteria of type positive or"
                + " referred close from",
            step.id(),
            step.label());
      }
    }
  }

  /** The steps reachable from {@code start} along {@code edges}, {@code start} included. */
  private static Set<String> closure(Iterable<String> start, Map<String, Set<String>> edges) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    start.forEach(todo::add);
    while (!todo.isEmpty()) {
      String step = todo.pop();
      if (seen.add(step)) {
        todo.addAll(edges.getOrDefault(step, Set.of()));
      }
    }
    return seen;
  }
}
