package nl.schuldhulp.workflow.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * One entry of a case's phase history: the phase and when the case entered it. Keeps the instant
 * as seconds and nanoseconds, a third of the memory of a separate {@link Instant}.
 *
 * <p>This class is immutable and threadsafe; equal entries are {@link #equals equal}.
 */
public final class PhaseEntry {
  private final Phase phase;
  private final long seconds;
  private final int nanos;

  /**
   * An entry of {@code phase} entered at {@code enteredAt}.
   *
   * @param phase the phase
   * @param enteredAt when the case entered it
   */
  public PhaseEntry(Phase phase, Instant enteredAt) {
    this.phase = Objects.requireNonNull(phase, "phase");
    this.seconds = enteredAt.getEpochSecond();
    this.nanos = enteredAt.getNano();
  }

  /** The phase. */
  public Phase phase() {
    return phase;
  }

  /** When the case entered it. */
  public Instant enteredAt() {
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** The date the case entered the phase, in Europe/Amsterdam. */
  public LocalDate enteredOn() {
    return LocalDate.ofInstant(enteredAt(), BusinessCalendar.ZONE);
  }

  @Override
  public boolean equals(Object other) {
    return other == this
        || other instanceof PhaseEntry
            && phase == ((PhaseEntry) other).phase
            && seconds == ((PhaseEntry) other).seconds
            && nanos == ((PhaseEntry) other).nanos;
  }

  @Override
  public int hashCode() {
    return Objects.hash(phase, seconds, nanos);
  }

  /** As a record would show it. */
  @Override
  public String toString() {
    return "PhaseEntry[phase=" + phase + ", enteredAt=" + enteredAt() + "]";
  }
}
