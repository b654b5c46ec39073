package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import nl.schuldhulp.workflow.definition.Term;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  /** Uses only the interface's default, day-by-day methods. */
  private static final BusinessCalendar WEDNESDAYS_ONLY =
      date -> date.getDayOfWeek() == DayOfWeek.WEDNESDAY;

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void weekdaysIgnoreHolidays() {
    BusinessCalendar weekdays = BusinessCalendar.weekdays();
    assertThat(weekdays.isWorkingDay(date("2025-12-25"))).isTrue();
    assertThat(weekdays.plusWorkingDays(date("2025-12-26"), 1)).isEqualTo("2025-12-29");
    assertThat(weekdays.plusWorkingDays(date("2025-12-27"), 0)).isEqualTo("2025-12-29");
    assertThat(weekdays.workingDaysBetween(date("2025-12-19"), date("2025-12-26"))).isEqualTo(5);
  }

  @Test
  void defaultArithmeticCountsDayByDay() {
    assertThat(WEDNESDAYS_ONLY.plusWorkingDays(date("2025-12-22"), 2)).isEqualTo("2025-12-31");
    assertThat(WEDNESDAYS_ONLY.plusWorkingDays(date("2025-12-24"), 0)).isEqualTo("2025-12-24");
    assertThat(WEDNESDAYS_ONLY.plusWorkingDays(date("2025-12-25"), 0)).isEqualTo("2025-12-31");
    assertThat(WEDNESDAYS_ONLY.workingDaysBetween(date("2025-12-24"), date("2025-12-31")))
        .isEqualTo(1);
    assertThat(WEDNESDAYS_ONLY.workingDaysBetween(date("2025-12-31"), date("2025-12-24"))).isZero();
  }

  @Test
  void defaultArithmeticRefusesANegativeNumberOfDays() {
    assertThatThrownBy(() -> WEDNESDAYS_ONLY.plusWorkingDays(date("2025-12-22"), -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days (-3) must not be negative");
  }

  @Test
  void onlyWorkingDayTermsConsultTheCalendar() {
    DutchCalendar calendar = DutchCalendar.standard();
    LocalDate tuesday = date("2025-12-23");
    assertThat(calendar.plus(tuesday, Term.days(3))).isEqualTo("2025-12-26");
    assertThat(calendar.plus(tuesday, Term.workingDays(3))).isEqualTo("2025-12-30");
    assertThat(calendar.plus(tuesday, Term.weeks(1))).isEqualTo("2025-12-30");
    assertThat(calendar.plus(date("2026-01-31"), Term.months(1))).isEqualTo("2026-02-28");
  }

  @Test
  void aTermStartsOnTheAmsterdamDateOfTheInstant() {
    Instant lateOnTheTwentyThirdInUtc = Instant.parse("2025-12-23T23:30:00Z");
    assertThat(DutchCalendar.standard().dueDate(lateOnTheTwentyThirdInUtc, Term.workingDays(3)))
        .isEqualTo("2025-12-31");
  }

  @Test
  void aTermRunsOutAtMidnightAmsterdamTimeAfterItsDueDate() {
    Instant start = Instant.parse("2025-12-23T23:30:00Z");
    assertThat(DutchCalendar.standard().deadline(start, Term.workingDays(3)))
        .isEqualTo("2025-12-31T23:00:00Z");
    assertThat(BusinessCalendar.weekdays().deadline(Instant.parse("2025-06-10T08:00:00Z"), Term.days(0)))
        .isEqualTo("2025-06-10T22:00:00Z");
  }
}
