package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates between which a rule is in force, both inclusive. A norm applies to a case when
 * the moment it starts counting from falls within its validity; e.g. the 18-month settlement term
 * is valid from 1 July 2023, the 36-month term until 30 June 2023.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param from first day in force
 * @param until last day in force
 */
public record Validity(LocalDate from, LocalDate until) {
  /** In force on every day. */
  public static final Validity ALWAYS = new Validity(LocalDate.MIN, LocalDate.MAX);

  /** Checks the arguments. */
  public Validity {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    checkArgument(!until.isBefore(from), "until (%s) must not be before from (%s)", until, from);
  }

  /** In force from {@code from} on. */
  public static Validity from(LocalDate from) {
    return new Validity(from, LocalDate.MAX);
  }

  /** In force until {@code until}, inclusive. */
  public static Validity until(LocalDate until) {
    return new Validity(LocalDate.MIN, until);
  }

  /** Whether the rule is in force on {@code date}. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(until);
  }

  /** Whether the two validities share at least one day. */
  public boolean overlaps(Validity other) {
    return !other.until.isBefore(from) && !other.from.isAfter(until);
  }
}
