package nl.schuldhulp.workflow.casefile;

import java.util.List;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.Guard;

/**
 * Evaluates the closed set of declarative guards against a case state: the one evaluator behind
 * {@link CaseState#satisfies}, transitions, exit criteria and norm conditions. Loops rather than
 * streams, so evaluating a guard allocates nothing; indexed loops, as on the hot paths of the
 * engine: an immutable list's shared iterator calls {@code get} through a call site that every
 * list in the program shares, which the compiler cannot inline. Stateless and threadsafe.
 */
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
      return running(state, ((Guard.ActivityActive) guard).kind());
    }
    if (guard instanceof Guard.AllOf) {
      return holds(((Guard.AllOf) guard).guards(), state, true);
    }
    if (guard instanceof Guard.AnyOf) {
      return holds(((Guard.AnyOf) guard).guards(), state, false);
    }
    if (guard instanceof Guard.Not) {
      return !holds(((Guard.Not) guard).guard(), state);
    }
    throw new AssertionError("unhandled guard " + guard);
  }

  /** Whether every one of {@code guards} holds ({@code every}), or at least one does. */
  private static boolean holds(List<Guard> guards, CaseState state, boolean every) {
    for (int i = 0; i < guards.size(); i++) {
      if (holds(guards.get(i), state) != every) {
        return !every;
      }
    }
    return every;
  }

  /** Whether an activity of {@code kind} is running. */
  static boolean running(CaseState state, ActivityKind kind) {
    for (int i = 0; i < state.activities.size(); i++) {
      Activity activity = state.activities.get(i);
      if (activity.running() && activity.kind() == kind) {
        return true;
      }
    }
    return false;
  }

  /** Whether no required task created in the current step is still open. */
  static boolean requiredTasksDone(CaseState state) {
    for (int i = 0; i < state.tasks.size(); i++) {
      Task task = state.tasks.get(i);
      if (task.open() && task.required() && task.step().equals(state.step)) {
        return false;
      }
    }
    return true;
  }
}
