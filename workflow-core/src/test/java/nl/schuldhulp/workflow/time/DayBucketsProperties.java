package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.testing.SeededCheck;
import org.junit.jupiter.api.Test;

/**
 * {@link DayBuckets} hold per day what a sorted map of days to lists holds after the same adds,
 * removes and takes, growing towards the future and the past: the count up to a day, the next day
 * with values and each day's values.
 */
class DayBucketsProperties {
  /** What to do on {@code day}. */
  enum Action { ADD, REMOVE, TAKE }

  /** One step: a remove picks one of the day's values by {@code value}, and is skipped when there is none. */
  record Op(Action action, long day, long value) {
    @Override
    public String toString() {
      return action.name().charAt(0) + "" + day + ":" + value;
    }
  }

  @Test
  void holdAPerDayListAndItsCounts() {
    SeededCheck.forAll("day buckets equal a sorted map of lists", DayBucketsProperties::ops, DayBucketsProperties::shrink)
        .holds(300, ops -> {
          DayBuckets buckets = new DayBuckets();
          TreeMap<Long, List<Long>> days = new TreeMap<>();
          for (Op op : ops) {
            List<Long> values = days.getOrDefault(op.day(), List.of());
            if (op.action() == Action.ADD) {
              buckets.add(op.day(), op.value());
              days.computeIfAbsent(op.day(), day -> new ArrayList<>()).add(op.value());
            } else if (op.action() == Action.REMOVE && !values.isEmpty()) {
              long value = values.remove((int) (op.value() % values.size()));
              buckets.remove(op.day(), value);
              if (values.isEmpty()) {
                days.remove(op.day());
              }
            } else if (op.action() == Action.TAKE) {
              List<Long> taken = new ArrayList<>();
              buckets.takeUpTo(op.day(), taken::add);
              Map<Long, List<Long>> expected = days.headMap(op.day(), true);
              assertThat(sorted(taken)).as("taken up to %s", op.day())
                  .isEqualTo(sorted(expected.values().stream().flatMap(List::stream).toList()));
              expected.clear();
            }
            for (long day : new long[] {op.day() - 1, op.day(), op.day() + 1, op.day() + 100, Long.MIN_VALUE, Long.MAX_VALUE}) {
              Map<Long, List<Long>> upTo = days.headMap(day, true);
              assertThat(buckets.upTo(day)).as("count up to %s", day).isEqualTo(upTo.values().stream().mapToInt(List::size).sum());
              assertThat(buckets.next(Long.MIN_VALUE, day)).as("first day up to %s", day)
                  .isEqualTo(upTo.isEmpty() ? Long.MAX_VALUE : days.firstKey());
              Long next = days.ceilingKey(op.day());
              assertThat(buckets.next(op.day(), day)).as("next day from %s up to %s", op.day(), day)
                  .isEqualTo(next == null || next > day ? Long.MAX_VALUE : next);
            }
          }
          for (Map.Entry<Long, List<Long>> day : days.entrySet()) {
            List<Long> held = new ArrayList<>();
            buckets.on(day.getKey()).forEach(held::add);
            assertThat(sorted(held)).as("on %s", day.getKey()).isEqualTo(sorted(day.getValue()));
          }
        });
  }

  private static List<Long> sorted(List<Long> values) {
    List<Long> copy = new ArrayList<>(values);
    Collections.sort(copy);
    return copy;
  }

  /** Up to 300 steps on days around 2025, now and then one years away, mostly adds. */
  private static List<Op> ops(Random random) {
    return IntStream.range(0, random.nextInt(300))
        .mapToObj(i -> new Op(random.nextInt(10) < 6 ? Action.ADD : random.nextInt(6) == 0 ? Action.TAKE : Action.REMOVE,
            20_000 + random.nextInt(200) - (random.nextInt(20) == 0 ? random.nextInt(20_000) - 10_000 : 0),
            random.nextInt(50)))
        .toList();
  }

  /** Without the second half, the first half, or one step. */
  private static Stream<List<Op>> shrink(List<Op> ops) {
    int half = ops.size() / 2;
    Stream<List<Op>> halves = half == 0 ? Stream.empty() : Stream.of(ops.subList(0, half), ops.subList(half, ops.size()));
    return Stream.concat(halves, IntStream.range(0, ops.size()).mapToObj(i -> {
      List<Op> fewer = new ArrayList<>(ops);
      fewer.remove(i);
      return fewer;
    }));
  }
}
