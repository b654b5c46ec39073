package nl.schuldhulp.workflow.casefile;

import nl.schuldhulp.workflow.definition.Guard;

/** Evaluates the closed set of declarative guards against a case state. */
final class Guards {
  private Guards() {}

  static boolean holds(Guard guard, CaseState state) {
    if (guard instanceof Guard.Always) {
      return true;
    }
    if (guard instanceof Guard.RequiredTasksDone) {
      return requiredTasksDone(state);
    }
    if (guard instanceof Guard.FactEquals) {
      Guard.FactEquals fact = (Guard.FactEquals) guard;
      return fact.value().equals(state.facts.get(fact.fact()));
    }
    if (guard instanceof Guard.FlagSet) {
      return state.flagged(((Guard.FlagSet) guard).flag());
    }
    if (guard instanceof Guard.ScoreAtLeast) {
      Guard.ScoreAtLeast score = (Guard.ScoreAtLeast) guard;
      Integer latest = state.scores.get(score.domain());
      return latest != null && latest >= score.score();
    }
    if (guard instanceof Guard.AccessGranted) {
      return state.admitted();
    }
    if (guard instanceof Guard.ActivityActive) {
      return state.activities.stream()
          .anyMatch(activity -> activity.running() && activity.kind() == ((Guard.ActivityActive) guard).kind());
    }
    if (guard instanceof Guard.AllOf) {
      return ((Guard.AllOf) guard).guards().stream().allMatch(inner -> holds(inner, state));
    }
    if (guard instanceof Guard.AnyOf) {
      return ((Guard.AnyOf) guard).guards().stream().anyMatch(inner -> holds(inner, state));
    }
    if (guard instanceof Guard.Not) {
      return !holds(((Guard.Not) guard).guard(), state);
    }
    throw new AssertionError("unhandled guard " + guard);
  }

  /** Whether no required task created in the current step is still open. */
  static boolean requiredTasksDone(CaseState state) {
    for (Task task : state.tasks) {
      if (task.required() && task.open() && task.step().equals(state.step)) {
        return false;
      }
    }
    return true;
  }
}
