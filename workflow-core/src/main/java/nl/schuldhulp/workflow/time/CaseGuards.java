package nl.schuldhulp.workflow.time;

import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.definition.Guard;

/**
 * Evaluates a norm's {@code appliesWhen} guard against a case state through its public accessors.
 *
 * <p>This mirrors the engine's package-private {@code casefile.Guards}, which the time package
 * cannot reach; it goes as soon as the engine exposes its evaluation in {@code
 * nl.schuldhulp.workflow.internal} (reported). Stateless and threadsafe.
 */
final class CaseGuards {
  private CaseGuards() {}

  static boolean holds(Guard guard, CaseState state) {
    if (guard instanceof Guard.Always) {
      return true;
    }
    if (guard instanceof Guard.FactEquals) {
      Guard.FactEquals fact = (Guard.FactEquals) guard;
      return fact.value().equals(state.facts().get(fact.fact()));
    }
    if (guard instanceof Guard.FlagSet) {
      return state.flagged(((Guard.FlagSet) guard).flag());
    }
    if (guard instanceof Guard.ScoreAtLeast) {
      Guard.ScoreAtLeast score = (Guard.ScoreAtLeast) guard;
      Integer latest = state.scores().get(score.domain());
      return latest != null && latest >= score.score();
    }
    if (guard instanceof Guard.RequiredTasksDone) {
      return state.tasks().stream()
          .noneMatch(task -> task.required() && task.open() && task.step().equals(state.step()));
    }
    if (guard instanceof Guard.AccessGranted) {
      return state.admitted();
    }
    if (guard instanceof Guard.ActivityActive) {
      return state.activities().stream()
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
}
