package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Example tests of the Dutch working-day calendar; R-27 terms in working days depend on it. */
class DutchCalendarTest {
  private static final DutchCalendar STANDARD = DutchCalendar.standard();
  private static final DutchCalendar STATUTORY = DutchCalendar.statutory();

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void threeWorkingDaysFromTheTuesdayBeforeChristmasEndOnTheTuesdayAfter() {
    assertThat(STANDARD.plusWorkingDays(date("2025-12-23"), 3)).isEqualTo("2025-12-30");
  }

  @Test
  void workingDaysSkipNewYearsDay() {
    assertThat(STANDARD.plusWorkingDays(date("2025-12-30"), 2)).isEqualTo("2026-01-02");
  }

  @Test
  void countsSevenWorkingDaysOverTheChristmasFortnight() {
    assertThat(STANDARD.workingDaysBetween(date("2025-12-19"), date("2026-01-02"))).isEqualTo(7);
  }

  @Test
  void christmasOnAWeekendCostsNoWorkingDay() {
    assertThat(STANDARD.plusWorkingDays(date("2027-12-24"), 1)).isEqualTo("2027-12-27");
  }

  @Test
  void goodFridayIsAWorkingDayOnTheStandardCalendarButNotOnTheStatutoryOne() {
    assertThat(STANDARD.isWorkingDay(date("2025-04-18"))).isTrue();
    assertThat(STATUTORY.isWorkingDay(date("2025-04-18"))).isFalse();
  }

  @Test
  void threeWorkingDaysAcrossEasterDependOnGoodFriday() {
    assertThat(STANDARD.plusWorkingDays(date("2025-04-17"), 3)).isEqualTo("2025-04-23");
    assertThat(STATUTORY.plusWorkingDays(date("2025-04-17"), 3)).isEqualTo("2025-04-24");
  }

  @Test
  void easterMondayAndWhitMondayAreNeverWorkingDays() {
    assertThat(STANDARD.isWorkingDay(date("2025-04-21"))).isFalse();
    assertThat(STANDARD.isWorkingDay(date("2025-06-09"))).isFalse();
    assertThat(STANDARD.isWorkingDay(date("2025-05-29"))).isFalse();
  }

  @Test
  void kingsDayOnAWeekdayIsNotAWorkingDay() {
    assertThat(STANDARD.isWorkingDay(date("2023-04-27"))).isFalse();
    assertThat(STANDARD.isWorkingDay(date("2023-04-28"))).isTrue();
  }

  @Test
  void liberationDayIsADayOffEveryYearOnTheStandardCalendar() {
    assertThat(STANDARD.isWorkingDay(date("2025-05-05"))).isFalse();
    assertThat(STANDARD.isWorkingDay(date("2026-05-05"))).isFalse();
  }

  @Test
  void liberationDayInLustrumYearsOnlyIsWorkedIn2026ButNotIn2025() {
    DutchCalendar lustrum =
        DutchCalendar.builder().liberationDay(LiberationDayRule.LUSTRUM_YEARS_ONLY).build();
    assertThat(lustrum.isWorkingDay(date("2025-05-05"))).isFalse();
    assertThat(lustrum.isWorkingDay(date("2026-05-05"))).isTrue();
  }

  @Test
  void liberationDayNeverOffIsAlwaysWorked() {
    DutchCalendar never = DutchCalendar.builder().liberationDay(LiberationDayRule.NEVER).build();
    assertThat(never.isWorkingDay(date("2025-05-05"))).isTrue();
    assertThat(never.holidays(2025)).doesNotContainKey(PublicHoliday.LIBERATION_DAY);
  }

  @Test
  void liberationDayOnAscensionDayCostsOneWorkingDayNotTwo() {
    assertThat(STANDARD.holidays(2016))
        .containsEntry(PublicHoliday.LIBERATION_DAY, date("2016-05-05"))
        .containsEntry(PublicHoliday.ASCENSION_DAY, date("2016-05-05"));
    assertThat(STANDARD.workingDaysBetween(date("2016-05-04"), date("2016-05-06"))).isEqualTo(1);
  }

  @Test
  void aMunicipalitysClosingDayIsNotAWorkingDay() {
    DutchCalendar utrecht =
        DutchCalendar.builder()
            .liberationDay(LiberationDayRule.LUSTRUM_YEARS_ONLY)
            .closingDay(date("2026-05-15"))
            .build();
    assertThat(utrecht.isWorkingDay(date("2026-05-15"))).isFalse();
    assertThat(utrecht.plusWorkingDays(date("2026-05-13"), 3)).isEqualTo("2026-05-20");
    assertThat(STANDARD.plusWorkingDays(date("2026-05-13"), 3)).isEqualTo("2026-05-19");
  }

