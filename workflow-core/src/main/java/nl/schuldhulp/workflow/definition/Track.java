package nl.schuldhulp.workflow.definition;

/**
 * The track (<i>spoor</i>) of the three-track care model an organisation works on:
 * social base, basic care by the neighbourhood teams, or supplementary specialist care.
 */
public enum Track {
  /** <i>spoor 1, sociale basis</i>: own strength and informal help. */
  SOCIAL_BASE("spoor 1"),
  /** <i>spoor 2, sociale basiszorg</i>: the neighbourhood teams. */
  BASIC_CARE("spoor 2"),
  /** <i>spoor 3, aanvullende zorg</i>: specialist services such as municipal debt services. */
  SPECIALIST_CARE("spoor 3"),
  /** The organisation is not placed on a track (e.g. a fixed-cost partner). */
  NONE("geen spoor");

  private final String label;

  Track(String label) {
    this.label = label;
  }

  /** The Dutch display label, e.g. {@code "spoor 2"}. */
  public String label() {
    return label;
  }
}
