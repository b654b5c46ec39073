package nl.schuldhulp.workflow.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small seeded property runner over sequences of random choices (no property-testing library).
 * Each run draws a list of choices from the master seed; a property turns them into commands
 * against the state it reaches. On failure the list is shrunk by deleting chunks while it still
 * fails, and the error names the seed (rerun with {@code -Dproperties.seed=...}) and the shrunk
 * counterexample.
 */
final class ChoiceSequences {
  static final long SEED = Long.getLong("properties.seed", 20240304L);

  private ChoiceSequences() {}

  static void forAll(String name, int runs, int length, Consumer<List<Long>> property,
      Function<List<Long>, String> describe) {
    Random master = new Random(SEED);
    for (int run = 0; run < runs; run++) {
      List<Long> choices = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        choices.add(master.nextLong());
      }
      Throwable failure = failure(property, choices);
      if (failure != null) {
        List<Long> shrunk = shrink(property, choices);
        Throwable shrunkFailure = failure(property, shrunk);
        throw new AssertionError(name + " failed in run " + run + " with seed " + SEED
            + " (rerun with -Dproperties.seed=" + SEED + "); shrunk from " + choices.size() + " to "
            + shrunk.size() + " steps:\n" + describe.apply(shrunk) + "\n" + shrunkFailure, shrunkFailure);
      }
    }
  }

  /** The smallest list found by deleting chunks of ever smaller size that still fails. */
  static List<Long> shrink(Consumer<List<Long>> property, List<Long> failing) {
    List<Long> current = new ArrayList<>(failing);
    for (int size = Math.max(1, current.size() / 2); size >= 1; size = size == 1 ? 0 : size / 2) {
      boolean removed = true;
      while (removed) {
        removed = false;
        for (int from = 0; from + size <= current.size(); from++) {
          List<Long> candidate = new ArrayList<>(current.subList(0, from));
          candidate.addAll(current.subList(from + size, current.size()));
          if (failure(property, candidate) != null) {
            current = candidate;
            removed = true;
            break;
          }
        }
      }
    }
    return current;
  }

  private static Throwable failure(Consumer<List<Long>> property, List<Long> choices) {
    try {
      property.accept(choices);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }
}
