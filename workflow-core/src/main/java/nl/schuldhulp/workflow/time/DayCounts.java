package nl.schuldhulp.workflow.time;

/**
 * How many entries fall on each day, with the count up to a day in O(log n): a Fenwick tree over
 * the epoch days seen so far, grown (by doubling) when a day falls outside its range. Not
 * threadsafe.
 */
final class DayCounts {
  private static final int MARGIN = 64;

  private long base; // epoch day of slot 0
  private int[] raw = new int[0]; // count per day
  private int[] tree = new int[1]; // Fenwick tree, 1-based
  private int total;

  void add(long day, int delta) {
    ensure(day);
    int slot = (int) (day - base);
    raw[slot] += delta;
    total += delta;
    for (int i = slot + 1; i < tree.length; i += i & -i) {
      tree[i] += delta;
    }
  }

  /** How many entries fall on {@code day} or before. */
  int upTo(long day) {
    if (raw.length == 0 || day < base) {
      return 0;
    }
    if (day - base >= raw.length) {
      return total;
    }
    int sum = 0;
    for (int i = (int) (day - base) + 1; i > 0; i -= i & -i) {
      sum += tree[i];
    }
    return sum;
  }

  private void ensure(long day) {
    if (raw.length > 0 && day >= base && day - base < raw.length) {
      return;
    }
    long from = raw.length == 0 ? day - MARGIN : Math.min(base, day - MARGIN);
    long until = raw.length == 0 ? day + MARGIN : Math.max(base + raw.length, day + MARGIN);
    int size = Math.max(2 * raw.length, Math.toIntExact(until - from));
    if (raw.length > 0 && day < base) {
      from = Math.min(from, base + raw.length - size); // grow towards the past
    }
    int[] grown = new int[size];
    if (raw.length > 0) {
      System.arraycopy(raw, 0, grown, Math.toIntExact(base - from), raw.length);
    }
    base = from;
    raw = grown;
    tree = new int[size + 1];
    for (int i = 1; i <= size; i++) {
      tree[i] += raw[i - 1];
      int parent = i + (i & -i);
      if (parent <= size) {
        tree[parent] += tree[i];
      }
    }
  }
}
