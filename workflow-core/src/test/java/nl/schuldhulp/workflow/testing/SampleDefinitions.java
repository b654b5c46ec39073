package nl.schuldhulp.workflow.testing;

import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.ActivityRule;
import nl.schuldhulp.workflow.definition.Aftercare;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.AssessmentDomain;
import nl.schuldhulp.workflow.definition.CasePolicy;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.Track;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Small hand-built definitions for tests across modules (shipped in the core's test-jar). Each is
 * valid: it passes every rule of the definition validator.
 */
public final class SampleDefinitions {
  /** Neighbourhood team organisation id. */
  public static final String BUURTTEAM = "buurtteam";
  /** Municipal debt service organisation id. */
  public static final String WENI = "weni";
  /** Housing corporation organisation id. */
  public static final String CORPORATIE = "corporatie";
  /** Generalist role id in the neighbourhood team. */
  public static final String GENERALIST = "generalist";
  /** Front-door role id in the neighbourhood team. */
  public static final String VOORDEUR = "voordeur";
  /** Trajectory coach role id at W&I. */
  public static final String TRAJECTBEGELEIDER = "trajectbegeleider";
  /** Debt counsellor role id at W&I. */
  public static final String SCHULDHULPVERLENER = "schuldhulpverlener";
  /** Signalling role id at the housing corporation. */
  public static final String HUURCONSULENT = "huurconsulent";
  /** District organisation id in {@link #gezinsaanpak()}. */
  public static final String STADSDEEL = "stadsdeel";
  /** Youth care organisation id in {@link #gezinsaanpak()}. */
  public static final String JEUGDZORG = "jeugdzorg";
  /** Social services institution (madi) id in {@link #gezinsaanpak()}. */
  public static final String MADI = "madi";
  /** Credit bank organisation id in {@link #gezinsaanpak()}. */
  public static final String KREDIETBANK = "kredietbank";
  /** District coordinator role id (process regie) in {@link #gezinsaanpak()}. */
  public static final String COORDINATOR = "coordinator";
  /** Family manager role id (execution regie) in {@link #gezinsaanpak()}. */
  public static final String GEZINSMANAGER = "gezinsmanager";
  /** Social worker role id at the madi in {@link #gezinsaanpak()}. */
  public static final String MAATSCHAPPELIJK_WERKER = "maatschappelijk-werker";
  /** Settlement counsellor role id at the credit bank in {@link #gezinsaanpak()}. */
  public static final String CONSULENT = "consulent";

  private SampleDefinitions() {}

  /**
   * A compact version of Utrecht's Kanteling: melding at the neighbourhood team, huisbezoek,
   * driegesprek advies, stabilisatie (handed warm to W&amp;I), driegesprek aanbod, and the three
   * step-6 routes per track; client regie moves from the neighbourhood team to W&amp;I for
   * stabilisation and the track-3 route.
   */
  public static WorkflowDefinition kanteling() {
    Organisation buurtteam =
        new Organisation(
            BUURTTEAM,
            "Buurtteam Sociaal",
            OrganisationKind.NEIGHBOURHOOD_TEAM,
            Track.BASIC_CARE,
            List.of(new Role(GENERALIST, "buurtteammedewerker"), new Role(VOORDEUR, "voordeurmedewerker")));
    Organisation weni =
        new Organisation(
            WENI,
            "Werk en Inkomen",
            OrganisationKind.MUNICIPAL_DEBT_SERVICE,
            Track.SPECIALIST_CARE,
            List.of(
                new Role(TRAJECTBEGELEIDER, "trajectbegeleider W&I"),
                new Role(SCHULDHULPVERLENER, "schuldhulpverlener")));
    Organisation corporatie =
        new Organisation(
            CORPORATIE,
            "Woningcorporatie",
            OrganisationKind.HOUSING_CORPORATION,
            Track.NONE,
            List.of(new Role(HUURCONSULENT, "huurconsulent")));

    Step melding =
        Step.builder("melding", "Melding of signaal", Phase.REGISTRATION)
            .lead(LeadRule.clientLead(BUURTTEAM))
            .task(task("kennismaking-plannen", "Plan een kennismakingsgesprek", BUURTTEAM, GENERALIST, Term.workingDays(5), true, false))
            .transition(Transition.to("huisbezoek", Guard.requiredTasksDone()))
            .build();
    Step huisbezoek =
        Step.builder("huisbezoek", "Huisbezoek", Phase.INTAKE)
            .lead(LeadRule.clientLead(BUURTTEAM))
            .task(clientTask("post-verzamelen", "Leg uw post van de laatste drie maanden klaar", Term.weeks(1)))
            .transition(Transition.to("driegesprek-advies", Guard.requiredTasksDone()))
            .build();
    Step advies =
        Step.builder("driegesprek-advies", "Driegesprek (advies)", Phase.INTAKE)
            .lead(LeadRule.clientLead(BUURTTEAM))
            .task(task("actielijst", "Stel de actielijst op", WENI, TRAJECTBEGELEIDER, Term.workingDays(3), true, false))
            .transition(new Transition("stabilisatie", Guard.requiredTasksDone(), 0, "stabiliseren"))
            .build();
    Step stabilisatie =
        Step.builder("stabilisatie", "Stabilisatie", Phase.STABILISATION)
            .lead(new LeadRule(LeadKind.CLIENT_LEAD, WENI, HandoverMode.WARM))
            .task(clientTask("loonstroken", "Lever uw loonstroken in", Term.weeks(2)))
            .task(clientTask("huur-betalen", "Betaal deze maand uw huur", Term.weeks(4)))
            .task(task("budgetbeheer-regelen", "Regel budgetbeheer", WENI, SCHULDHULPVERLENER, Term.workingDays(10), false, false))
            .transition(Transition.to("driegesprek-aanbod", Guard.allOf(Guard.requiredTasksDone(), Guard.scoreAtLeast("financien", 3))))
            .build();
    Step aanbod =
        Step.builder("driegesprek-aanbod", "Driegesprek (aanbod)", Phase.STABILISATION)
            .lead(new LeadRule(LeadKind.CLIENT_LEAD, WENI, HandoverMode.WARM))
            .transition(new Transition("eigen-kracht", Guard.factEquals("spoor", "1"), 0, "spoor 1"))
            .transition(new Transition("begeleiding-buurtteam", Guard.factEquals("spoor", "2"), 0, "spoor 2"))
            .transition(new Transition("dienstverlening-weni", Guard.allOf(Guard.factEquals("spoor", "3"), Guard.accessGranted()), 0, "spoor 3"))
            .build();
    Step eigenKracht =
        Step.builder("eigen-kracht", "Eigen kracht, informele hulp en zorg", Phase.AFTERCARE)
            .lead(new LeadRule(LeadKind.CLIENT_LEAD, BUURTTEAM, HandoverMode.WARM))
            .build();
    Step begeleiding =
        Step.builder("begeleiding-buurtteam", "Begeleiding buurtteam", Phase.STABILISATION)
            .lead(new LeadRule(LeadKind.CLIENT_LEAD, BUURTTEAM, HandoverMode.WARM))
            .build();
    Step dienstverlening =
        Step.builder("dienstverlening-weni", "Dienstverlening W&I", Phase.SOLUTION)
            .lead(LeadRule.clientLead(WENI))
            .task(task("voorstel", "Stel het schuldregelingsvoorstel op", WENI, SCHULDHULPVERLENER, Term.days(120), true, false))
            .transition(Transition.to("nazorg", Guard.requiredTasksDone()))
            .build();
    Step nazorg =
        Step.builder("nazorg", "Nazorg", Phase.AFTERCARE)
            .lead(LeadRule.clientLead(WENI))
            .build();

    List<String> everyStep =
        List.of("melding", "huisbezoek", "driegesprek-advies", "stabilisatie", "driegesprek-aanbod",
            "eigen-kracht", "begeleiding-buurtteam", "dienstverlening-weni", "nazorg");
    return WorkflowDefinition.builder("kanteling-mini", 1)
        .label("Kanteling (klein voorbeeld)")
        .municipality("Utrecht")
        .effectiveFrom(LocalDate.of(2016, 9, 1))
        .description("Test fixture after Utrecht's six-step Kanteling process (S003 Fig. 2).")
        .organisation(buurtteam)
        .organisation(weni)
        .organisation(corporatie)
        .fact(new Fact("spoor", "Spoor", List.of("1", "2", "3")))
        .domain(new AssessmentDomain("financien", "Financiën"))
        .entryPoint(new EntryPoint("zelfmelding", "Zelf aanmelden bij het buurtteam", EntryChannel.SELF, "melding", List.of(BUURTTEAM)))
        .entryPoint(new EntryPoint("signaal-corporatie", "Signaal huurachterstand", EntryChannel.FIXED_COST_PARTNER_SIGNAL, "melding", List.of(CORPORATIE)))
        .step(melding)
        .step(huisbezoek)
        .step(advies)
        .step(stabilisatie)
        .step(aanbod)
        .step(eigenKracht)
        .step(begeleiding)
        .step(dienstverlening)
        .step(nazorg)
        .activity(new ActivityRule(ActivityKind.BUDGET_MANAGEMENT, List.of(WENI)))
        .activity(new ActivityRule(ActivityKind.CRISIS_INTERVENTION, List.of(WENI)))
        .activity(new ActivityRule(ActivityKind.DEBT_SETTLEMENT, List.of(WENI)))
        .norms(Norms.defaults())
        .norm(Norm.local("kennismaking-binnen-twee-weken", "Kennismaking binnen twee weken na melding",
            Milestone.Registered.INSTANCE, new Milestone.StepEntered("huisbezoek"), Term.weeks(2), "Lokale afspraak (fixture)"))
        .exit(new ExitCriteria("positief", "Eigen kracht of nazorg afgerond", ClosureType.POSITIVE,
            List.of("eigen-kracht", "begeleiding-buurtteam", "nazorg"), Guard.always(), true))
        .exit(new ExitCriteria("contact-verloren", "Contact verloren na pogingen", ClosureType.CONTACT_LOST,
            everyStep, Guard.always(), true))
        .exit(new ExitCriteria("teruggetrokken", "Cliënt trekt zich terug", ClosureType.NEGATIVE,
            everyStep, Guard.always(), false))
        .aftercare(new Aftercare(Term.months(6), Term.weeks(6)))
        .build();
  }

  /**
   * The smallest valid definition: one organisation, one registration step that leads to a closing
   * step, the legal norms.
   */
  public static WorkflowDefinition minimal() {
    Organisation sdv =
        new Organisation(
            "sdv", "Schulddienstverlening", OrganisationKind.MUNICIPAL_DEBT_SERVICE, Track.SPECIALIST_CARE,
            List.of(new Role("consulent", "consulent")));
    return WorkflowDefinition.builder("minimaal", 1)
        .municipality("Voorbeeld")
        .organisation(sdv)
        .entryPoint(new EntryPoint("loket", "Loket", EntryChannel.SELF, "aanmelding", List.of("sdv")))
        .step(Step.builder("aanmelding", "Aanmelding", Phase.REGISTRATION)
            .lead(LeadRule.clientLead("sdv"))
            .transition(Transition.to("afronding"))
            .build())
        .step(Step.builder("afronding", "Afronding", Phase.AFTERCARE).lead(LeadRule.clientLead("sdv")).build())
        .norms(Norms.legal())
        .exit(new ExitCriteria("klaar", "Geholpen", ClosureType.POSITIVE, List.of("afronding"), Guard.always(), false))
        .build();
  }

  /**
   * A family approach after Amsterdam Noord's multi-problem families (MPG, practice card 4): the
   * district coordinator holds process regie, the family manager of youth care holds execution
   * regie until it passes by file transfer to the debt service, the madi holds client regie until
   * the credit bank takes it warm for the settlement, and the process-regie holder may also move
   * and close the case. Every step names the holder of each kind, so the definition is
   * valid. Two client actions are shown at a time.
   */
  public static WorkflowDefinition gezinsaanpak() {
    Organisation stadsdeel = new Organisation(STADSDEEL, "Stadsdeel Noord", OrganisationKind.MUNICIPALITY, Track.NONE,
        List.of(new Role(COORDINATOR, "coördinator risicogezinnen")));
    Organisation jeugdzorg = new Organisation(JEUGDZORG, "Bureau Jeugdzorg", OrganisationKind.YOUTH_CARE,
        Track.SPECIALIST_CARE, List.of(new Role(GEZINSMANAGER, "gezinsmanager")));
    Organisation madi = new Organisation(MADI, "Madi Noord", OrganisationKind.WELFARE_ORGANISATION,
        Track.BASIC_CARE, List.of(new Role(SCHULDHULPVERLENER, "schuldhulpverlener"), new Role(MAATSCHAPPELIJK_WERKER, "maatschappelijk werker")));
    Organisation kredietbank = new Organisation(KREDIETBANK, "Gemeentelijke Kredietbank", OrganisationKind.CREDIT_BANK,
        Track.SPECIALIST_CARE, List.of(new Role(CONSULENT, "consulent schuldregeling")));

    Step signalering = Step.builder("signalering", "Signalering in het LGO", Phase.EARLY_SIGNALLING)
        .lead(LeadRule.clientLead(MADI))
        .lead(new LeadRule(LeadKind.PROCESS_LEAD, STADSDEEL, HandoverMode.COLD))
        .lead(new LeadRule(LeadKind.EXECUTION_LEAD, JEUGDZORG, HandoverMode.WARM))
        .task(task("gezin-bespreken", "Bespreek het gezin in het LGO", STADSDEEL, COORDINATOR, Term.workingDays(10), true, false))
        .transition(Transition.to("plan-van-aanpak", Guard.requiredTasksDone()))
        .build();
    Step plan = Step.builder("plan-van-aanpak", "Plan van aanpak", Phase.INTAKE)
        .lead(LeadRule.clientLead(MADI))
        .lead(new LeadRule(LeadKind.PROCESS_LEAD, STADSDEEL, HandoverMode.COLD))
        .lead(new LeadRule(LeadKind.EXECUTION_LEAD, JEUGDZORG, HandoverMode.WARM))
        .task(task("plan-opstellen", "Stel het plan van aanpak op", JEUGDZORG, GEZINSMANAGER, Term.weeks(2), true, false))
        .task(clientTask("afspraken-tekenen", "Teken de afspraken met uw gezinsmanager", Term.weeks(2)))
        .task(clientTask("rekeningen-sorteren", "Sorteer uw rekeningen in de map", Term.weeks(3)))
        .task(clientTask("inkomen-doorgeven", "Geef uw inkomen door", Term.weeks(3)))
        .transition(Transition.to("stabilisatie", Guard.requiredTasksDone()))
        .build();
    Step stabilisatie = Step.builder("stabilisatie", "Stabilisatie", Phase.STABILISATION)
        .lead(LeadRule.clientLead(MADI))
        .lead(new LeadRule(LeadKind.PROCESS_LEAD, STADSDEEL, HandoverMode.COLD))
        .lead(new LeadRule(LeadKind.EXECUTION_LEAD, MADI, HandoverMode.FILE_TRANSFER))
        .task(task("budgetplan", "Maak het budgetplan", MADI, SCHULDHULPVERLENER, Term.weeks(4), true, false))
        .transition(new Transition("schuldregeling", Guard.allOf(Guard.requiredTasksDone(), Guard.accessGranted()), 1, "schuldregeling"))
        .transition(new Transition("nazorg", Guard.not(Guard.flagSet(Flag.CRISIS)), 0, "stabiel zonder regeling"))
        .build();
    Step schuldregeling = Step.builder("schuldregeling", "Schuldregeling", Phase.SOLUTION)
        .lead(new LeadRule(LeadKind.CLIENT_LEAD, KREDIETBANK, HandoverMode.WARM))
        .lead(new LeadRule(LeadKind.PROCESS_LEAD, STADSDEEL, HandoverMode.COLD))
        .lead(new LeadRule(LeadKind.EXECUTION_LEAD, KREDIETBANK, HandoverMode.COLD))
        .task(task("voorstel", "Stel het schuldregelingsvoorstel op", KREDIETBANK, CONSULENT, Term.days(120), true, false))
        .transition(Transition.to("nazorg", Guard.requiredTasksDone()))
        .build();
    Step nazorg = Step.builder("nazorg", "Nazorg door de madi", Phase.AFTERCARE)
        .lead(new LeadRule(LeadKind.CLIENT_LEAD, MADI, HandoverMode.WARM))
        .lead(new LeadRule(LeadKind.PROCESS_LEAD, STADSDEEL, HandoverMode.COLD))
        .lead(new LeadRule(LeadKind.EXECUTION_LEAD, MADI, HandoverMode.WARM))
        .build();
    List<String> everyStep = List.of("signalering", "plan-van-aanpak", "stabilisatie", "schuldregeling", "nazorg");
    return WorkflowDefinition.builder("gezinsaanpak", 1)
        .label("Gezinsaanpak multiprobleemgezinnen (voorbeeld)")
        .municipality("Amsterdam")
        .effectiveFrom(LocalDate.of(2011, 1, 1))
        .description("Test fixture after the Amsterdam Noord MPG approach (S004 par. 3.4).")
        .organisation(stadsdeel)
        .organisation(jeugdzorg)
        .organisation(madi)
        .organisation(kredietbank)
        .fact(new Fact("categorie", "MPG-categorie", List.of("MPG1", "MPG2", "MPG3", "MPG4")))
        .domain(new AssessmentDomain("financien", "Financiën"))
        .domain(new AssessmentDomain("opvoeding", "Opvoeding"))
        .entryPoint(new EntryPoint("lgo-signaal", "Signaal in het LGO", EntryChannel.PROFESSIONAL_REFERRAL, "signalering",
            List.of(STADSDEEL, JEUGDZORG)))
        .step(signalering)
        .step(plan)
        .step(stabilisatie)
        .step(schuldregeling)
        .step(nazorg)
        .activity(new ActivityRule(ActivityKind.CRISIS_INTERVENTION, List.of(MADI)))
        .activity(new ActivityRule(ActivityKind.BUDGET_MANAGEMENT, List.of(MADI)))
        .activity(new ActivityRule(ActivityKind.PSYCHOSOCIAL_GUIDANCE, List.of(MADI, JEUGDZORG)))
        .activity(new ActivityRule(ActivityKind.DEBT_SETTLEMENT, List.of(KREDIETBANK)))
        .norms(Norms.defaults())
        .exit(new ExitCriteria("positief", "Regeling loopt en het gezin is stabiel", ClosureType.POSITIVE,
            List.of("nazorg"), Guard.scoreAtLeast("financien", 3), true))
        .exit(new ExitCriteria("contact-verloren", "Contact verloren na pogingen", ClosureType.CONTACT_LOST,
            everyStep, Guard.always(), true))
        .exit(new ExitCriteria("teruggetrokken", "Gezin trekt zich terug", ClosureType.NEGATIVE,
            everyStep, Guard.always(), false))
        .exit(new ExitCriteria("verwezen", "Verwezen naar vrijwillige hulp", ClosureType.REFERRED,
            List.of("stabilisatie", "nazorg"), Guard.always(), false))
        .aftercare(new Aftercare(Term.months(6), Term.weeks(4)))
        .policy(new CasePolicy(2, true))
        .build();
  }

  private static TaskTemplate task(
      String id, String text, String organisation, String role, Term due, boolean required, boolean clientVisible) {
    return new TaskTemplate(id, text, Assignee.role(organisation, role), due, required, clientVisible);
  }

  private static TaskTemplate clientTask(String id, String text, Term due) {
    return new TaskTemplate(id, text, Assignee.client(), due, true, true);
  }
}
