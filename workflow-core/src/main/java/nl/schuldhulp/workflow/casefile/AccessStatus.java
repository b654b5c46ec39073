package nl.schuldhulp.workflow.casefile;

/**
 * Where the decision on access stands. Until an admission the household is an applicant
 * (<i>aanvrager</i>); from admission on it is a client and duties such as the duty to cooperate
 * apply.
 */
public enum AccessStatus {
  /** No decision on access yet: the household is an applicant. */
  UNDECIDED,
  /** Admitted (<i>toelating</i>): the household is a client. */
  ADMITTED,
  /** Refused (<i>afwijzing</i>). */
  REFUSED,
  /** Admitted and later terminated against the client's will (<i>beëindiging</i>). */
  TERMINATED
}
