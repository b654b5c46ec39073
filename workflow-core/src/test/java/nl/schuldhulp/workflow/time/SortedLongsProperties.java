package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.testing.SeededCheck;
import org.junit.jupiter.api.Test;

/**
 * A {@link SortedLongs} holds what a sorted list holds after the same adds and removes, across
 * chunk splits and merges and with duplicates.
 */
class SortedLongsProperties {
  /** Add (or remove) {@code value}. */
  record Op(boolean add, long value) {
    @Override
    public String toString() {
      return (add ? "+" : "-") + value;
    }
  }

  @Test
  void holdsWhatASortedListHolds() {
    SeededCheck.forAll("sorted longs equal a sorted list", SortedLongsProperties::ops, SortedLongsProperties::shrink)
        .holds(300, ops -> {
          SortedLongs set = new SortedLongs();
          List<Long> list = new ArrayList<>();
          for (Op op : ops) {
            if (op.add()) {
              set.add(op.value());
              int at = Collections.binarySearch(list, op.value());
              list.add(at < 0 ? -at - 1 : at, op.value());
            } else {
              assertThat(set.remove(op.value())).as("remove %s", op).isEqualTo(list.remove(op.value()));
            }
            assertThat(set.size()).isEqualTo(list.size());
          }
          List<Long> held = new ArrayList<>();
          set.forEach(held::add);
          assertThat(held).isEqualTo(list);
          List<Long> firstThree = new ArrayList<>();
          set.forEach(value -> firstThree.add(value) && firstThree.size() < 3);
          assertThat(firstThree).isEqualTo(list.subList(0, Math.min(3, list.size())));
        });
  }

  /** Up to 1,500 operations, mostly adds, on values from a range narrow enough to repeat and wide enough to split chunks. */
  private static List<Op> ops(Random random) {
    int range = 1 + random.nextInt(random.nextBoolean() ? 40 : 2_000);
    long offset = random.nextBoolean() ? 0 : random.nextLong() / 2;
    int addsIn100 = 30 + random.nextInt(60);
    return IntStream.range(0, random.nextInt(1_500))
        .mapToObj(i -> new Op(random.nextInt(100) < addsIn100, offset + random.nextInt(range)))
        .toList();
  }

  /** With the values moved down to start at 0, without the second half, the first half, or one operation. */
  private static Stream<List<Op>> shrink(List<Op> ops) {
    long least = ops.stream().mapToLong(Op::value).min().orElse(0);
    Stream<List<Op>> lower = least == 0 ? Stream.empty()
        : Stream.of(ops.stream().map(op -> new Op(op.add(), op.value() - least)).toList());
    int half = ops.size() / 2;
    Stream<List<Op>> halves = half == 0 ? Stream.empty() : Stream.of(ops.subList(0, half), ops.subList(half, ops.size()));
    return Stream.concat(Stream.concat(lower, halves), IntStream.range(0, ops.size()).mapToObj(i -> {
      List<Op> fewer = new ArrayList<>(ops);
      fewer.remove(i);
      return fewer;
    }));
  }
}
