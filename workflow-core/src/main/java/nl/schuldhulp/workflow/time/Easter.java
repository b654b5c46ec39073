package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.time.LocalDate;

/**
 * Easter Sunday in the Gregorian calendar, computed with the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher, 1876), valid for every year from 1583 on. Not tabled: any year works.
 *
 * <p>This class is threadsafe (stateless).
 */
final class Easter {
  private Easter() {}

  /** Easter Sunday of {@code year}. */
  static LocalDate sunday(int year) {
    checkArgument(year >= 1583, "year (%s) is before the Gregorian calendar (1583)", year);
    int golden = year % 19;
    int century = year / 100;
    int yearOfCentury = year % 100;
    int leapCenturies = century / 4;
    int centuryRest = century % 4;
    int moonCorrection = (century + 8) / 25;
    int solarCorrection = (century - moonCorrection + 1) / 3;
    int epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
    int leapYears = yearOfCentury / 4;
    int yearRest = yearOfCentury % 4;
    int weekday = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
    int correction = (golden + 11 * epact + 22 * weekday) / 451;
    int monthAndDay = epact + weekday - 7 * correction + 114;
    return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
  }
}
