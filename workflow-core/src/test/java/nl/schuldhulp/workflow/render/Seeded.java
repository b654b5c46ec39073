package nl.schuldhulp.workflow.render;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small seeded property runner: generates inputs from one seed, and on failure shrinks the input
 * greedily to a small counterexample and reports it with the seed. The seed defaults to a fixed
 * value and can be set with {@code -Drender.seed=N}; it is printed on every run.
 */
final class Seeded {
  private static final long DEFAULT_SEED = 20261123L;
  private static final int MAX_SHRINKS = 2_000;

  private Seeded() {}

  static <T> void check(
      String name,
      int trials,
      Function<Random, T> generator,
      Function<T, List<T>> shrinker,
      Consumer<T> property) {
    long seed = Long.getLong("render.seed", DEFAULT_SEED);
    System.out.println(name + ": seed " + seed + " (rerun with -Drender.seed=" + seed + ")");
    Random random = new Random(seed);
    for (int trial = 0; trial < trials; trial++) {
      T input = generator.apply(random);
      AssertionError failure = failure(property, input);
      if (failure != null) {
        T smallest = input;
        int shrinks = 0;
        boolean smaller = true;
        while (smaller && shrinks < MAX_SHRINKS) {
          smaller = false;
          for (T candidate : shrinker.apply(smallest)) {
            shrinks++;
            AssertionError candidateFailure = failure(property, candidate);
            if (candidateFailure != null) {
              smallest = candidate;
              failure = candidateFailure;
              smaller = true;
              break;
            }
          }
        }
        throw new AssertionError(
            name + " failed with seed " + seed + " at trial " + trial + "; shrunk counterexample: "
                + smallest + "\n" + failure.getMessage(),
            failure);
      }
    }
  }

  private static <T> AssertionError failure(Consumer<T> property, T input) {
    try {
      property.accept(input);
      return null;
    } catch (AssertionError e) {
      return e;
    } catch (RuntimeException e) {
      return new AssertionError("threw " + e, e);
    }
  }
}
