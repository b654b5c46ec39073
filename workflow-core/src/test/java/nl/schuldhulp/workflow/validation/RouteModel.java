package nl.schuldhulp.workflow.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * An independent reference model of the route rules (R-05, R-64, ADR 0002), computed by naive
 * fixpoint iteration rather than the validator's graph search: which route problems a definition
 * has. The mutation property uses it to predict the knock-on effects of a mutation on routes.
 */
final class RouteModel {
  private RouteModel() {}

  /** The route problems of {@code definition}, as {@code "CODE path"} strings. */
  static List<String> problems(WorkflowDefinition definition) {
    List<Step> steps = definition.steps();
    Set<String> reachable =
        definition.entryPoints().stream().map(EntryPoint::step).collect(Collectors.toSet());
    Set<String> closing = new HashSet<>();
    Set<String> named = new HashSet<>();
    for (ExitCriteria exit : definition.exits()) {
      named.addAll(exit.steps());
      if (exit.type() == ClosureType.POSITIVE || exit.type() == ClosureType.REFERRED) {
        closing.addAll(exit.steps());
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Step step : steps) {
        for (Transition transition : step.transitions()) {
          boolean known = steps.stream().anyMatch(other -> other.id().equals(transition.to()));
          if (known && reachable.contains(step.id())) {
            changed |= reachable.add(transition.to());
          }
          if (known && closing.contains(transition.to())) {
            changed |= closing.add(step.id());
          }
        }
      }
    }
    return IntStream.range(0, steps.size())
        .boxed()
        .flatMap(
            s -> {
              Step step = steps.get(s);
              boolean stuck = step.transitions().isEmpty() && !named.contains(step.id());
              return Stream.of(
                      reachable.contains(step.id()) ? null : ProblemCode.UNREACHABLE_STEP,
                      stuck ? ProblemCode.TERMINAL_STEP_WITHOUT_EXIT : null,
                      stuck || closing.contains(step.id()) ? null : ProblemCode.DEAD_END_STEP)
                  .filter(Objects::nonNull)
                  .map(code -> code + " /steps/" + s);
            })
        .toList();
  }
}
