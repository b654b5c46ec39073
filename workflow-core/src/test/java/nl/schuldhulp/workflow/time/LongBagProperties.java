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
 * A {@link LongBag} holds what a sorted list holds after the same adds and removes, with repeats,
 * across growing, shrinking and removals from the middle of a run of collisions, and its smallest
 * values are the list's first.
 */
class LongBagProperties {
  /** What to do with {@code value}. */
  enum Action { ADD, REMOVE, READ }

  /** One step: a remove of a value not in the bag is skipped (the bag's callers never do it). */
  record Op(Action action, long value) {
    @Override
    public String toString() {
      return action.name().charAt(0) + "" + value;
    }
  }

  @Test
  void holdsWhatASortedListHolds() {
    SeededCheck.forAll("a bag of longs equals a sorted list", LongBagProperties::ops, LongBagProperties::shrink)
        .holds(300, ops -> {
          LongBag bag = new LongBag();
          List<Long> list = new ArrayList<>();
          for (Op op : ops) {
            if (op.action() == Action.ADD) {
              bag.add(op.value());
              int at = Collections.binarySearch(list, op.value());
              list.add(at < 0 ? -at - 1 : at, op.value());
            } else if (op.action() == Action.REMOVE && list.remove((Long) op.value())) {
              bag.remove(op.value());
            } else if (op.action() == Action.READ) {
              int count = (int) (op.value() % 150);
              assertThat(bag.smallest(count)).as("the %s smallest", count)
                  .containsExactly(list.subList(0, Math.min(count, list.size())).stream().mapToLong(Long::longValue).toArray());
            }
            assertThat(bag.size()).isEqualTo(list.size());
          }
          List<Long> held = new ArrayList<>();
          bag.forEach(held::add);
          Collections.sort(held);
          assertThat(held).isEqualTo(list);
        });
  }

  /** Up to 1,500 steps on values from a range narrow enough to repeat and collide, some of them large. */
  private static List<Op> ops(Random random) {
    int range = 1 + random.nextInt(random.nextBoolean() ? 40 : 2_000);
    long offset = random.nextBoolean() ? 0 : random.nextLong() >>> 2;
    int addsIn100 = 30 + random.nextInt(60);
    return IntStream.range(0, random.nextInt(1_500))
        .mapToObj(i -> new Op(random.nextInt(100) < addsIn100 ? Action.ADD : random.nextInt(20) == 0 ? Action.READ : Action.REMOVE,
            offset + random.nextInt(range)))
        .toList();
  }

  /** With the values moved down to start at 0, without the second half, the first half, or one step. */
  private static Stream<List<Op>> shrink(List<Op> ops) {
    long least = ops.stream().mapToLong(Op::value).min().orElse(0);
    Stream<List<Op>> lower = least == 0 ? Stream.empty()
        : Stream.of(ops.stream().map(op -> new Op(op.action(), op.value() - least)).toList());
    int half = ops.size() / 2;
    Stream<List<Op>> halves = half == 0 ? Stream.empty() : Stream.of(ops.subList(0, half), ops.subList(half, ops.size()));
    return Stream.concat(Stream.concat(lower, halves), IntStream.range(0, ops.size()).mapToObj(i -> {
      List<Op> fewer = new ArrayList<>(ops);
      fewer.remove(i);
      return fewer;
    }));
  }
}
