package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * The Dutch public holidays (<i>feestdagen</i>) a {@link DutchCalendar} knows, with their Dutch
 * names and the date each falls on in a given year. They are the generally recognised holidays of
 * the Algemene termijnenwet (art. 3: Nieuwjaarsdag, tweede Paas- en Pinksterdag, beide Kerstdagen,
 * Hemelvaartsdag, the day the King's birthday is celebrated and 5 May, with Goede Vrijdag equated
 * to them), plus Eerste Paasdag and Eerste Pinksterdag, which are Sundays anyway. Days the
 * government equates to holidays by decree for a particular year (such as the Friday after
 * Ascension Day) are not computed: add them as closing days.
 *
 * <p>Easter is computed (Meeus/Jones/Butcher), so every year from {@value
 * DutchCalendar#FIRST_YEAR} on has dates; earlier years are refused because the royal holiday was
 * then on another day (Wilhelmina's birthday, 31 August).
 *
 * <p>This enum is immutable and threadsafe.
 */
public enum PublicHoliday {
  /** Nieuwjaarsdag, 1 January. */
  NEW_YEARS_DAY("Nieuwjaarsdag"),
  /** Goede Vrijdag, two days before Easter Sunday. Not a day off everywhere. */
  GOOD_FRIDAY("Goede Vrijdag"),
  /** Eerste Paasdag, Easter Sunday. */
  EASTER_SUNDAY("Eerste Paasdag"),
  /** Tweede Paasdag, Easter Monday. */
  EASTER_MONDAY("Tweede Paasdag"),
  /**
   * Koningsdag: 27 April, or 26 April when the 27th is a Sunday (from 2014). Before that
   * Koninginnedag on 30 April; when the 30th was a Sunday it moved to 1 May until 1979 and to 29
   * April from 1980.
   */
  KINGS_DAY("Koningsdag"),
  /** Bevrijdingsdag, 5 May. Not a day off everywhere, see {@link LiberationDayRule}. */
  LIBERATION_DAY("Bevrijdingsdag"),
  /** Hemelvaartsdag, Ascension Day: 39 days after Easter Sunday, a Thursday. */
  ASCENSION_DAY("Hemelvaartsdag"),
  /** Eerste Pinksterdag, Whit Sunday: 49 days after Easter Sunday. */
  WHIT_SUNDAY("Eerste Pinksterdag"),
  /** Tweede Pinksterdag, Whit Monday. */
  WHIT_MONDAY("Tweede Pinksterdag"),
  /** Eerste Kerstdag, 25 December. */
  CHRISTMAS_DAY("Eerste Kerstdag"),
  /** Tweede Kerstdag, 26 December. */
  BOXING_DAY("Tweede Kerstdag");

  private static final int FIRST_KINGS_DAY_YEAR = 2014;
  private static final int FIRST_SATURDAY_RULE_YEAR = 1980;

  private final String label;

  PublicHoliday(String label) {
    this.label = label;
  }

  /** The Dutch name, e.g. {@code "Tweede Pinksterdag"}. */
  public String label() {
    return label;
  }

  /**
   * The date this holiday falls on, or is celebrated on, in {@code year}.
   *
   * @throws IllegalArgumentException if {@code year} is before {@value DutchCalendar#FIRST_YEAR}
   */
  public LocalDate dateIn(int year) {
    checkYear(year);
    return dateIn(year, Easter.sunday(year));
  }

  static void checkYear(int year) {
    checkArgument(
        year >= DutchCalendar.FIRST_YEAR,
        "year (%s) is before %s, the first year the Dutch calendar knows",
        year,
        DutchCalendar.FIRST_YEAR);
  }

  /** The date in {@code year}, given Easter Sunday of that year. */
  LocalDate dateIn(int year, LocalDate easterSunday) {
    switch (this) {
      case NEW_YEARS_DAY:
        return LocalDate.of(year, Month.JANUARY, 1);
      case GOOD_FRIDAY:
        return easterSunday.minusDays(2);
      case EASTER_SUNDAY:
        return easterSunday;
      case EASTER_MONDAY:
        return easterSunday.plusDays(1);
      case KINGS_DAY:
        return kingsDay(year);
      case LIBERATION_DAY:
        return LocalDate.of(year, Month.MAY, 5);
      case ASCENSION_DAY:
        return easterSunday.plusDays(39);
      case WHIT_SUNDAY:
        return easterSunday.plusDays(49);
      case WHIT_MONDAY:
        return easterSunday.plusDays(50);
      case CHRISTMAS_DAY:
        return LocalDate.of(year, Month.DECEMBER, 25);
      case BOXING_DAY:
        return LocalDate.of(year, Month.DECEMBER, 26);
      default:
        throw new AssertionError(this);
    }
  }

  private static LocalDate kingsDay(int year) {
    if (year >= FIRST_KINGS_DAY_YEAR) {
      return notOnSunday(LocalDate.of(year, Month.APRIL, 27), -1);
    }
    // Koninginnedag (Juliana's birthday, kept by Beatrix): to Monday 1 May until 1979, to Saturday after.
    return notOnSunday(LocalDate.of(year, Month.APRIL, 30), year >= FIRST_SATURDAY_RULE_YEAR ? -1 : 1);
  }

  private static LocalDate notOnSunday(LocalDate date, int shift) {
    return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(shift) : date;
  }
}
