package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.testing.SeededCheck;
import org.junit.jupiter.api.Test;

/**
 * Invariants of working-day arithmetic (R-27 and every other term in working days), checked on
 * seeded random (calendar, date, n) triples, shrunk to a small counterexample on failure.
 */
class CalendarProperties {
  private static final int TRIES = 2_000;
  private static final LocalDate ANCHOR = LocalDate.of(2000, 1, 3);

  private static final List<String> CALENDAR_NAMES =
      List.of("standard", "statutory", "lustrum", "never", "closed around Christmas and Ascension");

  /** Calendars under test, named above; index 0 is the simplest and shrinking moves towards it. */
  private static final List<BusinessCalendar> CALENDARS =
      List.of(
          DutchCalendar.standard(),
          DutchCalendar.statutory(),
          DutchCalendar.builder().liberationDay(LiberationDayRule.LUSTRUM_YEARS_ONLY).build(),
          DutchCalendar.builder().liberationDay(LiberationDayRule.NEVER).build(),
          municipalityClosedAroundChristmasAndAfterAscension());

  /** One generated input: a calendar (by index), a date and a number of working days. */
  record Example(int calendar, LocalDate date, int days) {
    BusinessCalendar businessCalendar() {
      return CALENDARS.get(calendar);
    }

    /** The same calendar, counted day by day by the interface's default methods. */
    BusinessCalendar dayByDay() {
      BusinessCalendar fast = businessCalendar();
      return fast::isWorkingDay;
    }

    LocalDate result() {
      return businessCalendar().plusWorkingDays(date, days);
    }

    @Override
    public String toString() {
      return String.format(
          "(%s calendar, %s %s, %d working days)",
          CALENDAR_NAMES.get(calendar), date, date.getDayOfWeek(), days);
    }
  }

  private static DutchCalendar municipalityClosedAroundChristmasAndAfterAscension() {
    DutchCalendar.Builder builder = DutchCalendar.builder().goodFridayOff(true);
    for (int year = 1990; year <= 2140; year++) {
      builder.closingDay(PublicHoliday.ASCENSION_DAY.dateIn(year).plusDays(1));
      for (int day = 27; day <= 31; day++) {
        builder.closingDay(LocalDate.of(year, 12, day));
      }
    }
    return builder.build();
  }

  private static Example generate(Random random) {
    int calendar = random.nextInt(CALENDARS.size());
    LocalDate date;
    if (random.nextBoolean()) {
      int year = 1990 + random.nextInt(random.nextInt(10) == 0 ? 1100 : 150);
      PublicHoliday holiday = PublicHoliday.values()[random.nextInt(PublicHoliday.values().length)];
      date = holiday.dateIn(year).plusDays(random.nextInt(21) - 10);
    } else {
      date = ANCHOR.plusDays(random.nextInt(365 * 140) - 365 * 10);
    }
    int bucket = random.nextInt(10);
    int days = bucket < 6 ? random.nextInt(11) : bucket < 9 ? random.nextInt(100) : random.nextInt(3000);
    return new Example(calendar, date, days);
  }

  /** Smaller candidates: simpler calendar, fewer days, a date nearer to 3 January 2000. */
  private static Stream<Example> shrink(Example example) {
    List<Example> candidates = new ArrayList<>();
    if (example.calendar() != 0) {
      candidates.add(new Example(0, example.date(), example.days()));
    }
    if (example.days() > 0) {
      candidates.add(new Example(example.calendar(), example.date(), 0));
      candidates.add(new Example(example.calendar(), example.date(), example.days() / 2));
      candidates.add(new Example(example.calendar(), example.date(), example.days() - 1));
    }
    long distance = ChronoUnit.DAYS.between(ANCHOR, example.date());
    if (distance != 0) {
      long towards = -Long.signum(distance);
      candidates.add(new Example(example.calendar(), ANCHOR.plusDays(distance / 2), example.days()));
      int years = example.date().getYear() - ANCHOR.getYear();
      if (years != 0) {
        LocalDate date = example.date();
        candidates.add(new Example(example.calendar(), date.minusYears(years / 2), example.days()));
        candidates.add(new Example(example.calendar(), date.plusYears(towards), example.days()));
      }
      candidates.add(new Example(example.calendar(), example.date().plusDays(towards), example.days()));
    }
    return candidates.stream();
  }

  private static SeededCheck<Example> forAllExamples(String name) {
    return SeededCheck.forAll(name, CalendarProperties::generate, CalendarProperties::shrink);
  }

