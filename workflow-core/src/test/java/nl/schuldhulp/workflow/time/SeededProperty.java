package nl.schuldhulp.workflow.time;

import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A minimal seeded property check: generates inputs from a seed, runs a check that throws on
 * failure, shrinks a failing input greedily to a small counterexample and reports it with the
 * seed. Rerun a failure with {@code -Dproperties.seed=<seed>}. No property-testing library.
 *
 * <p>This class is immutable and threadsafe; each run uses its own {@link Random}.
 */
final class SeededProperty<T> {
  /** The seed of this run: {@code -Dproperties.seed} if given, else a fresh one (printed). */
  static final long SEED = Long.getLong("properties.seed", new Random().nextLong());

  private static final int MAX_SHRINK_STEPS = 10_000;

  static {
    System.out.println("Properties seed: " + SEED + " (rerun with -Dproperties.seed=" + SEED + ")");
  }

  private final String name;
  private final Function<Random, T> generator;
  private final Function<T, Stream<T>> shrinker;

  private SeededProperty(String name, Function<Random, T> generator, Function<T, Stream<T>> shrinker) {
    this.name = name;
    this.generator = generator;
    this.shrinker = shrinker;
  }

  /** A property over inputs made by {@code generator}, shrunk by trying {@code shrinker}'s smaller candidates. */
  static <T> SeededProperty<T> forAll(
      String name, Function<Random, T> generator, Function<T, Stream<T>> shrinker) {
    return new SeededProperty<>(name, generator, shrinker);
  }

  /** Runs {@code check} on {@code tries} generated inputs; fails with the shrunk counterexample. */
  void holds(int tries, Consumer<T> check) {
    Random random = new Random(SEED ^ name.hashCode());
    for (int i = 0; i < tries; i++) {
      T input = generator.apply(random);
      Optional<Throwable> failure = failure(check, input);
      if (failure.isPresent()) {
        T smallest = shrink(check, input);
        AssertionError error =
            new AssertionError(
                String.format(
                    "Property '%s' failed with seed %d (rerun with -Dproperties.seed=%d)%n"
                        + "  shrunk counterexample: %s%n  original input:        %s%n  failure: %s",
                    name, SEED, SEED, smallest, input, failure(check, smallest).orElseThrow()));
        error.initCause(failure.get());
        throw error;
      }
    }
  }

  private T shrink(Consumer<T> check, T failing) {
    T current = failing;
    for (int step = 0; step < MAX_SHRINK_STEPS; step++) {
      Optional<T> smaller =
          shrinker.apply(current).filter(candidate -> failure(check, candidate).isPresent()).findFirst();
      if (smaller.isEmpty()) {
        return current;
      }
      current = smaller.get();
    }
    return current;
  }

  private static <T> Optional<Throwable> failure(Consumer<T> check, T input) {
    try {
      check.accept(input);
      return Optional.empty();
    } catch (AssertionError | RuntimeException e) {
      return Optional.of(e);
    }
  }
}
