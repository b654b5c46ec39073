package nl.schuldhulp.workflow.definition;

/** The kinds of appointment (<i>afspraak</i>) a case records. */
public enum AppointmentKind {
  /** <i>kennismakingsgesprek</i>: first conversation with a neighbourhood-team worker. */
  INTRODUCTORY_MEETING("kennismakingsgesprek", false),
  /** <i>intakegesprek</i>. */
  INTAKE("intakegesprek", false),
  /** <i>huisbezoek</i>. */
  HOME_VISIT("huisbezoek", false),
  /** <i>driegesprek</i>: client, neighbourhood-team worker and specialist. */
  TRIPARTITE_MEETING("driegesprek", true),
  /** <i>adviesgesprek</i>. */
  ADVICE_MEETING("adviesgesprek", true),
  /** <i>voortgangsgesprek</i>. */
  PROGRESS_REVIEW("voortgangsgesprek", false),
  /** <i>overdrachtsgesprek</i>: the meeting of a warm handover with the receiving partner. */
  HANDOVER_MEETING("overdrachtsgesprek", false),
  /** <i>exitgesprek</i>. */
  EXIT_INTERVIEW("exitgesprek", false),
  /** <i>nazorggesprek</i>. */
  AFTERCARE_CHECK("nazorggesprek", false);

  private final String label;
  private final boolean needsFollowUp;

  AppointmentKind(String label, boolean needsFollowUp) {
    this.label = label;
    this.needsFollowUp = needsFollowUp;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }

  /**
   * Whether recording it as held requires a follow-up appointment or a reason for none: true
   * for the driegesprek and the adviesgesprek.
   */
  public boolean needsFollowUp() {
    return needsFollowUp;
  }
}
