package nl.schuldhulp.workflow.testkit.property;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where a {@link Gen} draws its randomness from: every draw is a number in a range, and the
 * source records each draw as a <i>choice</i>. The recorded choice sequence re-creates the value
 * exactly, and a simpler sequence (shorter, smaller numbers) re-creates a simpler value; that is
 * how the harness shrinks counterexamples of any generator (see ADR 0050).
 *
 * <p>A choice is the distance from the simplest value of its range: 0 is the simplest, and the
 * value nearest to zero is the simplest value of a range. Writing a generator by hand:
 *
 * <pre>{@code
 * Gen<Point> points = source -> new Point(source.choose(-10, 10), source.choose(-10, 10));
 * }</pre>
 *
 * <p>Sources are made by the runners, one per try. This class is not threadsafe.
 */
public final class Source {
  /** Draws past the end of a replayed sequence before the replay counts as runaway. */
  private static final int MAX_EXTRA_DRAWS = 10_000;

  private final SplittableRandom random;
  private final long[] replay;
  private long[] choices = new long[16];
  private int size;
  private final List<Span> spans = new ArrayList<>();

  private Source(SplittableRandom random, long[] replay) {
    this.random = random;
    this.replay = replay;
  }

  /** A source drawing fresh random choices from {@code seed}. */
  static Source random(long seed) {
    return new Source(new SplittableRandom(seed), null);
  }

  /** A source replaying {@code choices}; draws past their end are 0 (the simplest). */
  static Source replay(long[] choices) {
    return new Source(null, choices.clone());
  }

  /** A random int in {@code [min, max]}; shrinks towards the value nearest to zero. */
  public int choose(int min, int max) {
    return (int) choose((long) min, max);
  }

  /**
   * A random long in {@code [min, max]}; shrinks towards the value nearest to zero. The range
   * {@code max - min} must not exceed {@link Long#MAX_VALUE}.
   */
  public long choose(long min, long max) {
    checkArgument(min <= max, "min (%s) must not exceed max (%s)", min, max);
    long range = max - min;
    checkArgument(range >= 0, "range [%s, %s] is wider than Long.MAX_VALUE", min, max);
    long choice = next(range);
    record(choice);
    return valueOf(choice, min, max);
  }

  private long next(long range) {
    if (replay == null) {
      return range == Long.MAX_VALUE ? random.nextLong() >>> 1 : random.nextLong(range + 1);
    }
    if (size < replay.length) {
      return Math.min(replay[size], range);
    }
    if (size >= replay.length + MAX_EXTRA_DRAWS) {
      throw new Invalid("the generator kept drawing past the replayed choices");
    }
    return 0;
  }

  private void record(long choice) {
    if (size == choices.length) {
      choices = Arrays.copyOf(choices, size * 2);
    }
    choices[size++] = choice;
  }

  /**
   * Maps a choice to a value, zig-zagging outwards from the value nearest to zero: 0 is that
   * value, 1 one above it, 2 one below, 3 two above, ...; once one side of the range runs out the
   * other side continues.
   */
  static long valueOf(long choice, long min, long max) {
    long target = min > 0 ? min : Math.min(max, 0);
    if (choice == 0) {
      return target;
    }
    long up = max - target;
    long down = target - min;
    long both = Math.min(up, down);
    if ((choice - 1) / 2 < both) {
      long distance = (choice - 1) / 2 + 1;
      return (choice & 1) == 1 ? target + distance : target - distance;
    }
    long beyond = choice - both - both;
    return up > down ? target + both + beyond : target - both - beyond;
  }

  /** Opens a span: the draws until {@link #endSpan(int)} form one unit the shrinker may delete. */
  int startSpan() {
    return size;
  }

  void endSpan(int start) {
    if (size > start) {
      spans.add(new Span(start, size));
    }
  }

  /** Where the next choice will be recorded. */
  int position() {
    return size;
  }

  /** The choices recorded so far. */
  long[] choices() {
    return Arrays.copyOf(choices, size);
  }

  /** The choices recorded from {@code start} up to now. */
  long[] choicesSince(int start) {
    return Arrays.copyOfRange(choices, start, size);
  }

  List<Span> spans() {
    return List.copyOf(spans);
  }

  /** A range of choices that together produced one part of a value, such as a list element. */
  record Span(int start, int end) {
    int length() {
      return end - start;
    }
  }

  /** A replayed choice sequence that cannot produce a value (a filter gave up, runaway). */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }
}
