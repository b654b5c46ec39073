package nl.schuldhulp.workflow.time;

import java.util.function.LongConsumer;

/**
 * A {@link LongBag} per epoch day, with how many values fall on each day and on each block of
 * {@value #BLOCK} days: arrays over the epoch days seen so far, grown (by doubling) when a day falls
 * outside their range. A day's bag is found by subtraction, so adding or removing a value costs
 * the bag's change and two counts; the count up to a day, and the first day with values, cost
 * O(days / {@value #BLOCK} + {@value #BLOCK}) over two small arrays. Not threadsafe.
 */
final class DayBuckets {
  private static final int BLOCK = 64;
  private static final int MARGIN = 64;

  private long base; // epoch day of slot 0
  private LongBag[] bags = new LongBag[0]; // null where a day has no values
  private int[] counts = new int[0]; // per day
  private int[] blocks = new int[0]; // per block of days

  void add(long day, long value) {
    int slot = ensure(day);
    if (bags[slot] == null) {
      bags[slot] = new LongBag();
    }
    bags[slot].add(value);
    count(slot, 1);
  }

  /** Removes {@code value}, which must be in the bag of {@code day}. */
  void remove(long day, long value) {
    int slot = (int) (day - base);
    bags[slot].remove(value);
    if (bags[slot].size() == 0) {
      bags[slot] = null;
    }
    count(slot, -1);
  }

  /** How many values fall on {@code day} or before. */
  int upTo(long day) {
    int end = Math.min(slot(day) + 1, bags.length);
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
    int end = Math.min(slot(to) + 1, bags.length);
    for (int slot = Math.max(slot(from), 0); slot < end; slot++) {
      if (slot % BLOCK == 0 && blocks[slot / BLOCK] == 0) {
        slot += BLOCK - 1; // an empty block
      } else if (counts[slot] > 0) {
        return base + slot;
      }
    }
    return Long.MAX_VALUE;
  }

  /** The slot of {@code day}: -1 before the first, the number of slots after the last. */
  private int slot(long day) {
    return day < base ? -1 : day >= base + bags.length ? bags.length : (int) (day - base);
  }

  /** The bag of {@code day}; null when the day has no values. */
  LongBag on(long day) {
    int slot = slot(day);
    return slot < 0 || slot == bags.length ? null : bags[slot];
  }

  /** Takes out the values of every day up to and including {@code day}, earliest day first, and hands them to {@code taker}. */
  void takeUpTo(long day, LongConsumer taker) {
    for (long first = next(Long.MIN_VALUE, day); first != Long.MAX_VALUE; first = next(first + 1, day)) {
      int slot = (int) (first - base);
      LongBag bag = bags[slot];
      bags[slot] = null;
      count(slot, -bag.size());
      bag.forEach(taker);
    }
  }

  private void count(int slot, int delta) {
    counts[slot] += delta;
    blocks[slot / BLOCK] += delta;
  }

  /** The slot of {@code day}, growing the arrays to hold it. */
  private int ensure(long day) {
    if (bags.length > 0 && day >= base && day - base < bags.length) {
      return (int) (day - base);
    }
    long from = bags.length == 0 ? day - MARGIN : Math.min(base, day - MARGIN);
    long until = bags.length == 0 ? day + MARGIN : Math.max(base + bags.length, day + MARGIN);
    int size = Math.max(2 * bags.length, Math.toIntExact(until - from));
    size += BLOCK - size % BLOCK;
    if (bags.length > 0 && day < base) {
      from = Math.min(from, base + bags.length - size); // grow towards the past
    }
    LongBag[] grown = new LongBag[size];
    int[] grownCounts = new int[size];
    if (bags.length > 0) {
      System.arraycopy(bags, 0, grown, Math.toIntExact(base - from), bags.length);
      System.arraycopy(counts, 0, grownCounts, Math.toIntExact(base - from), bags.length);
    }
    base = from;
    bags = grown;
    counts = grownCounts;
    blocks = new int[size / BLOCK];
    for (int slot = 0; slot < size; slot++) {
      blocks[slot / BLOCK] += counts[slot];
    }
    return (int) (day - base);
  }
}
