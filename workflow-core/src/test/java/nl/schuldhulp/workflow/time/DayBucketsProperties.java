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
 * {@link DayBuckets} hold per day what a sorted map of days to sorted lists holds after the same
 * adds, removes and takes, with repeated values, across growing towards the future and the past
 * and compacting a day's log: the count up to a day, the next day with values, and each day's
 * values in order, however much of the log came in order.
 */
class DayBucketsProperties {
  /** What to do on {@code day}. */
  enum Action { ADD, REMOVE, READ, TAKE }

  /**
   * One step: an add of {@code value}; a remove of one of the day's values, picked by {@code
   * value} (skipped when there is none); a read of the day's {@code 1 + value % 40} smallest; a take.
   */
  record Op(Action action, long day, long value) {
    @Override
    public String toString() {
      return action.name().charAt(0) + "" + day + ":" + value;
    }
  }

  @Test
  void holdAPerDaySortedListAndItsCounts() {
    SeededCheck.forAll("day buckets equal a sorted map of lists", DayBucketsProperties::ops, DayBucketsProperties::shrink)
        .holds(300, ops -> {
          DayBuckets buckets = new DayBuckets();
          TreeMap<Long, List<Long>> days = new TreeMap<>();
          for (Op op : ops) {
            List<Long> values = days.getOrDefault(op.day(), List.of());
            if (op.action() == Action.ADD) {
              buckets.add(op.day(), op.value());
              List<Long> list = days.computeIfAbsent(op.day(), day -> new ArrayList<>());
              int at = Collections.binarySearch(list, op.value());
              list.add(at < 0 ? -at - 1 : at, op.value());
            } else if (op.action() == Action.REMOVE && !values.isEmpty()) {
              long value = values.remove((int) (op.value() % values.size()));
              buckets.remove(op.day(), value);
              if (values.isEmpty()) {
                days.remove(op.day());
              }
            } else if (op.action() == Action.READ) {
              int count = 1 + (int) (op.value() % 40);
              assertThat(read(buckets, op.day(), count)).as("the %s smallest on %s", count, op.day())
                  .isEqualTo(values.subList(0, Math.min(count, values.size())));
            } else if (op.action() == Action.TAKE) {
              List<Long> taken = new ArrayList<>();
              buckets.takeUpTo(op.day(), taken::add);
              assertThat(buckets.next(Long.MIN_VALUE, op.day())).isEqualTo(Long.MAX_VALUE);
              Map<Long, List<Long>> expected = days.headMap(op.day(), true);
              Collections.sort(taken);
              List<Long> all = new ArrayList<>(expected.values().stream().flatMap(List::stream).toList());
              Collections.sort(all);
              assertThat(taken).as("taken up to %s", op.day()).isEqualTo(all);
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
            assertThat(read(buckets, day.getKey(), Integer.MAX_VALUE)).as("on %s", day.getKey()).isEqualTo(day.getValue());
          }
        });
  }

  /** The first {@code count} values {@link DayBuckets#forEach} hands over for {@code day}. */
  private static List<Long> read(DayBuckets buckets, long day, int count) {
    List<Long> values = new ArrayList<>();
    buckets.forEach(day, value -> values.add(value) && values.size() < count);
    return values;
  }

  /**
   * Up to 600 steps, mostly adds, on a few days or on days around 2025 (now and then years away),
   * of values from a range narrow enough to repeat or mostly rising, some of them large.
   */
  private static List<Op> ops(Random random) {
    int days = random.nextBoolean() ? 3 : 200;
    int range = 1 + random.nextInt(random.nextBoolean() ? 20 : 2_000);
    long offset = random.nextBoolean() ? 0 : random.nextLong() >>> 2;
    boolean rising = random.nextBoolean(); // values mostly in the order added, as case numbers come
    return IntStream.range(0, random.nextInt(600))
        .mapToObj(i -> new Op(random.nextInt(10) < 6 ? Action.ADD : Action.values()[1 + random.nextInt(20) / 9],
            20_000 + random.nextInt(days) - (random.nextInt(20) == 0 ? random.nextInt(20_000) - 10_000 : 0),
            offset + (rising && random.nextInt(10) > 0 ? i : random.nextInt(range))))
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