  @Test
  void aClosingDayOnAWeekendOrHolidayChangesNoArithmetic() {
    DutchCalendar closedOnHolidays =
        DutchCalendar.builder()
            .closingDays(List.of(date("2025-12-27"), date("2025-12-25")))
            .build();
    assertThat(closedOnHolidays.plusWorkingDays(date("2025-12-23"), 3)).isEqualTo("2025-12-30");
    assertThat(closedOnHolidays.workingDaysBetween(date("2025-12-19"), date("2026-01-02")))
        .isEqualTo(7);
  }

  @Test
  void zeroWorkingDaysFromAHolidayGivesTheNextWorkingDay() {
    assertThat(STANDARD.plusWorkingDays(date("2025-12-25"), 0)).isEqualTo("2025-12-29");
    assertThat(STANDARD.plusWorkingDays(date("2025-12-24"), 0)).isEqualTo("2025-12-24");
  }

  @Test
  void noWorkingDaysBetweenADateAndAnEarlierOne() {
    assertThat(STANDARD.workingDaysBetween(date("2025-12-24"), date("2025-12-24"))).isZero();
    assertThat(STANDARD.workingDaysBetween(date("2025-12-24"), date("2025-12-01"))).isZero();
  }

  @Test
  void countsACenturyOfWorkingDaysAsCountingDayByDayDoes() {
    BusinessCalendar dayByDay = STANDARD::isWorkingDay;
    LocalDate start = date("2000-01-01");
    LocalDate end = date("2100-12-31");
    int fast = STANDARD.workingDaysBetween(start, end);
    assertThat(fast).isEqualTo(dayByDay.workingDaysBetween(start, end));
    assertThat(STANDARD.plusWorkingDays(start, fast)).isEqualTo(dayByDay.plusWorkingDays(start, fast));
  }

  @Test
  void worksBeyondTheCachedYears() {
    assertThat(STANDARD.isWorkingDay(date("2999-12-25"))).isFalse(); // a Wednesday
    assertThat(STANDARD.plusWorkingDays(date("2999-12-24"), 1)).isEqualTo("2999-12-27");
  }

  @Test
  void listsOnlyTheHolidaysThatAreADayOff() {
    assertThat(STANDARD.holidays(2025))
        .hasSize(10)
        .doesNotContainKey(PublicHoliday.GOOD_FRIDAY)
        .containsEntry(PublicHoliday.KINGS_DAY, date("2025-04-26"))
        .containsEntry(PublicHoliday.LIBERATION_DAY, date("2025-05-05"));
    assertThat(STATUTORY.holidays(2025))
        .hasSize(11)
        .containsEntry(PublicHoliday.GOOD_FRIDAY, date("2025-04-18"));
  }

  @Test
  void refusesDatesBeforeTheFirstYearItKnows() {
    assertThatThrownBy(() -> STANDARD.isWorkingDay(date("1948-12-31")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1948");
    assertThatThrownBy(() -> STANDARD.isWorkingDay(date("1948-12-25"))) // a Saturday
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> STANDARD.workingDaysBetween(date("1948-12-30"), date("1949-01-05")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> STANDARD.holidays(1948)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DutchCalendar.builder().closingDay(date("1948-05-06")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1948-05-06");
  }

  @Test
  void refusesANegativeNumberOfWorkingDays() {
    assertThatThrownBy(() -> STANDARD.plusWorkingDays(date("2025-01-02"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("days (-1) must not be negative");
  }

  @Test
  void keepsClosingDaysSortedWithoutDuplicates() {
    DutchCalendar calendar =
        DutchCalendar.builder()
            .closingDays(List.of(date("2026-05-15"), date("2025-12-24"), date("2026-05-15")))
            .build();
    assertThat(calendar.closingDays()).containsExactly(date("2025-12-24"), date("2026-05-15"));
  }

  @Test
  void calendarsWithTheSameSettingsAreEqual() {
    assertThat(DutchCalendar.builder().build())
        .isEqualTo(STANDARD)
        .hasSameHashCodeAs(STANDARD)
        .isNotEqualTo(STATUTORY);
    assertThat(STATUTORY.goodFridayOff()).isTrue();
    assertThat(STANDARD.goodFridayOff()).isFalse();
    assertThat(STANDARD.liberationDay()).isEqualTo(LiberationDayRule.EVERY_YEAR);
    assertThat(STANDARD.closingDays()).isEmpty();
  }

  @Test
  void aFreshCalendarSharedByThreadsFillsItsYearCacheConsistently() throws Exception {
    DutchCalendar shared = DutchCalendar.builder().build();
    LocalDate start = date("1949-01-03");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<LocalDate>>> results =
          IntStream.range(0, 4)
              .mapToObj(
                  thread ->
                      pool.submit(
                          () ->
                              IntStream.range(0, 600)
                                  .mapToObj(year -> shared.plusWorkingDays(start.plusYears(year), 7))
                                  .toList()))
              .toList();
      List<LocalDate> expected =
          IntStream.range(0, 600)
              .mapToObj(year -> STANDARD.plusWorkingDays(start.plusYears(year), 7))
              .toList();
      for (Future<List<LocalDate>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
