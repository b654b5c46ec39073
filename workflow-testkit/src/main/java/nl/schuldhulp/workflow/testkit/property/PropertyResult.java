package nl.schuldhulp.workflow.testkit.property;

import java.util.Objects;

/**
 * The outcome of checking a property: {@link Passed} with the number of tries, or {@link Failed}
 * with the seed, the failing try, the original and the shrunk counterexample and the failure.
 * {@link #report()} is the printable description; {@link #assertPassed()} turns a failure into an
 * {@link AssertionError} carrying that report.
 *
 * <pre>{@code
 * PropertyResult<List<Integer>> result = Property.forAll(Gen.ints(0, 1000).list(0, 20))
 *     .seed(42L)
 *     .check(list -> list.stream().allMatch(x -> x <= 100));
 * if (result instanceof PropertyResult.Failed<List<Integer>> failed) {
 *   System.out.println(failed.shrunk());          // [101]
 * }
 * result.assertPassed();                          // throws AssertionError with the report
 * }</pre>
 *
 * <p>Immutable and threadsafe when the counterexamples are.
 *
 * @param <T> the type of the generated values
 */
public sealed interface PropertyResult<T> permits PropertyResult.Passed, PropertyResult.Failed {

  /** The seed of the run; the same seed reruns the same values. */
  long seed();

  /** The number of tries run: all of them when passed, up to and including the failing one. */
  int tries();

  /** A printable description of the outcome, naming the seed. */
  String report();

  /** Whether the property held for every try. */
  default boolean passed() {
    return this instanceof Passed;
  }

  /**
   * Returns this result if the property passed.
   *
   * @throws AssertionError with the {@link #report()} as its message and the failure as its cause
   */
  default PropertyResult<T> assertPassed() {
    if (this instanceof Failed<T> failed) {
      throw new AssertionError(failed.report(), failed.failure());
    }
    return this;
  }

  /**
   * The property held for every try.
   *
   * @param seed the seed of the run
   * @param tries the number of tries
   * @param <T> the type of the generated values
   */
  record Passed<T>(long seed, int tries) implements PropertyResult<T> {
    @Override
    public String report() {
      return "Property held for " + tries + " tries (seed " + seed + ").";
    }
  }

  /**
   * The property failed.
   *
   * @param seed the seed of the run
   * @param tries the number of the failing try (1-based)
   * @param original the counterexample as first found
   * @param shrunk the simplest counterexample shrinking found
   * @param shrinks how many simplifications led from the original to the shrunk counterexample
   * @param failure what the shrunk counterexample threw, or the {@link AssertionError} standing
   *     for a property that returned false or a violated invariant
   * @param report the printable description
   * @param <T> the type of the generated values
   */
  record Failed<T>(
      long seed, int tries, T original, T shrunk, int shrinks, Throwable failure, String report)
      implements PropertyResult<T> {
    /** Checks that nothing is null. */
    public Failed {
      Objects.requireNonNull(original, "original");
      Objects.requireNonNull(shrunk, "shrunk");
      Objects.requireNonNull(failure, "failure");
      Objects.requireNonNull(report, "report");
    }
  }
}
