package nl.schuldhulp.workflow.definition;

/** How regie is handed to the next organisation. */
public enum HandoverMode {
  /** <i>warme overdracht</i>: an appointment with the receiver is booked; a mere referral is not enough. */
  WARM("warme overdracht"),
  /** <i>koude overdracht</i>: information only. */
  COLD("koude overdracht"),
  /** <i>dossieroverdracht</i>: a file is passed on (e.g. the Tilburg zorgdossier). */
  FILE_TRANSFER("dossieroverdracht");

  private final String label;

  HandoverMode(String label) {
    this.label = label;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }
}
