package nl.schuldhulp.workflow.jackson.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small seeded property runner: checks a property on values made from {@link Draws}, prints the
 * seed, and shrinks a failing value by simplifying its choices (cut the tail, drop one choice, lower
 * each choice to 0, halve it) while it still fails. The seed is fixed per property and can be overridden with
 * {@code -Devents.seed=...} to replay a reported run.
 *
 * @param name what is checked, for the report
 * @param seed the seed
 * @param tries how many values
 */
record SeededProperty(String name, long seed, int tries) {
  private static final int SHRINK_BUDGET = 2_000;

  static SeededProperty of(String name, long seed, int tries) {
    return new SeededProperty(name, Long.getLong("events.seed", seed), tries);
  }

  <T> void check(Function<Draws, T> generator, Consumer<T> property) {
    System.out.println(name + ": seed " + seed + " (replay with -Devents.seed=" + seed + "), " + tries + " tries");
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int attempt = 1; attempt <= tries; attempt++) {
      Draws draws = Draws.random(seeds.nextLong());
      T value = generator.apply(draws);
      Optional<Throwable> failure = failure(property, value);
      if (failure.isPresent()) {
        List<Integer> shrunk = shrink(draws.choices(), choices -> failure(property, generator.apply(Draws.replay(choices))).isPresent());
        T smallest = generator.apply(Draws.replay(shrunk));
        throw new AssertionError(name + " failed on try " + attempt + " with seed " + seed
            + " (replay with -Devents.seed=" + seed + ")\n  value: " + printable(value)
            + "\n  shrunk: " + printable(smallest)
            + "\n  failure: " + printable(failure(property, smallest).orElse(failure.get())),
            null);
      }
    }
  }

  /** The value's text with control characters and surrogates escaped, so any log or report shows it. */
  static String printable(Object value) {
    StringBuilder text = new StringBuilder();
    String.valueOf(value).chars().forEach(c -> text.append(
        c < 0x20 || Character.isSurrogate((char) c) || c == 0x2028 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return text.toString();
  }

  private static <T> Optional<Throwable> failure(Consumer<T> property, T value) {
    try {
      property.accept(value);
      return Optional.empty();
    } catch (AssertionError | RuntimeException e) {
      return Optional.of(e);
    }
  }

  /** The simplest choices found that still fail, within a budget of runs. */
  static List<Integer> shrink(List<Integer> failing, java.util.function.Predicate<List<Integer>> fails) {
    List<Integer> current = failing;
    int budget = SHRINK_BUDGET;
    boolean improved = true;
    while (improved && budget > 0) {
      improved = false;
      for (int cut = current.size() / 2; cut >= 1 && budget > 0; cut /= 2, budget--) {
        List<Integer> candidate = current.subList(0, current.size() - cut);
        if (fails.test(candidate)) {
          current = List.copyOf(candidate);
          improved = true;
        }
      }
      for (int index = current.size() - 1; index >= 0 && budget-- > 0; index--) {
        List<Integer> candidate = new ArrayList<>(current);
        candidate.remove(index);
        if (fails.test(candidate)) {
          current = List.copyOf(candidate);
          improved = true;
        }
      }
      for (int index = 0; index < current.size() && budget > 0; index++) {
        for (int lower : new int[] {0, current.get(index) / 2, current.get(index) - 1}) {
          if (lower >= 0 && lower < current.get(index) && budget-- > 0) {
            List<Integer> candidate = new ArrayList<>(current);
            candidate.set(index, lower);
            if (fails.test(candidate)) {
              current = List.copyOf(candidate);
              improved = true;
              break;
            }
          }
        }
      }
    }
    return current;
  }
}
