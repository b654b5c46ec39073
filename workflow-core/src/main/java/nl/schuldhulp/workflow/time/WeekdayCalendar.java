package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar whose working days are the weekdays (Monday to Friday) minus a set of days off, with
 * working-day arithmetic in closed form: counting is O(number of days off in the range), never
 * O(days), and allocates nothing but the resulting date. Subclasses say which weekdays are off.
 *
 * <p>Implementations are immutable and threadsafe.
 */
abstract class WeekdayCalendar implements BusinessCalendar {

  /** Monday to Friday, no days off: {@link BusinessCalendar#weekdays()}. */
  static final WeekdayCalendar PLAIN = new Plain();

  /** Epoch days from 1970-01-01 to 0001-01-01 (negated). */
  private static final long DAYS_FROM_YEAR_ONE_TO_EPOCH = 719_162L;

  /** Whether {@code date} is a Monday to Friday that is nevertheless not a working day. */
  abstract boolean isOffWeekday(LocalDate date);

  /**
   * How many weekdays in the epoch-day range ({@code fromExclusive}, {@code toInclusive}] are not
   * working days; {@code fromExclusive < toInclusive}.
   */
  abstract long countOffWeekdays(long fromExclusive, long toInclusive);

  @Override
  public final boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    // asked for weekends too, so that a calendar refuses every date it cannot answer for
    boolean offWeekday = isOffWeekday(date);
    return !offWeekday && isWeekday(date.getDayOfWeek());
  }

  @Override
  public final LocalDate plusWorkingDays(LocalDate date, int days) {
    Objects.requireNonNull(date, "date");
    requireNotNegative(days);
    if (days == 0 && isWorkingDay(date)) {
      return date;
    }
    // Jump to the n-th weekday; every day off passed on the way needs one more weekday after it.
    long from = date.toEpochDay();
    long remaining = Math.max(days, 1);
    while (true) {
      long to = plusWeekdays(from, remaining);
      long off = countOffWeekdays(from, to);
      if (off == 0) {
        return LocalDate.ofEpochDay(to);
      }
      from = to;
      remaining = off;
    }
  }

  @Override
  public final int workingDaysBetween(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    long from = start.toEpochDay();
    long to = end.toEpochDay();
    if (to <= from) {
      return 0;
    }
    return Math.toIntExact(weekdaysUpTo(to) - weekdaysUpTo(from) - countOffWeekdays(from, to));
  }

  static void requireNotNegative(int days) {
    checkArgument(days >= 0, "days (%s) must not be negative", days);
  }

  static boolean isWeekday(DayOfWeek day) {
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /**
   * The number of weekdays from a fixed Monday up to and including {@code epochDay}; the difference
   * of two values counts the weekdays in between. Epoch day -3 (1969-12-29) is a Monday.
   */
  static long weekdaysUpTo(long epochDay) {
    long sinceMonday = epochDay + 3;
    return 5 * Math.floorDiv(sinceMonday, 7) + Math.min(Math.floorMod(sinceMonday, 7) + 1, 5);
  }

  /** The {@code count}-th weekday after {@code epochDay}, {@code count >= 1}: inverts {@link #weekdaysUpTo}. */
  static long plusWeekdays(long epochDay, long count) {
    long target = weekdaysUpTo(epochDay) + count - 1;
    return 7 * Math.floorDiv(target, 5) + Math.floorMod(target, 5) - 3;
  }

  /** The epoch day of 1 January of {@code year} (proleptic Gregorian, as {@link LocalDate}). */
  static long firstDayOfYear(long year) {
    long before = year - 1;
    return 365 * before
        + Math.floorDiv(before, 4)
        - Math.floorDiv(before, 100)
        + Math.floorDiv(before, 400)
        - DAYS_FROM_YEAR_ONE_TO_EPOCH;
  }

  /** The year {@code epochDay} falls in, without creating a {@link LocalDate}. */
  static int yearOf(long epochDay) {
    long year = 1970 + Math.floorDiv(epochDay * 400, 146_097);
    while (firstDayOfYear(year) > epochDay) {
      year--;
    }
    while (firstDayOfYear(year + 1) <= epochDay) {
      year++;
    }
    return Math.toIntExact(year);
  }

  private static final class Plain extends WeekdayCalendar {
    @Override
    boolean isOffWeekday(LocalDate date) {
      return false;
    }

    @Override
    long countOffWeekdays(long fromExclusive, long toInclusive) {
      return 0;
    }

    @Override
    public String toString() {
      return "BusinessCalendar.weekdays()";
    }
  }
}
