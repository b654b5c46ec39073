package nl.schuldhulp.workflow.casefile;

/** The outcome of a decision on access to debt help (<i>beschikking</i>, Wgs art. 4a). */
public enum AccessOutcome {
  /** <i>toelating</i>: the applicant is admitted and becomes a client. */
  ADMITTED("toelating"),
  /** <i>afwijzing</i>: access is refused, with grounds. */
  REFUSED("afwijzing");

  private final String label;

  AccessOutcome(String label) {
    this.label = label;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }
}
