package nl.schuldhulp.workflow.casefile;

/** The channel of a contact moment with the client. */
public enum ContactChannel {
  /** <i>huisbezoek of gesprek op locatie</i>: a visit. */
  VISIT("bezoek"),
  /** <i>telefoon</i>. */
  PHONE("telefoon"),
  /** <i>brief</i>: a letter by post. */
  LETTER("brief"),
  /** <i>e-mail</i>. */
  EMAIL("e-mail"),
  /** <i>bericht</i>: a message in a portal, app or text message. */
  MESSAGE("bericht");

  private final String label;

  ContactChannel(String label) {
    this.label = label;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }
}
