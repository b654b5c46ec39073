package nl.schuldhulp.workflow.testkit.property;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * A property over generated values: runs a check on {@link #tries(int) n} values of a {@link Gen}
 * and, when one fails, shrinks it to a small counterexample.
 *
 * <pre>{@code
 * Property.forAll(Gen.ints(0, 1000).list(0, 20))
 *     .tries(500)
 *     .seed(42L)                                  // optional; see below
 *     .check(list -> list.stream().allMatch(x -> x <= 100))
 *     .assertPassed();                            // AssertionError: ... Shrunk counterexample: [101]
 * }</pre>
 *
 * <p>The seed is, in order: the one given to {@link #seed(long)}, the system property {@code
 * -Dworkflow.testkit.seed=...}, or a random one. Every report names it, and the same seed gives
 * the same run.
 *
 * <p>Immutable and threadsafe: each setter returns a copy.
 *
 * @param <T> the type of the generated values
 */
public final class Property<T> {
  /** How many test runs shrinking may spend on one counterexample. */
  static final int SHRINK_BUDGET = 5_000;

  private final Gen<T> gen;
  private final int tries;
  private final long seed;

  private Property(Gen<T> gen, int tries, long seed) {
    this.gen = gen;
    this.tries = tries;
    this.seed = seed;
  }

  /** A property over the values of {@code gen}: 100 tries, the default seed. */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(Objects.requireNonNull(gen, "gen"), 100, Seeds.initial());
  }

  /** A copy that checks {@code tries} values. */
  public Property<T> tries(int tries) {
    checkArgument(tries > 0, "tries (%s) must be positive", tries);
    return new Property<>(gen, tries, seed);
  }

  /** A copy that draws its values from {@code seed}. */
  public Property<T> seed(long seed) {
    return new Property<>(gen, tries, seed);
  }

  /** Checks that {@code property} returns true for every value. */
  public PropertyResult<T> check(Predicate<? super T> property) {
    Objects.requireNonNull(property, "property");
    return checkAssert(value -> {
      if (!property.test(value)) {
        throw new AssertionError("property returned false");
      }
    });
  }

  /** Checks that {@code property} throws nothing (an assertion failure or any exception). */
  public PropertyResult<T> checkAssert(Check<? super T> property) {
    Objects.requireNonNull(property, "property");
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int tryNumber = 1; tryNumber <= tries; tryNumber++) {
      Source source = Source.random(seeds.nextLong());
      T value = generate(source);
      Optional<Throwable> failure = Failures.of(() -> property.check(value));
      if (failure.isPresent()) {
        var example = new Example<>(value, failure.get());
        var run = new ChoiceShrinker.Run<>(source.choices(), source.spans(), example);
        return failed(tryNumber, run, property);
      }
    }
    return new PropertyResult.Passed<>(seed, tries);
  }

  private T generate(Source source) {
    try {
      return gen.generate(source);
    } catch (Source.Invalid e) {
      throw new IllegalStateException("cannot generate a value: " + e.getMessage(), e);
    }
  }

  private PropertyResult<T> failed(
      int tryNumber, ChoiceShrinker.Run<Example<T>> original, Check<? super T> property) {
    Throwable originalFailure = original.result().failure();
    ChoiceShrinker.Test<Example<T>> test = ChoiceShrinker.replaying(gen, (value, choices) ->
        Failures.of(() -> property.check(value))
            .filter(failure -> Failures.sameKind(originalFailure, failure))
            .map(failure -> new Example<>(value, failure)));
    ChoiceShrinker.Shrunk<Example<T>> shrunk =
        ChoiceShrinker.shrink(original, test, SHRINK_BUDGET);
    Example<T> simplest = shrunk.run().result();
    String report = Failures.report(seed, tryNumber, tries, shrunk.shrinks(),
        String.valueOf(original.result().value()), String.valueOf(simplest.value()),
        simplest.failure());
    return new PropertyResult.Failed<>(seed, tryNumber, original.result().value(),
        simplest.value(), shrunk.shrinks(), simplest.failure(), report);
  }

  /** A generated value and what checking it threw. */
  private record Example<T>(T value, Throwable failure) {}

  /**
   * A check that fails by throwing, typically an AssertJ or JUnit assertion.
   *
   * @param <T> the type of the checked values
   */
  @FunctionalInterface
  public interface Check<T> {
    /** Throws if the property does not hold for {@code value}. */
    void check(T value) throws Throwable;
  }
}
