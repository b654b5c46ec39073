package nl.schuldhulp.workflow.definition;

/**
 * The canonical NVVK phases of debt assistance, the fixed backbone every municipal step maps onto
 * . The Dutch term is the label shown to people; the constant is the identifier in code.
 */
public enum Phase {
  /** <i>vroegsignalering</i>: residents with money problems are brought into view. */
  EARLY_SIGNALLING("vroegsignalering"),
  /** <i>aanmelding</i>: the resident applies, or is put forward, for help. */
  REGISTRATION("aanmelding"),
  /** <i>intake</i>: the first substantive assessment; decides route and partner. */
  INTAKE("intake"),
  /** <i>stabilisatie</i>: bring calm, stop new arrears, secure income and fixed costs. */
  STABILISATION("stabilisatie"),
  /** <i>oplossen</i>: resolve the debts (payment plan, mediation, restructuring loan, Wsnp). */
  SOLUTION("oplossen"),
  /** <i>nazorg</i>: support after the trajectory to prevent new debts. */
  AFTERCARE("nazorg");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  /** The Dutch display label, e.g. {@code "stabilisatie"}. */
  public String label() {
    return label;
  }
}
