package nl.schuldhulp.workflow.jackson.events;

/**
 * Thrown inside the reader when a value cannot be read; caught by {@link Cursor#read} and turned
 * into one {@link EventProblem} at the value's pointer. Never leaves the package.
 */
final class Rejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Cursor at;
  private final EventProblem.Kind kind;

  Rejected(Cursor at, EventProblem.Kind kind, String message) {
    super(message, null, false, false);
    this.at = at;
    this.kind = kind;
  }

  void report() {
    at.report(kind, getMessage());
  }
}
