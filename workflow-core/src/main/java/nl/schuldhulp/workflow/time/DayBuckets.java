package nl.schuldhulp.workflow.time;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Per epoch day a multiset of non-negative {@code long}s, with how many values fall on each day
 * and on each block of {@value #BLOCK} days: arrays over the epoch days seen so far, grown (by
 * doubling) when a day falls outside their range. A day's values are a log: an add appends the
 * value, a remove appends it with the sign bit set, so a change touches only the end of the day's
 * log, wherever the value would sort. When a day's removes outnumber half its values, and before
 * its values are read, its log is compacted in place, each remove cancelling one equal value found
 * through a small hash table of the removes: O(1) amortized per change and at most about twice the
 * values' room. A day's values are sorted when read, and stay sorted while adds come in order (a
 * day's log remembers how much of it is in order). Only a value that is on a day may be removed
 * from it. The count up to a day and the next day with values cost O(days / {@value #BLOCK} +
 * {@value #BLOCK}). Not threadsafe.
 */
final class DayBuckets {
  private static final int BLOCK = 64;
  private static final int MARGIN = 64;
  private static final long FREE = -1; // a free slot of a table of removes
  private static final long USED = -2; // a slot of a table of removes whose remove cancelled a value

  private long base; // epoch day of slot 0
  private long[][] logs = new long[0][]; // per day: null when it has no values
  private int[] lengths = new int[0]; // per day: the entries in its log
  private int[] ordered = new int[0]; // per day: how many first entries of its log are values in ascending order
  private int[] counts = new int[0]; // per day: its values
  private int[] blocks = new int[0]; // per block of days: their values

  void add(long day, long value) {
    int slot = ensure(day);
    append(slot, value);
    count(slot, 1);
  }

  /** Removes {@code value}, which must be on {@code day}. */
  void remove(long day, long value) {
    int slot = (int) (day - base);
    if (counts[slot] == 1) {
      clear(slot); // every value cancelled
    } else {
      append(slot, value | Long.MIN_VALUE);
    }
    count(slot, -1);
  }

  /** How many values fall on {@code day} or before. */
  int upTo(long day) {
    int end = Math.min(slot(day) + 1, logs.length);
    int sum = 0;
    for (int block = 0; block < end / BLOCK; block++) {
      sum += blocks[block];
    }
    for (int slot = end - end % BLOCK; slot < end; slot++) {
      sum += counts[slot];
    }
    return sum;
  }

  /** The earliest day from {@code from} to {@code to} (both included) with values; else {@link Long#MAX_VALUE}. */
  long next(long from, long to) {
    int end = Math.min(slot(to) + 1, logs.length);
    for (int slot = Math.max(slot(from), 0); slot < end; slot++) {
      if (slot % BLOCK == 0 && blocks[slot / BLOCK] == 0) {
        slot += BLOCK - 1; // an empty block
      } else if (counts[slot] > 0) {
        return base + slot;
      }
    }
    return Long.MAX_VALUE;
  }

  /** Hands {@code visitor} the values of {@code day} in ascending order, repeats included, until it returns false. */
  void forEach(long day, LongPredicate visitor) {
    int slot = slot(day);
    if (slot < 0 || slot == logs.length || counts[slot] == 0) {
      return;
    }
    long[] log = compact(slot);
    int length = lengths[slot];
    if (ordered[slot] < length) {
      Arrays.sort(log, ordered[slot], length);
      Arrays.sort(log, 0, length); // two runs in order: merged
      ordered[slot] = length;
    }
    for (int i = 0; i < length; i++) {
      if (!visitor.test(log[i])) {
        return;
      }
    }
  }

  /** Takes out the values of every day up to and including {@code day}, earliest day first, and hands them to {@code taker}. */
  void takeUpTo(long day, LongPredicate taker) {
    for (long first = next(Long.MIN_VALUE, day); first != Long.MAX_VALUE; first = next(first + 1, day)) {
      forEach(first, taker);
      int slot = (int) (first - base);
      count(slot, -counts[slot]);
      clear(slot);
    }
  }

  private void append(int slot, long entry) {
    long[] log = lengths[slot] - counts[slot] > counts[slot] + 32 ? compact(slot) : logs[slot];
    int length = lengths[slot];
    if (log == null || length == log.length) {
      log = logs[slot] = Arrays.copyOf(log == null ? new long[0] : log, Math.max(4, 2 * length));
    }
    log[length] = entry;
    lengths[slot] = length + 1;
    if (ordered[slot] == length && (length == 0 || log[length - 1] <= entry)) {
      ordered[slot]++; // still in order (a remove, being negative, never is)
    }
  }

  private void clear(int slot) {
    logs[slot] = null;
    lengths[slot] = 0;
    ordered[slot] = 0;
  }

  /** Cancels each remove in the log of {@code slot} against one equal value and keeps the rest, in place; returns the log. */
  private long[] compact(int slot) {
    long[] log = logs[slot];
    int length = lengths[slot];
    int removes = (length - counts[slot]) / 2; // each cancels a value still in the log
    if (removes == 0) {
      return log;
    }
    long[] table = new long[Integer.highestOneBit(4 * removes)];
    Arrays.fill(table, FREE);
    int mask = table.length - 1;
    for (int i = 0; i < length; i++) {
      if (log[i] < 0) {
        int at = hash(log[i] & Long.MAX_VALUE, mask);
        while (table[at] != FREE) {
          at = (at + 1) & mask;
        }
        table[at] = log[i] & Long.MAX_VALUE;
      }
    }
    int kept = 0;
    int inOrder = 0; // of the values kept, those from the part in order, which stay in order
    for (int i = 0; i < length; i++) {
      long value = log[i];
      if (value < 0) {
        continue;
      }
      int at = hash(value, mask);
      while (table[at] != FREE && table[at] != value) {
        at = (at + 1) & mask;
      }
      if (table[at] == value) {
        table[at] = USED;
      } else {
        log[kept++] = value;
        inOrder += i < ordered[slot] ? 1 : 0;
      }
    }
    lengths[slot] = kept;
    ordered[slot] = inOrder;
    if (log.length > 8 && 4 * kept < log.length) {
      logs[slot] = log = Arrays.copyOf(log, log.length / 2);
    }
    return log;
  }

  private static int hash(long value, int mask) {
    return (int) (value * 0x9E37_79B9_7F4A_7C15L >>> 40) & mask;
  }

  private void count(int slot, int delta) {
    counts[slot] += delta;
    blocks[slot / BLOCK] += delta;
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
    size += BLOCK - size % BLOCK;
    if (logs.length > 0 && day < base) {
      from = Math.min(from, base + logs.length - size); // grow towards the past
    }
    int shift = logs.length == 0 ? 0 : Math.toIntExact(base - from);
    long[][] grownLogs = new long[size][];
    int[] grownLengths = new int[size];
    int[] grownOrdered = new int[size];
    int[] grownCounts = new int[size];
    System.arraycopy(logs, 0, grownLogs, shift, logs.length);
    System.arraycopy(lengths, 0, grownLengths, shift, logs.length);
    System.arraycopy(ordered, 0, grownOrdered, shift, logs.length);
    System.arraycopy(counts, 0, grownCounts, shift, logs.length);
    logs = grownLogs;
    lengths = grownLengths;
    ordered = grownOrdered;
    counts = grownCounts;
    base = from;
    blocks = new int[size / BLOCK];
    for (int i = 0; i < size; i++) {
      blocks[i / BLOCK] += counts[i];
    }
    return (int) (day - base);
  }
}
