package nl.schuldhulp.workflow.casefile;

/**
 * How a parallel activity ended: completed by the organisation carrying it out (or the client
 * lead), or stopped because the case was closed. Only a completed activity reaches the milestone
 * {@code ActivityEnded} that norms count to, so closing a case during a crisis intervention does
 * not meet the crisis-intervention norm.
 */
public enum ActivityOutcome {
  /** <i>afgerond</i>: ended by an {@code EndActivity} command; the activity ran its course. */
  COMPLETED("afgerond"),
  /** <i>gestopt bij sluiting</i>: stopped by closing the case while it ran. */
  STOPPED_BY_CLOSURE("gestopt bij sluiting");

  private final String label;

  ActivityOutcome(String label) {
    this.label = label;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }
}
