package nl.schuldhulp.workflow.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import nl.schuldhulp.workflow.definition.Term;

/**
 * Which days are working days (<i>werkdagen</i>), and arithmetic on them. Terms in working days
 * (e.g. the Wgs 3-working-day norm) are resolved against a business calendar; the other units are
 * plain calendar arithmetic. For the Netherlands use {@link DutchCalendar#standard()}.
 *
 * <p>For every date {@code d} and {@code n >= 1}: {@code workingDaysBetween(d, plusWorkingDays(d,
 * n)) == n}. With {@code n == 0} the result is {@code d} itself when it is a working day, so the
 * count is 0; otherwise it is the next working day, so the count is 1.
 *
 * <p>The default methods work day by day from {@link #isWorkingDay}; {@link #weekdays()} and
 * {@link DutchCalendar} compute in closed form. Implementations must be immutable and threadsafe.
 */
public interface BusinessCalendar {

  /** The zone in which a Dutch municipality's dates are read: Europe/Amsterdam. */
  ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  /** Whether {@code date} is a working day. */
  boolean isWorkingDay(LocalDate date);

  /** A calendar in which every Monday to Friday is a working day and no holidays exist. */
  static BusinessCalendar weekdays() {
    return WeekdayCalendar.PLAIN;
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
    WeekdayCalendar.requireNotNegative(days);
    LocalDate current = date;
    int remaining = days == 0 && !isWorkingDay(date) ? 1 : days;
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

  /**
   * The due date of a {@code term} that starts at {@code start}: {@link #plus(LocalDate, Term)}
   * from the date {@code start} falls on in {@link #ZONE}. A registration at 23:30 UTC on 23
   * December counts from 24 December, the Amsterdam date.
   */
  default LocalDate dueDate(Instant start, Term term) {
    Objects.requireNonNull(start, "start");
    return plus(start.atZone(ZONE).toLocalDate(), term);
  }

  /**
   * The instant a {@code term} that starts at {@code start} has run out: the start of the day
   * after its {@link #dueDate(Instant, Term) due date} in {@link #ZONE}. A term is met by anything
   * before this instant, so the whole due date counts.
   */
  default Instant deadline(Instant start, Term term) {
    return dueDate(start, term).plusDays(1).atStartOfDay(ZONE).toInstant();
  }
}
