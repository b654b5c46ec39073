package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekdayCalendarTest {

  @Test
  void firstDayOfYearAgreesWithLocalDate() {
    for (int year = -3000; year <= 5000; year++) {
      assertThat(WeekdayCalendar.firstDayOfYear(year))
          .as("year %s", year)
          .isEqualTo(LocalDate.of(year, 1, 1).toEpochDay());
    }
  }

  @Test
  void yearOfAgreesWithLocalDateOnEveryDayOfThreeCenturies() {
    long last = LocalDate.of(2200, 12, 31).toEpochDay();
    for (long day = LocalDate.of(1900, 1, 1).toEpochDay(); day <= last; day++) {
      assertThat(WeekdayCalendar.yearOf(day)).isEqualTo(LocalDate.ofEpochDay(day).getYear());
    }
    assertThat(WeekdayCalendar.yearOf(LocalDate.MAX.toEpochDay())).isEqualTo(LocalDate.MAX.getYear());
    assertThat(WeekdayCalendar.yearOf(LocalDate.MIN.toEpochDay())).isEqualTo(LocalDate.MIN.getYear());
  }

  @Test
  void weekdayCountsAgreeWithCountingDayByDay() {
    long start = LocalDate.of(1969, 12, 1).toEpochDay();
    long counted = 0;
    for (long day = start + 1; day <= start + 800; day++) {
      if (WeekdayCalendar.isWeekday(LocalDate.ofEpochDay(day).getDayOfWeek())) {
        counted++;
        assertThat(WeekdayCalendar.plusWeekdays(start, counted)).isEqualTo(day);
      }
      assertThat(WeekdayCalendar.weekdaysUpTo(day) - WeekdayCalendar.weekdaysUpTo(start))
          .isEqualTo(counted);
    }
  }
}
