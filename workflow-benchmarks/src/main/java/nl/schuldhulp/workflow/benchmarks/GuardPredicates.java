package nl.schuldhulp.workflow.benchmarks;

import java.util.List;
import java.util.function.Predicate;
import nl.schuldhulp.workflow.definition.Guard;

/**
 * Translates our declarative {@link Guard}s into plain Java predicates over {@link CaseData}, the
 * form in which the alternative libraries take guards (code, not configuration). Threadsafe.
 */
final class GuardPredicates {
  private GuardPredicates() {}

  static Predicate<CaseData> of(Guard guard) {
    if (guard instanceof Guard.Always) {
      return data -> true;
    }
    if (guard instanceof Guard.RequiredTasksDone) {
      return data -> data.openRequiredTasks == 0;
    }
    if (guard instanceof Guard.FactEquals) {
      Guard.FactEquals fact = (Guard.FactEquals) guard;
      return data -> fact.value().equals(data.facts.get(fact.fact()));
    }
    if (guard instanceof Guard.FlagSet) {
      Guard.FlagSet flag = (Guard.FlagSet) guard;
      return data -> data.flags.contains(flag.flag());
    }
    if (guard instanceof Guard.ScoreAtLeast) {
      Guard.ScoreAtLeast score = (Guard.ScoreAtLeast) guard;
      return data -> {
        Integer latest = data.scores.get(score.domain());
        return latest != null && latest >= score.score();
      };
    }
    if (guard instanceof Guard.AccessGranted) {
      return data -> data.admitted;
    }
    if (guard instanceof Guard.ActivityActive) {
      Guard.ActivityActive activity = (Guard.ActivityActive) guard;
      return data -> data.activities.contains(activity.kind());
    }
    if (guard instanceof Guard.AllOf) {
      List<Predicate<CaseData>> all = ((Guard.AllOf) guard).guards().stream().map(GuardPredicates::of).toList();
      return data -> all.stream().allMatch(inner -> inner.test(data));
    }
    if (guard instanceof Guard.AnyOf) {
      List<Predicate<CaseData>> any = ((Guard.AnyOf) guard).guards().stream().map(GuardPredicates::of).toList();
      return data -> any.stream().anyMatch(inner -> inner.test(data));
    }
    if (guard instanceof Guard.Not) {
      return of(((Guard.Not) guard).guard()).negate();
    }
    throw new IllegalArgumentException("unhandled guard " + guard);
  }
}
