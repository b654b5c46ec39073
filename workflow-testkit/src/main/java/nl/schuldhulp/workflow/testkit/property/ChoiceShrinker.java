package nl.schuldhulp.workflow.testkit.property;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Shrinks a failing choice sequence (ADR 0050): deletes the spans a generator marked (list
 * elements, actions), then chunks of 8, 4, 2 and 1 choices, then lowers each choice to zero or
 * binary-searches it down; repeats until a full round finds nothing simpler or the budget of
 * test runs is spent. A candidate is kept only when it is simpler (shorter, or as long and
 * smaller from the left) and still fails the same way, so shrinking always ends.
 *
 * <p>Not threadsafe; one instance shrinks one counterexample.
 */
final class ChoiceShrinker<R> {

  /** One run of the test on a choice sequence. */
  @FunctionalInterface
  interface Test<R> {
    /** The run if these choices fail the same way as the original, else empty. */
    Optional<Run<R>> run(long[] choices);
  }

  /** A failing run: the choices it actually drew, its spans and what it produced. */
  record Run<R>(long[] choices, List<Source.Span> spans, R result) {}

  /**
   * A test that replays the choices through {@code gen} and lets {@code judge} decide on the
   * value and the choices it was drawn from; choices that make no valid value do not fail.
   */
  static <T, R> Test<R> replaying(
      Gen<? extends T> gen, BiFunction<? super T, long[], Optional<R>> judge) {
    return choices -> {
      Source source = Source.replay(choices);
      T value;
      try {
        value = gen.generate(source);
      } catch (Source.Invalid e) {
        return Optional.empty();
      }
      return judge.apply(value, source.choices())
          .map(result -> new Run<>(source.choices(), source.spans(), result));
    };
  }

  private final Test<R> test;
  private int budget;
  private int shrinks;
  private Run<R> best;

  private ChoiceShrinker(Test<R> test, Run<R> failing, int budget) {
    this.test = test;
    this.best = failing;
    this.budget = budget;
  }

  /** The simplest failing run reachable from {@code failing} within {@code budget} test runs. */
  static <R> Shrunk<R> shrink(Run<R> failing, Test<R> test, int budget) {
    ChoiceShrinker<R> shrinker = new ChoiceShrinker<>(test, failing, budget);
    shrinker.shrink();
    return new Shrunk<>(shrinker.best, shrinker.shrinks);
  }

  /** The result of shrinking: the simplest failing run and how many simplifications led to it. */
  record Shrunk<R>(Run<R> run, int shrinks) {}

  private void shrink() {
    boolean improved = true;
    while (improved && budget > 0) {
      improved = deleteSpans() | deleteChunks() | lowerChoices();
    }
  }

  private boolean deleteSpans() {
    boolean improved = false;
    for (int i = 0; i < best.spans().size() && budget > 0; ) {
      List<Source.Span> spans = sortedLongestFirst(best.spans());
      Source.Span span = spans.get(i);
      if (consider(without(best.choices(), span.start(), span.end()))) {
        improved = true;
      } else {
        i++;
      }
    }
    return improved;
  }

  private static List<Source.Span> sortedLongestFirst(List<Source.Span> spans) {
    return spans.stream()
        .sorted(Comparator.comparingInt(Source.Span::length).reversed()
            .thenComparingInt(Source.Span::start))
        .toList();
  }

  private boolean deleteChunks() {
    boolean improved = false;
    for (int size = 8; size >= 1; size /= 2) {
      for (int start = best.choices().length - size; start >= 0 && budget > 0; start--) {
        if (start + size <= best.choices().length
            && consider(without(best.choices(), start, start + size))) {
          improved = true;
        }
      }
    }
    return improved;
  }

  private boolean lowerChoices() {
    boolean improved = false;
    for (int i = 0; i < best.choices().length && budget > 0; i++) {
      improved |= lower(i);
    }
    return improved;
  }

  /** Lowers choice {@code i} as far as it still fails: to zero, else by binary search. */
  private boolean lower(int i) {
    long current = best.choices()[i];
    if (current == 0 || consider(with(i, 0))) {
      return current != 0;
    }
    boolean improved = searchDown(i, 0, current, 1);
    // choices alternate above and below a range's simplest value, so also search one parity
    long now = best.choices().length > i ? best.choices()[i] : 0;
    if (now > 2) {
      improved |= searchDown(i, now % 2, now, 2);
    }
    return improved;
  }

  /**
   * Binary search for the lowest failing value of choice {@code i} among {@code low + k * step}
   * below {@code high}, where {@code high} fails; {@code low} itself is tried first unless zero.
   */
  private boolean searchDown(int i, long low, long high, long step) {
    int length = best.choices().length;
    if (low != 0 && consider(with(i, low))) {
      return true;
    }
    boolean improved = false;
    long passing = 0;
    long failing = (high - low) / step;
    while (passing + 1 < failing && budget > 0 && best.choices().length == length) {
      long middle = passing + (failing - passing) / 2;
      if (consider(with(i, low + middle * step))) {
        failing = middle;
        improved = true;
      } else {
        passing = middle;
      }
    }
    return improved;
  }

  private long[] with(int index, long value) {
    long[] copy = best.choices().clone();
    copy[index] = value;
    return copy;
  }

  private static long[] without(long[] choices, int start, int end) {
    long[] shorter = Arrays.copyOf(choices, choices.length - (end - start));
    System.arraycopy(choices, end, shorter, start, choices.length - end);
    return shorter;
  }

  /** Runs the candidate if it is simpler than the best so far; keeps it if it still fails. */
  private boolean consider(long[] candidate) {
    if (budget <= 0 || !simpler(candidate, best.choices())) {
      return false;
    }
    budget--;
    Optional<Run<R>> run = test.run(candidate);
    if (run.isPresent() && simpler(run.get().choices(), best.choices())) {
      best = run.get();
      shrinks++;
      return true;
    }
    return false;
  }

  /** Shortlex order: shorter is simpler; of equal length, the first smaller choice decides. */
  static boolean simpler(long[] candidate, long[] current) {
    if (candidate.length != current.length) {
      return candidate.length < current.length;
    }
    return Arrays.compare(candidate, current) < 0;
  }
}
