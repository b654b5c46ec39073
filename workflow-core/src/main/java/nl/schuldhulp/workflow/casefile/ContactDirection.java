package nl.schuldhulp.workflow.casefile;

/** Whether a contact came from the client or went to the client. */
public enum ContactDirection {
  /** From the client to a professional. */
  INBOUND,
  /** From a professional to the client. */
  OUTBOUND
}
