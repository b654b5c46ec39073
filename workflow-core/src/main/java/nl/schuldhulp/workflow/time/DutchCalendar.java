package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The Dutch working-day calendar: Monday to Friday, minus the {@link PublicHoliday public
 * holidays} that are a day off, minus the municipality's own closing days. The holidays are
 * computed for any year from {@value #FIRST_YEAR} on (Easter by the Meeus/Jones/Butcher
 * algorithm); the generally recognised ones are those of the Algemene termijnenwet, art. 3.
 *
 * <p>Two holidays are not a day off everywhere and are configurable: Goede Vrijdag and
 * Bevrijdingsdag. {@link #standard()} follows the Cao Gemeenten, the collective agreement of
 * municipal staff who run debt assistance: Goede Vrijdag is a working day and Bevrijdingsdag a day
 * off every year. {@link #statutory()} follows the Algemene termijnenwet, which also counts Goede
 * Vrijdag. Everything else is built with {@link #builder()}:
 *
 * <pre>{@code
 * DutchCalendar utrecht = DutchCalendar.builder()
 *     .liberationDay(LiberationDayRule.LUSTRUM_YEARS_ONLY)
 *     .closingDay(LocalDate.of(2026, 5, 15))        // the Friday after Ascension Day
 *     .build();
 * LocalDate due = utrecht.plusWorkingDays(LocalDate.of(2026, 5, 13), 3);   // 2026-05-20
 * }</pre>
 *
 * <p>Working-day arithmetic is closed-form over weeks and visits only the days off in the range, so
 * {@link #plusWorkingDays} and {@link #workingDaysBetween} cost O(days off spanned), not O(days).
 * Each year's days off are computed once, on first use, and cached in the instance.
 *
 * <p>Dates before {@value #FIRST_YEAR} are refused with an {@link IllegalArgumentException}
 * wherever the calendar has to look at them.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class DutchCalendar extends WeekdayCalendar {

  /** The first year this calendar knows: the first Koninginnedag on 30 April. */
  public static final int FIRST_YEAR = 1949;

  /** Years cached per instance; later years are computed on each use (correct, slower). */
  private static final int CACHED_YEARS = 512;

  private static final DutchCalendar STANDARD = builder().build();
  private static final DutchCalendar STATUTORY = builder().goodFridayOff(true).build();

  private final boolean goodFridayOff;
  private final LiberationDayRule liberationDay;
  private final List<LocalDate> closingDays;
  /** The closing days as sorted epoch days, for range lookups. */
  private final long[] closingEpochDays;
  /** Per year from FIRST_YEAR: the sorted epoch days of the weekdays that are off, filled lazily. */
  private final AtomicReferenceArray<long[]> offWeekdaysByYear =
      new AtomicReferenceArray<>(CACHED_YEARS);

  private DutchCalendar(Builder builder) {
    this.goodFridayOff = builder.goodFridayOff;
    this.liberationDay = builder.liberationDay;
    this.closingDays = List.copyOf(builder.closingDays);
    this.closingEpochDays = closingDays.stream().mapToLong(LocalDate::toEpochDay).toArray();
  }

  /**
   * The calendar of the Cao Gemeenten: Goede Vrijdag is a working day, Bevrijdingsdag is a day off
   * every year, no closing days. The same instance on every call.
   */
  public static DutchCalendar standard() {
    return STANDARD;
  }

  /**
   * The calendar of the Algemene termijnenwet, for statutory terms: every holiday of art. 3,
   * Goede Vrijdag (art. 3(2)) and 5 May every year included. Days equated by decree for a single
   * year are not included. The same instance on every call.
   */
  public static DutchCalendar statutory() {
    return STATUTORY;
  }

  /** A builder starting from the {@link #standard()} settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether Goede Vrijdag is a day off. */
  public boolean goodFridayOff() {
    return goodFridayOff;
  }

  /** When Bevrijdingsdag is a day off. */
  public LiberationDayRule liberationDay() {
    return liberationDay;
  }

  /** The municipality's own closing days, in date order, without duplicates. */
  public List<LocalDate> closingDays() {
    return closingDays;
  }

  /**
   * The public holidays that are a day off on this calendar in {@code year}, with their dates, in
   * {@link PublicHoliday} order. Holidays configured as working days (e.g. Goede Vrijdag on the
   * standard calendar) are left out; {@link PublicHoliday#dateIn(int)} gives every date. Two
   * holidays may share a date (Koningsdag and Tweede Paasdag, Bevrijdingsdag and Hemelvaartsdag).
   *
   * @throws IllegalArgumentException if {@code year} is before {@value #FIRST_YEAR}
   */
  public Map<PublicHoliday, LocalDate> holidays(int year) {
    PublicHoliday.checkYear(year);
    LocalDate easterSunday = Easter.sunday(year);
    Map<PublicHoliday, LocalDate> holidays = new EnumMap<>(PublicHoliday.class);
    for (PublicHoliday holiday : PublicHoliday.values()) {
      if (isDayOff(holiday, year)) {
        holidays.put(holiday, holiday.dateIn(year, easterSunday));
      }
    }
    return Collections.unmodifiableMap(holidays);
  }

  private boolean isDayOff(PublicHoliday holiday, int year) {
    switch (holiday) {
      case GOOD_FRIDAY:
        return goodFridayOff;
      case LIBERATION_DAY:
        return liberationDay.isDayOff(year);
      default:
        return true;
    }
  }

  @Override
  boolean isOffWeekday(LocalDate date) {
    return Arrays.binarySearch(offWeekdays(date.getYear()), date.toEpochDay()) >= 0;
  }

  @Override
  long countOffWeekdays(long fromExclusive, long toInclusive) {
    long count = 0;
    int lastYear = yearOf(toInclusive);
    for (int year = yearOf(fromExclusive + 1); year <= lastYear; year++) {
      long[] off = offWeekdays(year);
      count += countAfter(off, fromExclusive) - countAfter(off, toInclusive);
    }
    return count;
  }

  /** How many of the sorted, distinct {@code days} are after {@code day}. */
  private static int countAfter(long[] days, long day) {
    int found = Arrays.binarySearch(days, day);
    int firstAfter = found >= 0 ? found + 1 : -found - 1;
    return days.length - firstAfter;
  }

  private long[] offWeekdays(int year) {
    PublicHoliday.checkYear(year);
    int index = year - FIRST_YEAR;
    if (index >= CACHED_YEARS) {
      return computeOffWeekdays(year);
    }
    long[] cached = offWeekdaysByYear.get(index);
    if (cached == null) {
      // Racing threads compute equal arrays; whichever lands first is kept.
      offWeekdaysByYear.compareAndSet(index, null, computeOffWeekdays(year));
      cached = offWeekdaysByYear.get(index);
    }
    return cached;
  }

  private long[] computeOffWeekdays(int year) {
    TreeSet<Long> off = new TreeSet<>();
    for (LocalDate holiday : holidays(year).values()) {
      addIfWeekday(off, holiday);
    }
    int from = lowerBound(closingEpochDays, firstDayOfYear(year));
    int to = lowerBound(closingEpochDays, firstDayOfYear(year + 1L));
    for (int i = from; i < to; i++) {
      addIfWeekday(off, LocalDate.ofEpochDay(closingEpochDays[i]));
    }
    return off.stream().mapToLong(Long::longValue).toArray();
  }

  private static void addIfWeekday(TreeSet<Long> off, LocalDate date) {
    if (isWeekday(date.getDayOfWeek())) {
      off.add(date.toEpochDay());
    }
  }

  /** The index of the first of the sorted, distinct {@code days} on or after {@code day}. */
  private static int lowerBound(long[] days, long day) {
    int found = Arrays.binarySearch(days, day);
    return found >= 0 ? found : -found - 1;
  }

  /** Equal when the configuration is equal: the same days are working days. */
  @Override
  public boolean equals(Object other) {
    return other instanceof DutchCalendar that
        && goodFridayOff == that.goodFridayOff
        && liberationDay == that.liberationDay
        && closingDays.equals(that.closingDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(goodFridayOff, liberationDay, closingDays);
  }

  /** The settings; more than a few closing days are summarised by their number and range. */
  @Override
  public String toString() {
    String closing =
        closingDays.size() <= 5
            ? closingDays.toString()
            : closingDays.size()
                + " days from "
                + closingDays.get(0)
                + " to "
                + closingDays.get(closingDays.size() - 1);
    return "DutchCalendar[goodFridayOff="
        + goodFridayOff
        + ", liberationDay="
        + liberationDay
        + ", closingDays="
        + closing
        + "]";
  }

  /**
   * Builds a {@link DutchCalendar}; starts from the {@link #standard()} settings.
   *
   * <p>This class is not threadsafe.
   */
  public static final class Builder {
    private boolean goodFridayOff;
    private LiberationDayRule liberationDay = LiberationDayRule.EVERY_YEAR;
    private final TreeSet<LocalDate> closingDays = new TreeSet<>();

    private Builder() {}

    /** Whether Goede Vrijdag is a day off; {@code false} by default. */
    public Builder goodFridayOff(boolean off) {
      this.goodFridayOff = off;
      return this;
    }

    /** When Bevrijdingsdag is a day off; {@link LiberationDayRule#EVERY_YEAR} by default. */
    public Builder liberationDay(LiberationDayRule rule) {
      this.liberationDay = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Adds a day the municipality is closed (e.g. a bridge day after Ascension Day). A closing day
     * on a weekend or a holiday changes nothing.
     *
     * @throws IllegalArgumentException if {@code date} is before {@value #FIRST_YEAR}
     */
    public Builder closingDay(LocalDate date) {
      Objects.requireNonNull(date, "date");
      checkArgument(
          date.getYear() >= FIRST_YEAR,
          "closing day (%s) is before %s, the first year the Dutch calendar knows",
          date,
          FIRST_YEAR);
      closingDays.add(date);
      return this;
    }

    /**
     * Adds every day in {@code dates} as a {@link #closingDay(LocalDate) closing day}.
     *
     * @throws IllegalArgumentException if a date is before {@value #FIRST_YEAR}
     */
    public Builder closingDays(Collection<LocalDate> dates) {
      Objects.requireNonNull(dates, "dates");
      for (LocalDate date : dates) {
        closingDay(date);
      }
      return this;
    }

    /** The calendar; the builder can be reused. */
    public DutchCalendar build() {
      return new DutchCalendar(this);
    }
  }
}
