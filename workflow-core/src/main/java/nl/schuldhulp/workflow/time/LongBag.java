package nl.schuldhulp.workflow.time;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * A multiset of non-negative {@code long}s kept as a log in one array: an add appends the value, a
 * remove appends it with the sign bit set, so a change touches only the cache line at the log's
 * end, wherever the value would sort. When the removes outnumber half the values, and before the
 * values are read, the log is compacted in place, each remove cancelling one equal value found
 * through a small hash table of the removes: O(1) amortized per change, and at most about twice
 * the values' room. Only a value that is in the bag may be removed. Not threadsafe.
 */
final class LongBag {
  private static final long FREE = -1; // a free slot of the table of removes
  private static final long USED = -2; // a slot whose remove cancelled a value

  private long[] log = new long[4];
  private int length;
  private int size; // values in the bag
  private int removes; // removes in the log

  int size() {
    return size;
  }

  void add(long value) {
    append(value);
    size++;
  }

  /** Removes one {@code value}, which must be in the bag. */
  void remove(long value) {
    append(value | Long.MIN_VALUE);
    size--;
    removes++;
  }

  /** Hands {@code visitor} every value, repeats included, in no particular order. */
  void forEach(LongConsumer visitor) {
    compact();
    for (int i = 0; i < length; i++) {
      visitor.accept(log[i]);
    }
  }

  /** The {@code count} smallest values (fewer if the bag holds fewer), repeats included, ascending. */
  long[] smallest(int count) {
    compact();
    long[] heap = new long[Math.min(count, size)]; // a max-heap of the smallest seen
    for (int i = 0, n = 0; i < length && heap.length > 0; i++) {
      long value = log[i];
      if (n == heap.length && value >= heap[0]) {
        continue;
      }
      int at = n < heap.length ? n++ : 0;
      if (at > 0) { // sift up from the end
        for (int parent = (at - 1) / 2; at > 0 && heap[parent] < value; parent = (at - 1) / 2) {
          heap[at] = heap[parent];
          at = parent;
        }
      } else { // replace the largest and sift down
        for (int child = 1; child < n; child = 2 * at + 1) {
          child += child + 1 < n && heap[child + 1] > heap[child] ? 1 : 0;
          if (heap[child] <= value) {
            break;
          }
          heap[at] = heap[child];
          at = child;
        }
      }
      heap[at] = value;
    }
    Arrays.sort(heap);
    return heap;
  }

  private void append(long entry) {
    if (removes > size / 2 + 16) {
      compact();
    }
    if (length == log.length) {
      log = Arrays.copyOf(log, 2 * length);
    }
    log[length++] = entry;
  }

  /** Cancels each remove against one equal value and keeps the rest, in place. */
  private void compact() {
    if (removes == 0) {
      return;
    }
    long[] table = new long[Integer.highestOneBit(4 * removes)];
    Arrays.fill(table, FREE);
    int mask = table.length - 1;
    for (int i = 0; i < length; i++) {
      if (log[i] < 0) {
        int at = slot(log[i] & Long.MAX_VALUE, mask);
        while (table[at] != FREE) {
          at = (at + 1) & mask;
        }
        table[at] = log[i] & Long.MAX_VALUE;
      }
    }
    int kept = 0;
    for (int i = 0; i < length; i++) {
      long value = log[i];
      if (value < 0) {
        continue;
      }
      int at = slot(value, mask);
      while (table[at] != FREE && table[at] != value) {
        at = (at + 1) & mask;
      }
      if (table[at] == value) {
        table[at] = USED;
      } else {
        log[kept++] = value;
      }
    }
    length = kept;
    removes = 0;
    if (log.length > 8 && 4 * length < log.length) {
      log = Arrays.copyOf(log, log.length / 2);
    }
  }

  private static int slot(long value, int mask) {
    return (int) (value * 0x9E37_79B9_7F4A_7C15L >>> 40) & mask;
  }
}
