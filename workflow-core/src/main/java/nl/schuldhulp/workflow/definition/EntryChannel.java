package nl.schuldhulp.workflow.definition;

/** How a household enters debt help. */
public enum EntryChannel {
  /** <i>zelfmelding</i>: the resident applies themselves, in any form, also orally. */
  SELF("zelfmelding"),
  /** <i>verwijzing door een professional</i>: a partner refers the resident. */
  PROFESSIONAL_REFERRAL("verwijzing professional"),
  /** <i>verwijzing door een informele partij</i>: a volunteer or informal initiative refers. */
  INFORMAL_REFERRAL("verwijzing informeel"),
  /** <i>signaal vaste-lastenpartner</i>: early warning from a landlord, utility or insurer. */
  FIXED_COST_PARTNER_SIGNAL("signaal vaste-lastenpartner"),
  /** <i>crisisdienst</i>: registered by the crisis service. */
  CRISIS_SERVICE("crisisdienst"),
  /** <i>outreachend</i>: professionals went out to the resident. */
  OUTREACH("outreach");

  private final String label;

  EntryChannel(String label) {
    this.label = label;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }
}
