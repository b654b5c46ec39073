package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one run of a norm's clock stands for a case at an instant: {@link Pending} (due on a
 * date), {@link Met} (at an instant), {@link Breached} (since the deadline, by how long) or {@link
 * NotApplicable} (with the reason). Computed by {@link NormEvaluator}, never stored.
 *
 * <p>A clock run starts when the norm's start milestone happens and ends when its end milestone
 * happens or the case is closed; a milestone that recurs (a second crisis intervention) starts a
 * new run, so one norm can have several statuses, told apart by {@link #norm()} and {@code
 * started}. A run that was met stays met at every later instant; a run that was breached stays
 * breached.
 *
 * <p>Implementations are immutable and threadsafe.
 */
public sealed interface NormStatus
    permits NormStatus.Pending, NormStatus.Met, NormStatus.Breached, NormStatus.NotApplicable {

  /** The norm id. */
  String norm();

  /**
   * The clock runs and the deadline has not passed.
   *
   * @param norm the norm id
   * @param started when the clock started (the start milestone)
   * @param due the last day on which reaching the end milestone meets the norm, moved by every
   *     extension and suspension so far; while suspended, as if the clock ran again at the instant
   *     evaluated
   * @param suspended whether the clock is stopped (<i>opgeschort</i>) at the instant evaluated
   */
  record Pending(String norm, Instant started, LocalDate due, boolean suspended) implements NormStatus {
    /** Checks the arguments. */
    public Pending {
      requireText(norm, "norm");
      Objects.requireNonNull(started, "started");
      Objects.requireNonNull(due, "due");
    }
  }

  /**
   * The end milestone was reached in time.
   *
   * @param norm the norm id
   * @param started when the clock started
   * @param due the due date that applied
   * @param at when the end milestone was reached
   */
  record Met(String norm, Instant started, LocalDate due, Instant at) implements NormStatus {
    /** Checks the arguments. */
    public Met {
      requireText(norm, "norm");
      Objects.requireNonNull(started, "started");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The deadline passed before the end milestone was reached.
   *
   * @param norm the norm id
   * @param started when the clock started
   * @param due the due date that applied
   * @param since the deadline: the start of the day after {@code due} in {@link
   *     BusinessCalendar#ZONE}
   * @param by how long past the deadline: until the end milestone, until the closure, or while
   *     the clock still runs until the instant evaluated
   * @param clock whether the clock still runs, the end milestone was reached late, or the case was
   *     closed without reaching it
   */
  record Breached(String norm, Instant started, LocalDate due, Instant since, Duration by, Clock clock)
      implements NormStatus {
    /** Checks the arguments. */
    public Breached {
      requireText(norm, "norm");
      Objects.requireNonNull(started, "started");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(by, "by");
      checkArgument(!by.isNegative(), "by (%s) must not be negative", by);
      Objects.requireNonNull(clock, "clock");
    }

    /** Where the clock of a breached norm stands. */
    public enum Clock {
      /** It still runs: the end milestone has not been reached. */
      RUNNING,
      /** The end milestone was reached, late. */
      REACHED,
      /** The case was closed after the deadline without reaching the end milestone. */
      CASE_CLOSED
    }
  }

  /**
   * The norm does not apply: its clock never started, its start fell outside its validity, its
   * condition does not hold, the end milestone was reached before the clock started, or the case
   * was closed before the deadline.
   *
   * @param norm the norm id
   * @param reason why, in plain Dutch
   */
  record NotApplicable(String norm, String reason) implements NormStatus {
    /** Checks the arguments. */
    public NotApplicable {
      requireText(norm, "norm");
      requireText(reason, "reason");
    }
  }
}
