package nl.schuldhulp.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * The day an instant falls on in {@link BusinessCalendar#ZONE}, for the hot paths of the engine
 * (a command's date) and the agenda (an event's day): a binary search over the zone's offsets held
 * from 1970 until 2100 instead of the zone rules' search of a cache per year. Not API. Threadsafe.
 */
public final class ZoneDays {
  /**
   * The instants (epoch seconds) from which the zone's offset holds, from 1970 until 2100: the start,
   * each change of offset, and the end; and the offset (seconds) from each.
   */
  private static final long[] CHANGES;
  private static final int[] OFFSETS;

  static {
    ZoneRules rules = BusinessCalendar.ZONE.getRules();
    long end = 4_102_444_800L; // 2100-01-01T00:00:00Z
    long[] changes = new long[400];
    int[] offsets = new int[400];
    offsets[0] = rules.getOffset(Instant.EPOCH).getTotalSeconds();
    int n = 1;
    for (ZoneOffsetTransition change = rules.nextTransition(Instant.EPOCH); change.toEpochSecond() < end;
        change = rules.nextTransition(change.getInstant())) {
      changes[n] = change.toEpochSecond();
      offsets[n++] = change.getOffsetAfter().getTotalSeconds();
    }
    changes[n] = end;
    CHANGES = Arrays.copyOf(changes, n + 1);
    OFFSETS = offsets;
  }

  private ZoneDays() {}

  /** The epoch day {@code at} falls on in the zone; outside 1970-2100 from the zone rules. */
  public static long epochDay(Instant at) {
    long second = at.getEpochSecond();
    int i = Arrays.binarySearch(CHANGES, second);
    i = i >= 0 ? i : -i - 2; // the last change at or before the instant
    return i < 0 || i == CHANGES.length - 1
        ? LocalDate.ofInstant(at, BusinessCalendar.ZONE).toEpochDay()
        : Math.floorDiv(second + OFFSETS[i], 86_400);
  }
}
