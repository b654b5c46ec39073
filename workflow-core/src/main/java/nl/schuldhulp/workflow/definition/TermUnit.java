package nl.schuldhulp.workflow.definition;

/** The unit of a {@link Term}: calendar days, working days (werkdagen), weeks or months. */
public enum TermUnit {
  /** Calendar days, weekends and holidays included. */
  DAYS("dagen"),
  /** Working days on the municipality's business calendar (werkdagen). */
  WORKING_DAYS("werkdagen"),
  /** Calendar weeks of seven days. */
  WEEKS("weken"),
  /** Calendar months, as {@link java.time.LocalDate#plusMonths(long)} counts them. */
  MONTHS("maanden");

  private final String label;

  TermUnit(String label) {
    this.label = label;
  }

  /** The Dutch display label, e.g. {@code "werkdagen"}. */
  public String label() {
    return label;
  }
}
