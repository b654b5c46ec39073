package nl.schuldhulp.workflow.definition;

/**
 * The kind of a partner organisation in the debt-help chain. The local name (Kredietbank,
 * Stadsbank, BAC, ...) is the organisation's label; the kind says what it is.
 */
public enum OrganisationKind {
  /** <i>gemeente</i>: the municipality in its own role, e.g. policy or access decisions. */
  MUNICIPALITY("gemeente"),
  /** <i>gemeentelijke schulddienstverlening</i> (SDV, W&amp;I, Sociale Zaken). */
  MUNICIPAL_DEBT_SERVICE("gemeentelijke schulddienstverlening"),
  /** <i>kredietbank / stadsbank / BAC / BSB</i>: the body that runs technical debt help. */
  CREDIT_BANK("kredietbank"),
  /** <i>buurtteam / wijkteam</i>: generalist district team. */
  NEIGHBOURHOOD_TEAM("buurtteam"),
  /** <i>maatschappelijk werk</i>: psychosocial support. */
  SOCIAL_WORK("maatschappelijk werk"),
  /** <i>sociaal raadslieden</i>: advice on benefits, allowances and income repair. */
  SOCIAL_COUNSEL("sociaal raadslieden"),
  /** <i>welzijnsorganisatie</i>: broad welfare body. */
  WELFARE_ORGANISATION("welzijnsorganisatie"),
  /** <i>woningcorporatie</i>: social landlord, signals rent arrears. */
  HOUSING_CORPORATION("woningcorporatie"),
  /** <i>energieleverancier / waterbedrijf</i>: utility supplier, signals arrears. */
  UTILITY_COMPANY("nutsbedrijf"),
  /** <i>zorgverzekeraar</i>: health insurer, signals arrears. */
  HEALTH_INSURER("zorgverzekeraar"),
  /** <i>GGD / GG&amp;GD</i>: public health service. */
  PUBLIC_HEALTH_SERVICE("GGD"),
  /** <i>zorgaanbieder</i>: care provider (mental health, addiction, disability, shelter). */
  CARE_PROVIDER("zorgaanbieder"),
  /** <i>jeugdzorg</i>: youth care and child protection. */
  YOUTH_CARE("jeugdzorg"),
  /** <i>vrijwilligersinitiatief</i>: informal or volunteer initiative (spoor 1). */
  VOLUNTEER_INITIATIVE("vrijwilligersinitiatief"),
  /** <i>beschermingsbewind</i>: protective administrator. */
  PROTECTIVE_ADMINISTRATOR("bewindvoerder"),
  /** Any other partner; say what it is in the label. */
  OTHER("overig");

  private final String label;

  OrganisationKind(String label) {
    this.label = label;
  }

  /** The Dutch display label. */
  public String label() {
    return label;
  }
}
