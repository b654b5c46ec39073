package nl.schuldhulp.workflow.time;

import java.util.function.LongConsumer;

/**
 * A {@link LongBag} per epoch day, and how many values fall on the days up to a day in O(log n):
 * arrays over the epoch days seen so far, grown (by doubling) when a day falls outside their range,
 * with a Fenwick tree over the bags' sizes. A day's bag is found by subtraction, so adding or
 * removing a value costs the bag's hash look-up and the tree's O(log n) counts on one small array.
 * Not threadsafe.
 */
final class DayBuckets {
  private static final int MARGIN = 64;

  private long base; // epoch day of slot 0
  private LongBag[] bags = new LongBag[0]; // null where a day has no values
  private int[] tree = new int[1]; // Fenwick tree over the bags' sizes, 1-based

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
    if (day < base) {
      return 0;
    }
    int sum = 0;
    for (int i = (int) Math.min(day - base + 1, bags.length); i > 0; i -= i & -i) {
      sum += tree[i];
    }
    return sum;
  }

  /** The earliest day with values, if it is at most {@code day}; else {@link Long#MAX_VALUE}. */
  long firstDay(long day) {
    // descend the tree to the last slot whose prefix count is 0: the next one holds the first value
    int slot = 0;
    for (int step = Integer.highestOneBit(Math.max(1, bags.length)); step > 0; step >>= 1) {
      if (slot + step <= bags.length && tree[slot + step] == 0) {
        slot += step;
      }
    }
    return slot < bags.length && base + slot <= day ? base + slot : Long.MAX_VALUE;
  }

  /** The bag of {@code day}; null when the day has no values. */
  LongBag on(long day) {
    return day < base || day - base >= bags.length ? null : bags[(int) (day - base)];
  }

  /** Takes out the values of every day up to and including {@code day}, earliest day first, and hands them to {@code taker}. */
  void takeUpTo(long day, LongConsumer taker) {
    for (long first = firstDay(day); first != Long.MAX_VALUE; first = firstDay(day)) {
      int slot = (int) (first - base);
      LongBag bag = bags[slot];
      bags[slot] = null;
      count(slot, -bag.size());
      bag.forEach(taker);
    }
  }

  private void count(int slot, int delta) {
    for (int i = slot + 1; i < tree.length; i += i & -i) {
      tree[i] += delta;
    }
  }

  /** The slot of {@code day}, growing the arrays to hold it. */
  private int ensure(long day) {
    if (bags.length > 0 && day >= base && day - base < bags.length) {
      return (int) (day - base);
    }
    long from = bags.length == 0 ? day - MARGIN : Math.min(base, day - MARGIN);
    long until = bags.length == 0 ? day + MARGIN : Math.max(base + bags.length, day + MARGIN);
    int size = Math.max(2 * bags.length, Math.toIntExact(until - from));
    if (bags.length > 0 && day < base) {
      from = Math.min(from, base + bags.length - size); // grow towards the past
    }
    LongBag[] grown = new LongBag[size];
    if (bags.length > 0) {
      System.arraycopy(bags, 0, grown, Math.toIntExact(base - from), bags.length);
    }
    base = from;
    bags = grown;
    tree = new int[size + 1];
    for (int i = 1; i <= size; i++) {
      tree[i] += bags[i - 1] == null ? 0 : bags[i - 1].size();
      int parent = i + (i & -i);
      if (parent <= size) {
        tree[parent] += tree[i];
      }
    }
    return (int) (day - base);
  }
}
