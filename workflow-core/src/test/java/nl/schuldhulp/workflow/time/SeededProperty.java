package nl.schuldhulp.workflow.time;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.testing.SeededCheck;

/**
 * The entry point {@link AgendaProperties} and {@link NormProperties} still call; it only
 * delegates to the core tests' shared runner {@link SeededCheck} (seed, printing, shrinking). New
 * properties call {@code SeededCheck} directly. Immutable and threadsafe.
 */
final class SeededProperty<T> {
  private final SeededCheck<T> check;

  private SeededProperty(SeededCheck<T> check) {
    this.check = check;
  }

  /** See {@link SeededCheck#forAll(String, Function, Function)}. */
  static <T> SeededProperty<T> forAll(
      String name, Function<Random, T> generator, Function<T, Stream<T>> shrinker) {
    return new SeededProperty<>(SeededCheck.forAll(name, generator, shrinker));
  }

  /** See {@link SeededCheck#holds(int, Consumer)}. */
  void holds(int tries, Consumer<T> check) {
    this.check.holds(tries, check);
  }
}
