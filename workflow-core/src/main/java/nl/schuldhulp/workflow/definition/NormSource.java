package nl.schuldhulp.workflow.definition;

/** Where a norm comes from: the law, the sector's code of conduct, or local policy. */
public enum NormSource {
  /** Wet gemeentelijke schuldhulpverlening (Wgs) and the Besluit gemeentelijke schuldhulpverlening. */
  WGS("Wgs"),
  /** NVVK code of conduct and modules (e.g. Module Crisisinterventie). */
  NVVK("NVVK"),
  /** The municipality's own service level or covenant with partners. */
  LOCAL("lokaal");

  private final String label;

  NormSource(String label) {
    this.label = label;
  }

  /** The display label. */
  public String label() {
    return label;
  }
}
