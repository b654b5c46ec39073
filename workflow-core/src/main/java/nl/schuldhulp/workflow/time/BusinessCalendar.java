package nl.schuldhulp.workflow.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import nl.schuldhulp.workflow.definition.Term;

/**
 * Which days are working days (<i>werkdagen</i>), and arithmetic on them. Terms in working days
 * (e.g. the Wgs 3-working-day norm) are resolved against a business calendar; the other units are
 * plain calendar arithmetic.
 *
 * <p>Implementations must be immutable and threadsafe.
 */
public interface BusinessCalendar {

  /** The zone in which a Dutch municipality's dates are read: Europe/Amsterdam. */
  ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** Whether {@code date} is a working day. */
  boolean isWorkingDay(LocalDate date);

  /** A calendar in which every Monday to Friday is a working day and no holidays exist. */
  static BusinessCalendar weekdays() {
    return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /**
   * The date {@code days} working days after {@code date}: the first working day reached by
   * counting {@code days} working days forward, not counting {@code date} itself. Zero days gives
   * {@code date} itself if it is a working day, else the next working day.
   *
   * @throws IllegalArgumentException if {@code days} is negative
   */
  default LocalDate plusWorkingDays(LocalDate date, int days) {
    Objects.requireNonNull(date, "date");
    if (days < 0) {
      throw new IllegalArgumentException("days (" + days + ") must not be negative");
    }
    LocalDate current = date;
    if (days == 0) {
      while (!isWorkingDay(current)) {
        current = current.plusDays(1);
      }
      return current;
    }
    int remaining = days;
    while (remaining > 0) {
      current = current.plusDays(1);
      if (isWorkingDay(current)) {
        remaining--;
      }
    }
    return current;
  }

  /**
   * The number of working days after {@code start} up to and including {@code end}; zero when
   * {@code end} is not after {@code start}.
   */
  default int workingDaysBetween(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    int count = 0;
    for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** The date a {@code term} after {@code date}, working days counted on this calendar. */
  default LocalDate plus(LocalDate date, Term term) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(term, "term");
    switch (term.unit()) {
      case DAYS:
        return date.plusDays(term.amount());
      case WORKING_DAYS:
        return plusWorkingDays(date, term.amount());
      case WEEKS:
        return date.plusWeeks(term.amount());
      case MONTHS:
        return date.plusMonths(term.amount());
      default:
        throw new AssertionError(term.unit());
    }
  }
}
