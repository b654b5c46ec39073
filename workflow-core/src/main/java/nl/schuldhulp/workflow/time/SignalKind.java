package nl.schuldhulp.workflow.time;

/**
 * The kinds of warning signal at the critical moments where clients get lost,
 * each with its Dutch label. When each arises is set by the definition's {@link
 * nl.schuldhulp.workflow.definition.SignalRules}.
 */
public enum SignalKind {
  /** No client contact for the set term, or the set number of missed appointments in a row. */
  CONTACT_LOST("contact verloren"),
  /** No contact followed a driegesprek or advice meeting within the set term. */
  NO_FOLLOW_UP("geen vervolg na gesprek"),
  /** A crisis is over: closer monitoring for the set period. */
  CRISIS_MONITORING("verscherpt volgen na crisis"),
  /** A life event was recorded and no new assessment since: a financial re-screen is due. */
  RESCREENING_DUE("herscreening nodig"),
  /** A proposed regie handover was not accepted within the set term. */
  HANDOVER_NOT_ACCEPTED("overdracht niet geaccepteerd"),
  /** The case stayed in one step longer than the step's stall term. */
  STALLED("zaak staat stil"),
  /** An open task is past its due date; the subject is the task, the owner its owner. */
  TASK_OVERDUE("taak te laat"),
  /** A norm's deadline passed before its end milestone. */
  NORM_BREACHED("norm overschreden"),
  /** A norm is due within the definition's warning lead time. */
  NORM_DUE_SOON("norm verloopt binnenkort"),
  /** The case came back within the re-registration window after closure (revolving door, R-68). */
  RETURNING_CLIENT("terugkerende cliënt");

  private final String label;

  SignalKind(String label) {
    this.label = label;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }
}
