package nl.schuldhulp.workflow.definition;

/**
 * The kinds of <i>regie</i> (R-10). While a case is open, each kind a definition uses has exactly
 * one holder.
 */
public enum LeadKind {
  /** <i>regie op de klant</i>: checks for one client that every step is done and every partner delivers. */
  CLIENT_LEAD("regie op de klant"),
  /** <i>procesregie</i>: oversight of the process, e.g. a coordinator of risk families. */
  PROCESS_LEAD("procesregie"),
  /** <i>regie op de uitvoering</i>: directs the delivery of a service engagement. */
  EXECUTION_LEAD("regie op de uitvoering");

  private final String label;

  LeadKind(String label) {
    this.label = label;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }
}
