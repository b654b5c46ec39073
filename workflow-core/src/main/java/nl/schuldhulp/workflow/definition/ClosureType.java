package nl.schuldhulp.workflow.definition;

/** How support ends (<i>loslaten</i>, R-64 to R-66). */
public enum ClosureType {
  /** <i>positief</i>: the exit criteria for a good ending are met. */
  POSITIVE("positief afgesloten"),
  /** <i>negatief</i>: the client withdrew or broke the conditions. */
  NEGATIVE("negatief afgesloten"),
  /** <i>contact verloren</i>: contact was lost despite documented attempts. */
  CONTACT_LOST("contact verloren"),
  /** <i>verwezen</i>: the client was referred elsewhere and the referral accepted. */
  REFERRED("doorverwezen");

  private final String label;

  ClosureType(String label) {
    this.label = label;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }
}
