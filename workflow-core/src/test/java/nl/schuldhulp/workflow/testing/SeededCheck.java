package nl.schuldhulp.workflow.testing;

import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The seeded property runner of workflow-core's own tests: checks a property on inputs generated
 * from a seed, and shrinks a failing input greedily, through the smaller candidates a shrinker
 * offers, to a small counterexample that is reported with the seed.
 *
 * <pre>{@code
 * SeededCheck.forAll("plusWorkingDays lands on a working day", CalendarProperties::generate,
 *         CalendarProperties::shrink)
 *     .holds(2_000, example -> assertThat(...));
 * }</pre>
 *
 * <p>The seed is {@code -Dworkflow.testkit.seed=...} if given, else a fresh random one; every run
 * prints it, and the same seed gives the same inputs. Each try draws from its own {@link Random},
 * seeded from the run's seed. A shrink candidate is kept only if it fails with the same kind of
 * error as the original, so shrinking does not slide to an unrelated bug.
 *
 * <p>Core tests only: workflow-core cannot use workflow-testkit, which depends on it (ADR 0090).
 * Every other module uses the testkit's {@code Property} and {@code @PropertyTest}, which shrink
 * without a hand-written shrinker. Immutable and threadsafe when the generator and shrinker are.
 *
 * @param <T> the type of the inputs
 */
public final class SeededCheck<T> {
  /** The system property that fixes the seed; the same one the testkit reads. */
  public static final String SEED_PROPERTY = "workflow.testkit.seed";

  /** How many candidates shrinking may try on one counterexample. */
  private static final int SHRINK_BUDGET = 5_000;

  private final String name;
  private final Function<Random, T> generator;
  private final Function<T, Stream<T>> shrinker;

  private SeededCheck(String name, Function<Random, T> generator, Function<T, Stream<T>> shrinker) {
    this.name = Objects.requireNonNull(name, "name");
    this.generator = Objects.requireNonNull(generator, "generator");
    this.shrinker = Objects.requireNonNull(shrinker, "shrinker");
  }

  /**
   * A property named {@code name} over the inputs of {@code generator}; a failing input is shrunk
   * through the smaller candidates {@code shrinker} offers, most promising first.
   */
  public static <T> SeededCheck<T> forAll(
      String name, Function<Random, T> generator, Function<T, Stream<T>> shrinker) {
    return new SeededCheck<>(name, generator, shrinker);
  }

  /** A property whose failing inputs are already minimal (nothing to shrink). */
  public static <T> SeededCheck<T> forAll(String name, Function<Random, T> generator) {
    return forAll(name, generator, input -> Stream.empty());
  }

  /**
   * Runs {@code check} on {@code tries} generated inputs, printing the seed.
   *
   * @throws AssertionError naming the seed and the shrunk counterexample, caused by its failure
   */
  public void holds(int tries, Consumer<T> check) {
    long seed = seed();
    System.out.println(name + ": seed " + seed + ", " + tries + " tries (rerun with -D"
        + SEED_PROPERTY + "=" + seed + ")");
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int tryNumber = 1; tryNumber <= tries; tryNumber++) {
      T input = generator.apply(new Random(seeds.nextLong()));
      Optional<Throwable> failure = failure(check, input);
      if (failure.isPresent()) {
        throw failed(seed, tryNumber, tries, input, failure.get(), check);
      }
    }
  }

  private AssertionError failed(
      long seed, int tryNumber, int tries, T original, Throwable originalFailure, Consumer<T> check) {
    T smallest = original;
    Throwable failure = originalFailure;
    int shrinks = 0;
    int budget = SHRINK_BUDGET;
    boolean smaller = true;
    while (smaller && budget > 0) {
      smaller = false;
      for (Iterator<T> candidates = shrinker.apply(smallest).iterator();
          candidates.hasNext() && budget-- > 0; ) {
        T candidate = candidates.next();
        Optional<Throwable> candidateFailure = failure(check, candidate)
            .filter(thrown -> thrown.getClass() == originalFailure.getClass());
        if (candidateFailure.isPresent()) {
          smallest = candidate;
          failure = candidateFailure.get();
          shrinks++;
          smaller = true;
          break;
        }
      }
    }
    return new AssertionError(String.format(
        "Property '%s' failed on try %d of %d (seed %d), shrunk %d times.%n"
            + "  shrunk counterexample: %s%n  original input:        %s%n  failure: %s%n"
            + "Reproduce with -D%s=%d",
        name, tryNumber, tries, seed, shrinks, smallest, original, failure, SEED_PROPERTY, seed),
        failure);
  }

  private static long seed() {
    String configured = System.getProperty(SEED_PROPERTY, "").trim();
    return configured.isEmpty() ? new SplittableRandom().nextLong() : Long.parseLong(configured);
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
