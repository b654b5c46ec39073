package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.time.LocalDate;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * One entry of a case's phase history: the phase and when the case entered it.
 *
 * <p>This class is immutable and threadsafe.
 *
 * @param phase the phase
 * @param enteredAt when the case entered it
 */
public record PhaseEntry(Phase phase, Instant enteredAt) {
  /** The date the case entered the phase, in Europe/Amsterdam. */
  public LocalDate enteredOn() {
    return LocalDate.ofInstant(enteredAt, BusinessCalendar.ZONE);
  }
}
