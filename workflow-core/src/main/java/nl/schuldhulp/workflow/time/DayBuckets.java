package nl.schuldhulp.workflow.time;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Per epoch day a multiset of non-negative {@code long}s and how many it holds, in arrays over the
 * epoch days seen so far, grown (by doubling) when a day falls outside their range. A day's values
 * are a log: an add appends the value, a remove appends it with the sign bit set, so a change
 * touches only the end of the day's log, wherever the value would sort. When a day's removes
 * outnumber half its values, and when its values are read, its log is sorted in place and each
 * remove cancels one equal value: O(log n) amortized per change, and at most about twice the
 * values' room; a log stays sorted while adds come in order (as case numbers do). Only a value
 * that is on a day may be removed from it. The count up to a day and the next day with values
 * cost O(days). Not threadsafe.
 */
class DayBuckets {
  private static final int MARGIN = 64;
  private static final int ENTRIES = 0;
  private static final int ORDERED = 1; // values in ascending order
  private static final int VALUES = 2;

  private long base; // epoch day of slot 0
  private long[][] logs = new long[0][]; // per day: null when it has no values
  private int[][] sizes = new int[3][0]; // per day: ENTRIES in its log, how many first of them are ORDERED, its VALUES

  final void add(long day, long value) {
    int slot = ensure(day);
    append(slot, value);
    sizes[VALUES][slot]++;
  }

  /** Removes {@code value}, which must be on {@code day}. */
  final void remove(long day, long value) {
    int slot = (int) (day - base);
    if (--sizes[VALUES][slot] == 0) {
      clear(slot); // every value cancelled
    } else {
      append(slot, value | Long.MIN_VALUE);
    }
  }

  /** How many values fall on {@code day} or before. */
  final int upTo(long day) {
    int sum = 0;
    for (int slot = Math.min(slot(day), logs.length - 1); slot >= 0; slot--) {
      sum += sizes[VALUES][slot];
    }
    return sum;
  }

  /** The earliest day from {@code from} to {@code to} (both included) with values; else {@link Long#MAX_VALUE}. */
  final long next(long from, long to) {
    for (int slot = Math.max(slot(from), 0); slot <= slot(to) && slot < logs.length; slot++) {
      if (sizes[VALUES][slot] > 0) {
        return base + slot;
      }
    }
    return Long.MAX_VALUE;
  }

  /** Hands {@code visitor} the values of {@code day} in ascending order, repeats included, until it returns false. */
  final void forEach(long day, LongPredicate visitor) {
    int slot = slot(day);
    if (slot < 0 || slot == logs.length || logs[slot] == null) {
      return;
    }
    long[] log = tidy(slot);
    for (int i = 0; i < sizes[VALUES][slot]; i++) {
      if (!visitor.test(log[i])) {
        return;
      }
    }
  }

  /** Takes out the values of every day up to and including {@code day}, earliest day first, and hands them to {@code taker}. */
  final void takeUpTo(long day, LongPredicate taker) {
    for (long first = next(Long.MIN_VALUE, day); first != Long.MAX_VALUE; first = next(first + 1, day)) {
      forEach(first, taker);
      clear((int) (first - base));
    }
  }

  private void append(int slot, long entry) {
    long[] log = sizes[ENTRIES][slot] - sizes[VALUES][slot] > sizes[VALUES][slot] + 32 ? tidy(slot) : logs[slot];
    int length = sizes[ENTRIES][slot];
    if (log == null || length == log.length) {
      log = logs[slot] = Arrays.copyOf(log == null ? new long[0] : log, Math.max(4, 2 * length));
    }
    log[length] = entry;
    sizes[ENTRIES][slot] = length + 1;
    if (sizes[ORDERED][slot] == length && (length == 0 || log[length - 1] <= entry)) {
      sizes[ORDERED][slot]++; // still in order (a remove, being negative, never is)
    }
  }

  private void clear(int slot) {
    logs[slot] = null;
    for (int[] size : sizes) {
      size[slot] = 0;
    }
  }

  /**
   * Sorts the log of {@code slot} (the removes, being negative, first) and cancels each remove
   * against one equal value, from the largest down, keeping the rest in order at the log's start;
   * returns the log.
   */
  private long[] tidy(int slot) {
    long[] log = logs[slot];
    int length = sizes[ENTRIES][slot];
    if (sizes[ORDERED][slot] < length) {
      Arrays.sort(log, sizes[ORDERED][slot], length);
      Arrays.sort(log, 0, length); // two runs in order: merged
      int removes = (length - sizes[VALUES][slot]) / 2; // they come first
      int remove = removes - 1;
      int kept = length;
      for (int value = length - 1; value >= removes; value--) {
        if (remove >= 0 && (log[remove] & Long.MAX_VALUE) == log[value]) {
          remove--;
        } else {
          log[--kept] = log[value];
        }
      }
      System.arraycopy(log, kept, log, 0, length - kept);
      sizes[ENTRIES][slot] = sizes[ORDERED][slot] = length - kept;
      if (log.length > 8 && 4 * sizes[VALUES][slot] < log.length) {
        logs[slot] = log = Arrays.copyOf(log, log.length / 2);
      }
    }
    return log;
  }

  /** The slot of {@code day}: -1 before the first, the number of slots after the last. */
  private int slot(long day) {
    return day < base ? -1 : day >= base + logs.length ? logs.length : (int) (day - base);
  }

  /** The slot of {@code day}, growing the arrays to hold it. */
  private int ensure(long day) {
    int slot = slot(day);
    if (slot >= 0 && slot < logs.length) {
      return slot;
    }
    long from = logs.length == 0 ? day - MARGIN : Math.min(base, day - MARGIN);
    long until = logs.length == 0 ? day + MARGIN : Math.max(base + logs.length, day + MARGIN);
    int size = Math.max(2 * logs.length, Math.toIntExact(until - from));
    if (logs.length > 0 && day < base) {
      from = Math.min(from, base + logs.length - size); // grow towards the past
    }
    int shift = logs.length == 0 ? 0 : Math.toIntExact(base - from);
    long[][] grown = new long[size][];
    System.arraycopy(logs, 0, grown, shift, logs.length);
    for (int i = 0; i < sizes.length; i++) {
      int[] grownSizes = new int[size];
      System.arraycopy(sizes[i], 0, grownSizes, shift, logs.length);
      sizes[i] = grownSizes;
    }
    logs = grown;
    base = from;
    return (int) (day - base);
  }
}
