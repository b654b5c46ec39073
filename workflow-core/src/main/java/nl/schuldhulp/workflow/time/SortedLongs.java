package nl.schuldhulp.workflow.time;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * A sorted multiset of {@code long}s, kept in chunks of at most {@value #CHUNK} sorted values with
 * the first value of each chunk alongside: adding or removing one value costs a binary search over
 * the chunks' first values, one within its chunk and a shift of at most {@value #CHUNK} values, so
 * a few cache lines however large the set, and a value costs 8 bytes plus some slack. A chunk is
 * split when full and merged into a neighbour when the two fit in half a chunk. Not threadsafe.
 */
final class SortedLongs {
  private static final int CHUNK = 128;

  private long[][] chunks = new long[1][];
  private long[] firsts = new long[1]; // per chunk its first value; chunks in use are never empty
  private int[] sizes = new int[1];
  private int count; // chunks in use
  private int size;

  int size() {
    return size;
  }

  void add(long value) {
    if (count == 0) {
      chunks[0] = new long[4];
      count = 1;
    }
    int c = chunkOf(value);
    if (sizes[c] == CHUNK) {
      open(c + 1);
      chunks[c + 1] = Arrays.copyOfRange(chunks[c], CHUNK / 2, CHUNK);
      sizes[c] = sizes[c + 1] = CHUNK / 2;
      firsts[c + 1] = chunks[c + 1][0];
      if (value >= firsts[c + 1]) {
        c++;
      }
    }
    int n = sizes[c];
    long[] chunk = chunks[c];
    if (n == chunk.length) {
      chunks[c] = chunk = Arrays.copyOf(chunk, 2 * n);
    }
    int at = Arrays.binarySearch(chunk, 0, n, value);
    at = at < 0 ? -at - 1 : at;
    System.arraycopy(chunk, at, chunk, at + 1, n - at);
    chunk[at] = value;
    sizes[c] = n + 1;
    firsts[c] = chunk[0];
    size++;
  }

  /** Removes one occurrence of {@code value}; false when there is none. */
  boolean remove(long value) {
    int c = count == 0 ? -1 : chunkOf(value);
    int at = c < 0 ? -1 : Arrays.binarySearch(chunks[c], 0, sizes[c], value);
    if (at < 0) {
      return false;
    }
    long[] chunk = chunks[c];
    System.arraycopy(chunk, at + 1, chunk, at, --sizes[c] - at);
    firsts[c] = chunk[0];
    size--;
    if (sizes[c] == 0 && count > 1) {
      close(c);
    } else if (c + 1 < count && sizes[c] + sizes[c + 1] <= CHUNK / 2) {
      merge(c);
    } else if (c > 0 && sizes[c - 1] + sizes[c] <= CHUNK / 2) {
      merge(c - 1);
    }
    return true;
  }

  /** Hands {@code visitor} the values in ascending order, duplicates included, until it returns false. */
  void forEach(LongPredicate visitor) {
    for (int c = 0; c < count; c++) {
      for (int i = 0; i < sizes[c]; i++) {
        if (!visitor.test(chunks[c][i])) {
          return;
        }
      }
    }
  }

  /** The last chunk whose first value is at most {@code value}, else the first chunk. */
  private int chunkOf(long value) {
    int low = 0;
    int high = count - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (firsts[mid] <= value) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** Moves chunks {@code c} and after one place on. */
  private void open(int c) {
    if (count == chunks.length) {
      chunks = Arrays.copyOf(chunks, 2 * count);
      firsts = Arrays.copyOf(firsts, 2 * count);
      sizes = Arrays.copyOf(sizes, 2 * count);
    }
    shift(c, c + 1, count - c);
    count++;
  }

  /** Appends chunk {@code c + 1} to chunk {@code c} and closes the gap. */
  private void merge(int c) {
    int n = sizes[c];
    int m = sizes[c + 1];
    if (chunks[c].length < n + m) {
      chunks[c] = Arrays.copyOf(chunks[c], Math.max(n + m, 2 * n));
    }
    System.arraycopy(chunks[c + 1], 0, chunks[c], n, m);
    sizes[c] = n + m;
    close(c + 1);
  }

  /** Drops chunk {@code c}. */
  private void close(int c) {
    shift(c + 1, c, count - c - 1);
    chunks[--count] = null;
  }

  private void shift(int from, int to, int length) {
    System.arraycopy(chunks, from, chunks, to, length);
    System.arraycopy(firsts, from, firsts, to, length);
    System.arraycopy(sizes, from, sizes, to, length);
  }
}
