package nl.schuldhulp.workflow.casefile;

/**
 * High-impact life events that undermine self-reliance, a critical moment where clients get lost
 * (PROCESS.md (d), R-50).
 */
public enum LifeEventKind {
  /** <i>overlijden naaste</i>: death of someone close. */
  BEREAVEMENT("overlijden naaste"),
  /** <i>baanverlies</i>. */
  JOB_LOSS("baanverlies"),
  /** <i>ziekte</i>. */
  ILLNESS("ziekte"),
  /** <i>scheiding</i>. */
  DIVORCE("scheiding"),
  /** <i>geboorte</i>. */
  BIRTH("geboorte"),
  /** <i>verhuizing</i>. */
  MOVE("verhuizing"),
  /** Any other event; the professional's notes say which. */
  OTHER("overig");

  private final String label;

  LifeEventKind(String label) {
    this.label = label;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }
}