  private static boolean isListedDayOff(BusinessCalendar calendar, LocalDate date) {
    DutchCalendar dutch = (DutchCalendar) calendar;
    return dutch.holidays(date.getYear()).containsValue(date) || dutch.closingDays().contains(date);
  }

  @Test
  void addingWorkingDaysNeverLandsOnAHolidayWeekendOrClosingDay() {
    forAllExamples("plusWorkingDays lands on a working day")
        .holds(
            TRIES,
            example -> {
              LocalDate result = example.result();
              assertThat(example.businessCalendar().isWorkingDay(result)).isTrue();
              assertThat(result.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
              assertThat(isListedDayOff(example.businessCalendar(), result)).isFalse();
            });
  }

  @Test
  void countingWorkingDaysUpToTheResultGivesTheNumberAdded() {
    forAllExamples("workingDaysBetween(d, plusWorkingDays(d, n)) == n")
        .holds(
            TRIES,
            example -> {
              BusinessCalendar calendar = example.businessCalendar();
              int counted = calendar.workingDaysBetween(example.date(), example.result());
              if (example.days() > 0) {
                assertThat(counted).isEqualTo(example.days());
              } else {
                // zero days: the date itself if it is a working day, else the next working day
                assertThat(counted).isEqualTo(calendar.isWorkingDay(example.date()) ? 0 : 1);
              }
            });
  }

  @Test
  void addingWorkingDaysIsMonotoneInTheDaysAndInTheDate() {
    forAllExamples("plusWorkingDays is monotone")
        .holds(
            TRIES,
            example -> {
              BusinessCalendar calendar = example.businessCalendar();
              LocalDate result = example.result();
              LocalDate oneMore = calendar.plusWorkingDays(example.date(), example.days() + 1);
              if (example.days() > 0) {
                assertThat(oneMore).isAfter(result);
              } else {
                assertThat(oneMore).isAfterOrEqualTo(result);
              }
              LocalDate fromNextDay = calendar.plusWorkingDays(example.date().plusDays(1), example.days());
              assertThat(fromNextDay).isAfterOrEqualTo(result);
            });
  }

  @Test
  void closedFormArithmeticAgreesWithCountingDayByDay() {
    forAllExamples("fast arithmetic == day-by-day defaults")
        .holds(
            TRIES,
            example -> {
              BusinessCalendar reference = example.dayByDay();
              assertThat(example.result())
                  .isEqualTo(reference.plusWorkingDays(example.date(), example.days()));
              LocalDate end = example.date().plusDays(example.days() * 2L - 7);
              assertThat(example.businessCalendar().workingDaysBetween(example.date(), end))
                  .isEqualTo(reference.workingDaysBetween(example.date(), end));
            });
  }

  @Test
  void aDayIsAWorkingDayExactlyWhenItIsAWeekdayNotListedAsHolidayOrClosingDay() {
    forAllExamples("isWorkingDay false exactly on weekends and listed days off")
        .holds(
            TRIES / 4,
            example -> {
              BusinessCalendar calendar = example.businessCalendar();
              int year = example.date().getYear();
              for (LocalDate holiday : ((DutchCalendar) calendar).holidays(year).values()) {
                assertThat(calendar.isWorkingDay(holiday)).as("holiday %s", holiday).isFalse();
              }
              for (LocalDate day = LocalDate.of(year, 1, 1);
                  day.getYear() == year;
                  day = day.plusDays(1)) {
                boolean weekday = WeekdayCalendar.isWeekday(day.getDayOfWeek());
                assertThat(calendar.isWorkingDay(day))
                    .as("%s", day)
                    .isEqualTo(weekday && !isListedDayOff(calendar, day));
              }
            });
  }

  @Test
  void weekdayArithmeticAgreesWithCountingDayByDay() {
    BusinessCalendar weekdays = BusinessCalendar.weekdays();
    BusinessCalendar reference = weekdays::isWorkingDay;
    forAllExamples("weekdays() == day-by-day weekdays")
        .holds(
            TRIES,
            example -> {
              assertThat(weekdays.plusWorkingDays(example.date(), example.days()))
                  .isEqualTo(reference.plusWorkingDays(example.date(), example.days()));
              LocalDate end = example.date().plusDays(example.days() - 5L);
              assertThat(weekdays.workingDaysBetween(example.date(), end))
                  .isEqualTo(reference.workingDaysBetween(example.date(), end));
            });
  }
}
