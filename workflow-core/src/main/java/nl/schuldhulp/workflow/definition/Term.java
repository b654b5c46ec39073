package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;

/**
 * A length of time as people state it in a norm or a service level (<i>termijn</i>): "4 weeks",
 * "3 working days", "18 months". Working days are resolved against a business calendar by the
 * time package; the other units are plain calendar arithmetic.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param amount how many units, zero or more
 * @param unit the unit
 */
public record Term(@PositiveOrZero int amount, TermUnit unit) {
  /** Checks the arguments. */
  public Term {
    Objects.requireNonNull(unit, "unit");
    checkArgument(amount >= 0, "amount (%s) must not be negative", amount);
  }

  /** {@code amount} calendar days. */
  public static Term days(int amount) {
    return new Term(amount, TermUnit.DAYS);
  }

  /** {@code amount} working days (werkdagen). */
  public static Term workingDays(int amount) {
    return new Term(amount, TermUnit.WORKING_DAYS);
  }

  /** {@code amount} weeks. */
  public static Term weeks(int amount) {
    return new Term(amount, TermUnit.WEEKS);
  }

  /** {@code amount} months. */
  public static Term months(int amount) {
    return new Term(amount, TermUnit.MONTHS);
  }

  /** An approximate length in calendar days, for comparing terms of different units. */
  public long approximateDays() {
    if (unit == TermUnit.WORKING_DAYS) {
      return (long) Math.ceil(amount * 7.0 / 5.0);
    }
    return (unit == TermUnit.WEEKS ? 7L : unit == TermUnit.MONTHS ? 31L : 1L) * amount;
  }

  /** Reads as Dutch, e.g. {@code "3 werkdagen"}. */
  @Override
  public String toString() {
    return amount + " " + unit.label();
  }
}
