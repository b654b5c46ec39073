package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.time.PublicHoliday.ASCENSION_DAY;
import static nl.schuldhulp.workflow.time.PublicHoliday.BOXING_DAY;
import static nl.schuldhulp.workflow.time.PublicHoliday.CHRISTMAS_DAY;
import static nl.schuldhulp.workflow.time.PublicHoliday.EASTER_MONDAY;
import static nl.schuldhulp.workflow.time.PublicHoliday.EASTER_SUNDAY;
import static nl.schuldhulp.workflow.time.PublicHoliday.GOOD_FRIDAY;
import static nl.schuldhulp.workflow.time.PublicHoliday.KINGS_DAY;
import static nl.schuldhulp.workflow.time.PublicHoliday.LIBERATION_DAY;
import static nl.schuldhulp.workflow.time.PublicHoliday.NEW_YEARS_DAY;
import static nl.schuldhulp.workflow.time.PublicHoliday.WHIT_MONDAY;
import static nl.schuldhulp.workflow.time.PublicHoliday.WHIT_SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidayTest {

  @Test
  void datesEveryHolidayOf2025() {
    assertThat(NEW_YEARS_DAY.dateIn(2025)).isEqualTo("2025-01-01");
    assertThat(GOOD_FRIDAY.dateIn(2025)).isEqualTo("2025-04-18");
    assertThat(EASTER_SUNDAY.dateIn(2025)).isEqualTo("2025-04-20");
    assertThat(EASTER_MONDAY.dateIn(2025)).isEqualTo("2025-04-21");
    assertThat(KINGS_DAY.dateIn(2025)).isEqualTo("2025-04-26");
    assertThat(LIBERATION_DAY.dateIn(2025)).isEqualTo("2025-05-05");
    assertThat(ASCENSION_DAY.dateIn(2025)).isEqualTo("2025-05-29");
    assertThat(WHIT_SUNDAY.dateIn(2025)).isEqualTo("2025-06-08");
    assertThat(WHIT_MONDAY.dateIn(2025)).isEqualTo("2025-06-09");
    assertThat(CHRISTMAS_DAY.dateIn(2025)).isEqualTo("2025-12-25");
    assertThat(BOXING_DAY.dateIn(2025)).isEqualTo("2025-12-26");
  }

  @Test
  void datesTheMovableHolidaysOf2024FromAnEasterInMarch() {
    assertThat(GOOD_FRIDAY.dateIn(2024)).isEqualTo("2024-03-29");
    assertThat(EASTER_MONDAY.dateIn(2024)).isEqualTo("2024-04-01");
    assertThat(ASCENSION_DAY.dateIn(2024)).isEqualTo("2024-05-09");
    assertThat(WHIT_MONDAY.dateIn(2024)).isEqualTo("2024-05-20");
  }

  @Test
  void kingsDayIsThe27thOfAprilEvenOnASaturday() {
    assertThat(KINGS_DAY.dateIn(2023)).isEqualTo("2023-04-27");
    assertThat(KINGS_DAY.dateIn(2024)).isEqualTo("2024-04-27");
  }

  @Test
  void kingsDayMovesToSaturdayThe26thWhenThe27thIsASunday() {
    assertThat(KINGS_DAY.dateIn(2014)).isEqualTo("2014-04-26");
    assertThat(KINGS_DAY.dateIn(2025)).isEqualTo("2025-04-26");
    assertThat(KINGS_DAY.dateIn(2031)).isEqualTo("2031-04-26");
  }

  @Test
  void queensDayUntil2013IsThe30thOfAprilOrSaturdayThe29thFrom1980() {
    assertThat(KINGS_DAY.dateIn(2013)).isEqualTo("2013-04-30");
    assertThat(KINGS_DAY.dateIn(2006)).isEqualTo("2006-04-29");
    assertThat(KINGS_DAY.dateIn(1995)).isEqualTo("1995-04-29");
    assertThat(KINGS_DAY.dateIn(1989)).isEqualTo("1989-04-29");
  }

  @Test
  void queensDayOnASundayMovedToMondayTheFirstOfMayUntil1979() {
    assertThat(KINGS_DAY.dateIn(1950)).isEqualTo("1950-05-01");
    assertThat(KINGS_DAY.dateIn(1961)).isEqualTo("1961-05-01");
    assertThat(KINGS_DAY.dateIn(1967)).isEqualTo("1967-05-01");
    assertThat(KINGS_DAY.dateIn(1978)).isEqualTo("1978-05-01");
    assertThat(KINGS_DAY.dateIn(1979)).isEqualTo("1979-04-30");
  }

  @Test
  void noHolidayExceptEasterAndWhitSundayEverFallsOnASundayAndMovableOnesKeepTheirWeekday() {
    for (int year = DutchCalendar.FIRST_YEAR; year <= 2600; year++) {
      assertThat(KINGS_DAY.dateIn(year).getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
      assertThat(GOOD_FRIDAY.dateIn(year).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
      assertThat(EASTER_MONDAY.dateIn(year).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
      assertThat(ASCENSION_DAY.dateIn(year).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
      assertThat(WHIT_SUNDAY.dateIn(year).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(WHIT_MONDAY.dateIn(year).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }
  }

  @Test
  void carriesTheDutchNames() {
    assertThat(NEW_YEARS_DAY.label()).isEqualTo("Nieuwjaarsdag");
    assertThat(GOOD_FRIDAY.label()).isEqualTo("Goede Vrijdag");
    assertThat(WHIT_MONDAY.label()).isEqualTo("Tweede Pinksterdag");
    assertThat(BOXING_DAY.label()).isEqualTo("Tweede Kerstdag");
  }

  @Test
  void refusesYearsBeforeTheFirstQueensDayOnThe30thOfApril() {
    assertThat(NEW_YEARS_DAY.dateIn(1949)).isEqualTo("1949-01-01");
    assertThatThrownBy(() -> KINGS_DAY.dateIn(1948))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1948")
        .hasMessageContaining("1949");
  }
}
