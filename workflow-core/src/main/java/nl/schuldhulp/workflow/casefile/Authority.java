package nl.schuldhulp.workflow.casefile;

/**
 * Who may issue a kind of command, before the command's own rule (regie holder, task owner, ...)
 * is checked. Every command is refused to an organisation not involved in the case, except that an
 * organisation offered regie may accept or decline the offer before it is involved.
 */
public enum Authority {
  /** A professional of an involved organisation, in a role of that organisation. */
  PROFESSIONAL,
  /** As {@link #PROFESSIONAL}, or one of the case's clients. */
  PROFESSIONAL_OR_CLIENT,
  /**
   * A professional of an involved organisation that may take access decisions (<i>beschikkingen</i>):
   * the municipality, its debt service or a credit bank.
   */
  ACCESS_AUTHORITY,
  /**
   * As {@link #PROFESSIONAL}, from an organisation that sees the whole case ({@link
   * OrganisationView.Scope#FULL}): a debt-help or social organisation, or a regie holder. A partner
   * such as a housing corporation may not record what it may not see: facts, flags, scores, life
   * events.
   */
  FULL_SCOPE
}
