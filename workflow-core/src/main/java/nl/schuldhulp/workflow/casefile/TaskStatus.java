package nl.schuldhulp.workflow.casefile;

/** Where a task stands. A task that is done or cancelled never becomes open again. */
public enum TaskStatus {
  /** Still to do. */
  OPEN,
  /** Done. */
  DONE,
  /** Dropped; it will not be done. */
  CANCELLED
}
