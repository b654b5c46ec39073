package nl.schuldhulp.workflow.casefile;

/** Where an appointment stands. */
public enum AppointmentStatus {
  /** Made and not yet recorded. */
  SCHEDULED,
  /** It took place. */
  HELD,
  /** It did not take place: a no-show or a cancellation by someone involved. */
  MISSED,
  /** Called off because the case closed before it took place. */
  CANCELLED
}
