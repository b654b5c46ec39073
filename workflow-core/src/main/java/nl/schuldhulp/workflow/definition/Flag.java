package nl.schuldhulp.workflow.definition;

/** The flags a case can carry; guards and norm conditions read them. */
public enum Flag {
  /**
   * <i>dreigende situatie</i>: imminent eviction; cut-off of gas, water, electricity or district
   * heating; or termination of health insurance (Wgs art. 4a(2); Besluit gemeentelijke
   * schuldhulpverlening). Triggers the 3-working-day norm.
   */
  URGENT("dreigende situatie"),
  /** <i>crisis</i>: an acute financial emergency; starts the crisis route. */
  CRISIS("crisis"),
  /** <i>ondernemer</i>: the client is an entrepreneur; some norms differ (NVVK). */
  ENTREPRENEUR("ondernemer");

  private final String label;

  Flag(String label) {
    this.label = label;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }
}
