package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.time.LocalDate;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * How and why a case was closed (<i>loslaten</i>, R-64).
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param exit the exit criteria id that were met
 * @param type the closure type
 * @param decidedBy who decided
 * @param consultation the consultation where it was decided; empty when none was required
 * @param reason the reason
 * @param step the step the case was closed from
 * @param closedAt when
 */
public record Closure(
    String exit, ClosureType type, String decidedBy, String consultation, String reason, String step, Instant closedAt) {
  /** The date of closure, in Europe/Amsterdam. */
  public LocalDate closedOn() {
    return LocalDate.ofInstant(closedAt, BusinessCalendar.ZONE);
  }
}
