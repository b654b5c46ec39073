package nl.schuldhulp.workflow.time;

/**
 * Whether Bevrijdingsdag (5 May) is a day off. It is a public holiday every year (Algemene
 * termijnenwet, art. 3), but whether offices close is a matter of the collective agreement: the
 * Cao Gemeenten makes it a paid day off every year from 2024, the Rijksoverheid has closed on it
 * every year since 1982, and many other agreements follow the 1959 advice of the Stichting van de
 * Arbeid to give it off only in lustrum years (2020, 2025, ...).
 *
 * <p>This enum is immutable and threadsafe.
 */
public enum LiberationDayRule {
  /** A day off every year. */
  EVERY_YEAR,
  /** A day off only in years divisible by five (lustrum years of the liberation in 1945). */
  LUSTRUM_YEARS_ONLY,
  /** Never a day off. */
  NEVER;

  /** Whether 5 May of {@code year} is a day off under this rule. */
  boolean isDayOff(int year) {
    switch (this) {
      case EVERY_YEAR:
        return true;
      case LUSTRUM_YEARS_ONLY:
        return year % 5 == 0;
      case NEVER:
        return false;
      default:
        throw new AssertionError(this);
    }
  }
}
