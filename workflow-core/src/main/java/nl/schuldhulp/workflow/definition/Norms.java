package nl.schuldhulp.workflow.definition;

import java.time.LocalDate;
import java.util.List;

/**
 * The built-in norm set: the legal Wgs deadlines and the NVVK sector norms. Municipalities add
 * their own local norms beside them; the validator requires the {@link #legal()} norms unless a
 * {@link NormWaiver} says why not.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class Norms {
  /** Id of {@link #firstConversation()}. */
  public static final String FIRST_CONVERSATION = "wgs-eerste-gesprek";
  /** Id of {@link #firstConversationThreatening()}. */
  public static final String FIRST_CONVERSATION_THREATENING = "wgs-eerste-gesprek-dreigend";
  /** Id of {@link #accessDecision()}. */
  public static final String ACCESS_DECISION = "wgs-beschikking";
  /** Id of {@link #crisisIntervention()}. */
  public static final String CRISIS_INTERVENTION = "nvvk-crisisinterventie";
  /** Id of {@link #crisisInterventionEntrepreneur()}. */
  public static final String CRISIS_INTERVENTION_ENTREPRENEUR = "nvvk-crisisinterventie-ondernemer";
  /** Id of {@link #settlementProposal()}. */
  public static final String SETTLEMENT_PROPOSAL = "nvvk-schuldregelingsvoorstel";
  /** Id of {@link #settlementDuration()}. */
  public static final String SETTLEMENT_DURATION = "minnelijke-regeling-looptijd";
  /** Id of {@link #settlementDurationBefore2023()}. */
  public static final String SETTLEMENT_DURATION_BEFORE_2023 = "minnelijke-regeling-looptijd-tot-2023";

  /** The day the 18-month settlement term took effect. */
  public static final LocalDate SHORTER_SETTLEMENTS_FROM = LocalDate.of(2023, 7, 1);

  private Norms() {}

  /**
   * First conversation within 4 weeks of the request for help, which may be made in any form, also
   * orally. Source: Wgs art. 4a lid 1.
   */
  public static Norm firstConversation() {
    return new Norm(
        FIRST_CONVERSATION,
        "Eerste gesprek binnen 4 weken na de hulpvraag",
        NormSource.WGS,
        Milestone.Registered.INSTANCE,
        Milestone.FirstConversation.INSTANCE,
        Term.weeks(4),
        Guard.always(),
        Validity.ALWAYS,
        "Wgs art. 4a lid 1");
  }

  /**
   * First conversation within 3 working days in a threatening situation: imminent eviction; cut-off
   * of gas, water, electricity or district heating; termination of health insurance. Sources: Wgs
   * art. 4a lid 2; Besluit gemeentelijke schuldhulpverlening; NVVK Module Crisisinterventie.
   */
  public static Norm firstConversationThreatening() {
    return new Norm(
        FIRST_CONVERSATION_THREATENING,
        "Eerste gesprek binnen 3 werkdagen bij een dreigende situatie",
        NormSource.WGS,
        new Milestone.FlagRaised(Flag.URGENT),
        Milestone.FirstConversation.INSTANCE,
        Term.workingDays(3),
        Guard.always(),
        Validity.ALWAYS,
        "Wgs art. 4a lid 2; Besluit gemeentelijke schuldhulpverlening");
  }

  /**
   * Decision on access (<i>beschikking</i>) within 8 weeks of the first conversation. Source: Wgs
   * art. 4a lid 1.
   */
  public static Norm accessDecision() {
    return new Norm(
        ACCESS_DECISION,
        "Beschikking over toegang binnen 8 weken na het eerste gesprek",
        NormSource.WGS,
        Milestone.FirstConversation.INSTANCE,
        Milestone.AccessDecided.INSTANCE,
        Term.weeks(8),
        Guard.always(),
        Validity.ALWAYS,
        "Wgs art. 4a lid 1");
  }

  /** Crisis intervention completed within 2 weeks. Source: NVVK Module Crisisinterventie. */
  public static Norm crisisIntervention() {
    return crisisIntervention(
        CRISIS_INTERVENTION, "Crisisinterventie afgerond binnen 2 weken", Term.weeks(2),
        Guard.not(Guard.flagSet(Flag.ENTREPRENEUR)));
  }

  /** Crisis intervention for entrepreneurs completed within 4 weeks. Source: NVVK. */
  public static Norm crisisInterventionEntrepreneur() {
    return crisisIntervention(
        CRISIS_INTERVENTION_ENTREPRENEUR, "Crisisinterventie voor ondernemers afgerond binnen 4 weken",
        Term.weeks(4), Guard.flagSet(Flag.ENTREPRENEUR));
  }

  private static Norm crisisIntervention(String id, String label, Term within, Guard appliesWhen) {
    return new Norm(
        id,
        label,
        NormSource.NVVK,
        new Milestone.ActivityStarted(ActivityKind.CRISIS_INTERVENTION),
        new Milestone.ActivityEnded(ActivityKind.CRISIS_INTERVENTION),
        within,
        appliesWhen,
        Validity.ALWAYS,
        "NVVK Module Crisisinterventie");
  }

  /**
   * A debt settlement proposal established within 120 days of admission. Source: NVVK
   * Gedragscode schuldregeling.
   */
  public static Norm settlementProposal() {
    return new Norm(
        SETTLEMENT_PROPOSAL,
        "Schuldregelingsvoorstel binnen 120 dagen",
        NormSource.NVVK,
        Milestone.AccessDecided.INSTANCE,
        new Milestone.ActivityStarted(ActivityKind.DEBT_SETTLEMENT),
        Term.days(120),
        Guard.accessGranted(),
        Validity.ALWAYS,
        "NVVK Gedragscode");
  }

  /**
   * A voluntary settlement (<i>minnelijke schuldregeling</i>) runs 18 months for settlements
   * started from 1 July 2023. Source: NVVK; Utrecht from July 2023.
   */
  public static Norm settlementDuration() {
    return settlementDuration(
        SETTLEMENT_DURATION, "Minnelijke schuldregeling loopt 18 maanden", 18,
        Validity.from(SHORTER_SETTLEMENTS_FROM), "NVVK, looptijd vanaf 1 juli 2023");
  }

  /** A voluntary settlement started before 1 July 2023 runs 36 months. Source: NVVK. */
  public static Norm settlementDurationBefore2023() {
    return settlementDuration(
        SETTLEMENT_DURATION_BEFORE_2023,
        "Minnelijke schuldregeling loopt 36 maanden (gestart voor 1 juli 2023)", 36,
        Validity.until(SHORTER_SETTLEMENTS_FROM.minusDays(1)), "NVVK, looptijd tot 1 juli 2023");
  }

  private static Norm settlementDuration(
      String id, String label, int months, Validity validity, String citation) {
    return new Norm(
        id,
        label,
        NormSource.NVVK,
        new Milestone.ActivityStarted(ActivityKind.DEBT_SETTLEMENT),
        new Milestone.ActivityEnded(ActivityKind.DEBT_SETTLEMENT),
        Term.months(months),
        Guard.always(),
        validity,
        citation);
  }

  /** The legal Wgs norms every definition must contain unless waived. */
  public static List<Norm> legal() {
    return List.of(firstConversation(), firstConversationThreatening(), accessDecision());
  }

  /** The legal norms plus the NVVK sector norms: the default norm set. */
  public static List<Norm> defaults() {
    return List.of(
        firstConversation(),
        firstConversationThreatening(),
        accessDecision(),
        crisisIntervention(),
        crisisInterventionEntrepreneur(),
        settlementProposal(),
        settlementDuration(),
        settlementDurationBefore2023());
  }
}
