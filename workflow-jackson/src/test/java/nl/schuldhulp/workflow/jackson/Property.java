package nl.schuldhulp.workflow.jackson;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * A small seeded property harness: runs a property over generated values, one seed per trial
 * (base seed + trial number), and on failure shrinks the value greedily and reports the seed and
 * the shrunk counterexample. The base seed is fixed, or given with {@code -Dproperties.seed=N};
 * it is printed at the start. Not threadsafe.
 */
final class Property {
  static final long DEFAULT_SEED = 20_261_123L;

  private Property() {}

  static <T> void forAll(
      String name,
      int trials,
      LongFunction<T> generate,
      Function<T, List<T>> smaller,
      Function<T, String> show,
      Consumer<T> property) {
    long base = Long.getLong("properties.seed", DEFAULT_SEED);
    System.out.println(name + ": base seed " + base + ", " + trials + " trials");
    for (int trial = 0; trial < trials; trial++) {
      long seed = base + trial;
      T value = generate.apply(seed);
      Throwable failure = failure(property, value);
      if (failure != null) {
        T shrunk = shrink(value, smaller, property);
        AssertionError error = new AssertionError(name + " failed for seed " + seed + " (rerun with"
            + " -Dproperties.seed=" + seed + "); shrunk counterexample:\n" + show.apply(shrunk)
            + "\nits failure: " + failure(property, shrunk));
        error.addSuppressed(failure);
        throw error;
      }
    }
  }

  /** The smallest value reached by repeatedly taking the first smaller value that still fails. */
  static <T> T shrink(T value, Function<T, List<T>> smaller, Consumer<T> property) {
    T current = value;
    boolean progress = true;
    for (int round = 0; progress && round < 10_000; round++) {
      progress = false;
      for (T candidate : smaller.apply(current)) {
        if (failure(property, candidate) != null) {
          current = candidate;
          progress = true;
          break;
        }
      }
    }
    return current;
  }

  private static <T> Throwable failure(Consumer<T> property, T value) {
    try {
      property.accept(value);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }
}
