package nl.schuldhulp.workflow.testkit.property;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Generates values of type {@code T} from the choices of a {@link Source}. Generators are built
 * from the static factories and combined with {@link #map}, {@link #flatMap}, {@link #filter} and
 * {@link #list}; they need no shrinking code of their own, because the harness shrinks the
 * choices a value was made from (ADR 0050).
 *
 * <pre>{@code
 * Gen<Integer> amounts = Gen.ints(0, 5_000);
 * Gen<List<Integer>> debts = amounts.list(0, 20);
 * Gen<String> names = Gen.elements("Utrecht", "Zwolle", "Tilburg");
 * Gen<Command> commands = Gen.frequency(Gen.weighted(9, validCommands), Gen.weighted(1, anyCommand));
 * }</pre>
 *
 * <p>A generator must be a pure function of the choices it draws: the same choices give an equal
 * value. Generators built here hold no state and are threadsafe.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** How many values in a row {@link #filter} may reject before it gives up. */
  int FILTER_RETRIES = 100;

  /** Draws choices from {@code source} and turns them into a value. */
  T generate(Source source);

  /** Always {@code value}; draws nothing. */
  static <T> Gen<T> constant(T value) {
    Objects.requireNonNull(value, "value");
    return source -> value;
  }

  /** An int in {@code [min, max]}, shrinking towards the value nearest to zero. */
  static Gen<Integer> ints(int min, int max) {
    checkArgument(min <= max, "min (%s) must not exceed max (%s)", min, max);
    return source -> source.choose(min, max);
  }

  /** A long in {@code [min, max]}, shrinking towards the value nearest to zero. */
  static Gen<Long> longs(long min, long max) {
    checkArgument(min <= max, "min (%s) must not exceed max (%s)", min, max);
    return source -> source.choose(min, max);
  }

  /** {@code false} or {@code true}, shrinking towards {@code false}. */
  static Gen<Boolean> booleans() {
    return source -> source.choose(0, 1) == 1;
  }

  /** One of {@code values}, shrinking towards the first. */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    checkArgument(!copy.isEmpty(), "elements needs at least one value");
    return source -> copy.get(source.choose(0, copy.size() - 1));
  }

  /** One of {@code values}, shrinking towards the first. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array only reaches List.copyOf, never escapes
  static <T> Gen<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /** A value of one of {@code gens}, each equally likely, shrinking towards the first. */
  static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
    List<Gen<? extends T>> copy = List.copyOf(gens);
    checkArgument(!copy.isEmpty(), "oneOf needs at least one generator");
    return source -> copy.get(source.choose(0, copy.size() - 1)).generate(source);
  }

  /** A value of one of {@code gens}, each equally likely, shrinking towards the first. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array only reaches List.copyOf, never escapes
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    return oneOf(Arrays.asList(gens));
  }

  /** A generator with a weight, for {@link #frequency}. */
  static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /**
   * A value of one of the weighted generators, chosen in proportion to the weights, shrinking
   * towards the first.
   */
  static <T> Gen<T> frequency(List<Weighted<? extends T>> choices) {
    List<Weighted<? extends T>> copy = List.copyOf(choices);
    checkArgument(!copy.isEmpty(), "frequency needs at least one weighted generator");
    long total = copy.stream().mapToLong(Weighted::weight).sum();
    return source -> {
      long ticket = source.choose(0, total - 1);
      for (Weighted<? extends T> choice : copy) {
        if (ticket < choice.weight()) {
          return choice.gen().generate(source);
        }
        ticket -= choice.weight();
      }
      throw new AssertionError("unreachable: ticket beyond the total weight");
    };
  }

  /** See {@link #frequency(List)}. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array only reaches List.copyOf, never escapes
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    return frequency(Arrays.asList(choices));
  }

  /** Combines a value of {@code first} and one of {@code second}. */
  static <A, B, R> Gen<R> zip(
      Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> combine) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(combine, "combine");
    return source -> combine.apply(first.generate(source), second.generate(source));
  }

  /** This generator's values transformed by {@code function}. */
  default <R> Gen<R> map(Function<? super T, ? extends R> function) {
    Objects.requireNonNull(function, "function");
    return source -> function.apply(generate(source));
  }

  /** Generates a value, then a value of the generator {@code function} makes from it. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> function) {
    Objects.requireNonNull(function, "function");
    return source -> function.apply(generate(source)).generate(source);
  }

  /**
   * Only the values that satisfy {@code condition}; draws again up to {@link #FILTER_RETRIES}
   * times, then gives up with an {@link IllegalStateException}. Prefer generating valid values
   * directly: a filter that rejects often makes the run slow and shrinking weak.
   */
  default Gen<T> filter(Predicate<? super T> condition) {
    Objects.requireNonNull(condition, "condition");
    return source -> {
      for (int attempt = 0; attempt < FILTER_RETRIES; attempt++) {
        T value = generate(source);
        if (condition.test(value)) {
          return value;
        }
      }
      throw new Source.Invalid("filter rejected " + FILTER_RETRIES + " values in a row");
    };
  }

  /**
   * Lists of {@code min} to {@code max} values of this generator. Each element is a unit the
   * shrinker can delete, so lists shrink to their shortest failing form.
   */
  default Gen<List<T>> list(int min, int max) {
    checkArgument(0 <= min && min <= max, "need 0 <= min (%s) <= max (%s)", min, max);
    int averageExtra = Math.max(1, Math.min((max - min) / 2, 25));
    return source -> {
      List<T> values = new ArrayList<>();
      while (values.size() < max) {
        int start = source.startSpan();
        // below min an element is obligatory; above it, a non-zero draw means "one more"
        if (values.size() >= min && source.choose(0, averageExtra) == 0) {
          break;
        }
        values.add(generate(source));
        source.endSpan(start);
      }
      return List.copyOf(values);
    };
  }

  /**
   * A generator with its weight; see {@link Gen#frequency(List)}.
   *
   * @param weight how likely, relative to the others; positive
   * @param gen the generator
   * @param <T> the type of the generated values
   */
  record Weighted<T>(int weight, Gen<? extends T> gen) {
    /** Checks that the weight is positive. */
    public Weighted {
      checkArgument(weight > 0, "weight (%s) must be positive", weight);
      Objects.requireNonNull(gen, "gen");
    }
  }
}
