package nl.schuldhulp.workflow.time;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * A multiset of non-negative {@code long}s in one open-addressing hash table (linear probing, each
 * repeat in a slot of its own, removal by shifting back), kept between a quarter and three
 * quarters full: adding or removing a value touches about one cache line, however many the bag
 * holds. Only a value that is in the bag may be removed. Not threadsafe.
 */
final class LongBag {
  private static final long EMPTY = -1;

  private long[] slots = {EMPTY, EMPTY, EMPTY, EMPTY}; // a power of two long
  private int size;

  int size() {
    return size;
  }

  void add(long value) {
    if (4 * (size + 1) > 3 * slots.length) {
      resize(2 * slots.length);
    }
    insert(slots, value);
    size++;
  }

  /** Removes one {@code value}, which must be in the bag. */
  void remove(long value) {
    int mask = slots.length - 1;
    int free = slot(value, mask);
    while (slots[free] != value) {
      if (slots[free] == EMPTY) {
        throw new IllegalStateException(value + " is not in the bag");
      }
      free = (free + 1) & mask;
    }
    // shift back each later value of the run whose own slot does not lie after the freed one
    for (int next = (free + 1) & mask; slots[next] != EMPTY; next = (next + 1) & mask) {
      int home = slot(slots[next], mask);
      if (free <= next ? home <= free || home > next : home <= free && home > next) {
        slots[free] = slots[next];
        free = next;
      }
    }
    slots[free] = EMPTY;
    size--;
    if (slots.length > 4 && 4 * size < slots.length) {
      resize(slots.length / 2);
    }
  }

  /** Hands {@code visitor} every value, repeats included, in no particular order. */
  void forEach(LongConsumer visitor) {
    for (long value : slots) {
      if (value != EMPTY) {
        visitor.accept(value);
      }
    }
  }

  /** The {@code count} smallest values (fewer if the bag holds fewer), repeats included, ascending. */
  long[] smallest(int count) {
    long[] heap = new long[Math.min(count, size)]; // a max-heap of the smallest seen
    int n = 0;
    if (heap.length == 0) {
      return heap;
    }
    for (long value : slots) {
      if (value == EMPTY || n == heap.length && value >= heap[0]) {
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

  private void resize(int length) {
    long[] resized = new long[length];
    Arrays.fill(resized, EMPTY);
    for (long value : slots) {
      if (value != EMPTY) {
        insert(resized, value);
      }
    }
    slots = resized;
  }

  private static void insert(long[] slots, long value) {
    int mask = slots.length - 1;
    int at = slot(value, mask);
    while (slots[at] != EMPTY) {
      at = (at + 1) & mask;
    }
    slots[at] = value;
  }

  private static int slot(long value, int mask) {
    return (int) (value * 0x9E37_79B9_7F4A_7C15L >>> 40) & mask;
  }
}
