package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

/**
 * What follows a held appointment: a scheduled follow-up appointment, an explicit reason
 * why there is none, or nothing recorded (allowed only for kinds that do not need a follow-up).
 *
 * <p>Implementations are immutable and threadsafe.
 */
public sealed interface FollowUp permits FollowUp.Scheduled, FollowUp.NoFollowUp, FollowUp.NotRecorded {

  /** The follow-up is the scheduled appointment {@code appointment}. */
  static FollowUp scheduled(String appointment) {
    return new Scheduled(appointment);
  }

  /** There is no follow-up, for {@code reason}. */
  static FollowUp none(String reason) {
    return new NoFollowUp(reason);
  }

  /** Nothing was recorded about a follow-up. */
  static FollowUp notRecorded() {
    return NotRecorded.INSTANCE;
  }

  /**
   * A follow-up appointment was scheduled.
   *
   * @param appointment the id of the follow-up appointment in the same case
   */
  record Scheduled(String appointment) implements FollowUp {
    /** Checks the argument. */
    public Scheduled {
      requireText(appointment, "appointment");
    }
  }

  /**
   * No follow-up, for a stated reason.
   *
   * @param reason why there is no follow-up appointment, in plain words
   */
  record NoFollowUp(String reason) implements FollowUp {
    /** Checks the argument. */
    public NoFollowUp {
      requireText(reason, "reason");
    }
  }

  /** Nothing recorded. */
  enum NotRecorded implements FollowUp {
    /** The single instance. */
    INSTANCE
  }
}
