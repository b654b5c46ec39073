package nl.schuldhulp.workflow.definition;

/**
 * Activities that run beside the main step, each with its own start and end, as the national DDAS
 * exchange model has them: crisis interventions, moratoria and provisional measures,
 * guidance (<i>begeleiding</i>), information and advice, and the debt settlement itself.
 */
public enum ActivityKind {
  /** <i>crisisinterventie</i>; may run several times in one case. */
  CRISIS_INTERVENTION("crisisinterventie", true),
  /** <i>moratorium</i>: a breathing space in which creditors may not collect. */
  MORATORIUM("moratorium", true),
  /** <i>voorlopige voorziening</i>: a provisional court measure. */
  PROVISIONAL_MEASURE("voorlopige voorziening", true),
  /** <i>budgetcoaching / budgetbegeleiding</i>: coaching without taking over the money. */
  BUDGET_COACHING("budgetcoaching", false),
  /** <i>budgetbeheer</i>: income is received and fixed costs paid on the client's behalf. */
  BUDGET_MANAGEMENT("budgetbeheer", false),
  /** <i>beschermingsbewind</i>: protective administration. */
  PROTECTIVE_ADMINISTRATION("beschermingsbewind", false),
  /** <i>langdurige begeleiding</i>: long-term guidance. */
  LONG_TERM_GUIDANCE("langdurige begeleiding", false),
  /** <i>psychosociale begeleiding</i>: psychosocial guidance, e.g. by social work. */
  PSYCHOSOCIAL_GUIDANCE("psychosociale begeleiding", false),
  /** <i>informatie en advies</i>. */
  INFORMATION_AND_ADVICE("informatie en advies", true),
  /** <i>schuldregeling</i>: the settlement itself, e.g. a minnelijke schuldregeling. */
  DEBT_SETTLEMENT("schuldregeling", false);

  private final String label;
  private final boolean repeatable;

  ActivityKind(String label, boolean repeatable) {
    this.label = label;
    this.repeatable = repeatable;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }

  /** Whether the activity may run more than once in one case. */
  public boolean repeatable() {
    return repeatable;
  }
}
