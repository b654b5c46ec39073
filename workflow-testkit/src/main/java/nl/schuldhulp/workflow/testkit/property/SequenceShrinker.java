package nl.schuldhulp.workflow.testkit.property;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Shrinks a failing action sequence of a {@link StateMachineProperty} (ADR 0050, 0052): removes chunks
 * of actions (half the sequence, a quarter, ..., four to one actions), replaying the rest as it
 * stands or else regenerating it from its choices, then simplifies each action by
 * shrinking the choices it was generated from, regenerated in the state before it; repeats until
 * a round finds nothing or the budget of replays is spent. Every candidate is replayed as it
 * stands from the initial state and kept only if it fails the same way; a replay is cut at its
 * first failure.
 *
 * <p>Not threadsafe; one instance shrinks one sequence.
 */
final class SequenceShrinker<S, A> {

  /** A failing run with, for each of its actions, the choices it was generated from. */
  record Sequence<S, A>(Trace.Failing<S, A> run, List<long[]> choices) {
    Sequence {
      choices = List.copyOf(choices.subList(0, run.actions().size()));
    }

    int length() {
      return run.actions().size();
    }
  }

  /** The result of shrinking: the simplest failing sequence and how many simplifications. */
  record Shrunk<S, A>(Sequence<S, A> sequence, int shrinks) {}

  private final StateMachineProperty<S, A> property;
  private final Throwable originalFailure;
  private Sequence<S, A> best;
  private int budget;
  private int shrinks;

  private SequenceShrinker(StateMachineProperty<S, A> property, Sequence<S, A> failing,
      int budget) {
    this.property = property;
    this.originalFailure = failing.run().failure();
    this.best = failing;
    this.budget = budget;
  }

  static <S, A> Shrunk<S, A> shrink(StateMachineProperty<S, A> property, Sequence<S, A> failing,
      int budget) {
    SequenceShrinker<S, A> shrinker = new SequenceShrinker<>(property, failing, budget);
    boolean improved = true;
    while (improved && shrinker.budget > 0) {
      improved = shrinker.removeChunks() | shrinker.simplifyActions();
    }
    return new Shrunk<>(shrinker.best, shrinker.shrinks);
  }

  private boolean removeChunks() {
    boolean improved = false;
    for (int size : chunkSizes(best.length())) {
      for (int start = best.length() - size; start >= 0 && budget > 0; start--) {
        if (start + size > best.length()) {
          continue;
        }
        List<A> actions = new ArrayList<>(best.run().actions());
        List<long[]> choices = new ArrayList<>(best.choices());
        actions.subList(start, start + size).clear();
        choices.subList(start, start + size).clear();
        Optional<Sequence<S, A>> candidate = replay(actions, choices).or(() -> regenerate(choices));
        if (candidate.isPresent()) {
          accept(candidate.get(), 1);
          improved = true;
        }
      }
    }
    return improved;
  }

  /** Half the length, a quarter, ..., and every size from 4 down to 1, largest first. */
  static List<Integer> chunkSizes(int length) {
    TreeSet<Integer> sizes = new TreeSet<>(Comparator.reverseOrder());
    for (int size = length / 2; size > 4; size /= 2) {
      sizes.add(size);
    }
    for (int size = Math.min(4, length); size >= 1; size--) {
      sizes.add(size);
    }
    return List.copyOf(sizes);
  }

  private boolean simplifyActions() {
    boolean improved = false;
    for (int i = 0; i < best.length() && budget > 0; i++) {
      improved |= simplify(i);
    }
    return improved;
  }

  /**
   * Shrinks the choices of action {@code index}, regenerating it in the state before it. When
   * its recorded choices no longer regenerate it there (an earlier chunk was removed, so the state
   * differs), only the simplest action of that state is tried in its place.
   */
  private boolean simplify(int index) {
    Sequence<S, A> base = best;
    Gen<? extends A> gen = property.actionsIn(base.run().states().get(index));
    ChoiceShrinker.Test<Sequence<S, A>> test = ChoiceShrinker.replaying(gen, (action, choices) -> {
      List<A> actions = new ArrayList<>(base.run().actions());
      List<long[]> actionChoices = new ArrayList<>(base.choices());
      actions.set(index, action);
      actionChoices.set(index, choices);
      return replay(actions, actionChoices);
    });
    Optional<ChoiceShrinker.Run<Sequence<S, A>>> recorded = regenerate(gen, base, index);
    if (recorded.isEmpty()) {
      Optional<ChoiceShrinker.Run<Sequence<S, A>>> simplest = test.run(new long[0]);
      simplest.ifPresent(run -> accept(run.result(), 1));
      return simplest.isPresent();
    }
    ChoiceShrinker.Shrunk<Sequence<S, A>> shrunk =
        ChoiceShrinker.shrink(recorded.get(), test, budget);
    accept(shrunk.run().result(), shrunk.shrinks());
    return shrunk.shrinks() > 0;
  }

  /** The run of action {@code index}'s recorded choices, if they still generate that action. */
  private Optional<ChoiceShrinker.Run<Sequence<S, A>>> regenerate(
      Gen<? extends A> gen, Sequence<S, A> base, int index) {
    Source source = Source.replay(base.choices().get(index));
    try {
      if (Objects.equals(gen.generate(source), base.run().actions().get(index))) {
        return Optional.of(new ChoiceShrinker.Run<>(source.choices(), source.spans(), base));
      }
    } catch (Source.Invalid e) {
      // the choices no longer make a valid action here
    }
    return Optional.empty();
  }

  private void accept(Sequence<S, A> sequence, int simplifications) {
    best = sequence;
    shrinks += simplifications;
  }

  /**
   * The failing prefix of the actions regenerated from {@code choices} in the states they now meet
   * (after a removal, "complete the first open task" names another task), if it fails the same way.
   */
  private Optional<Sequence<S, A>> regenerate(List<long[]> choices) {
    budget--;
    return property.regenerate(choices).filter(run -> Failures.sameKind(originalFailure, run.run().failure()));
  }

  /** The candidate's failing prefix, if it fails the same way as the original. */
  private Optional<Sequence<S, A>> replay(List<A> actions, List<long[]> choices) {
    budget--;
    return property.execute(actions)
        .filter(run -> Failures.sameKind(originalFailure, run.failure()))
        .map(run -> new Sequence<>(run, choices));
  }
}
