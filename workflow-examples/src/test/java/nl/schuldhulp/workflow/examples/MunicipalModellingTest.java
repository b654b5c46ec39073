package nl.schuldhulp.workflow.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.Test;

/** What each example says about its municipality, beyond being valid (issue 7). */
class MunicipalModellingTest {

  @Test
  void utrechtMovesStabilisationFromTheNeighbourhoodTeamToTheDebtServiceInVersion2() {
    WorkflowDefinition v2016 = ExampleDefinitions.load("utrecht-kanteling-2016");
    WorkflowDefinition v2021 = ExampleDefinitions.load("utrecht-2021");

    assertThat(holder(v2016, "stabilisatie", LeadKind.CLIENT_LEAD)).isEqualTo("buurtteam");
    assertThat(holder(v2021, "stabilisatie", LeadKind.CLIENT_LEAD)).isEqualTo("sdv");
    assertThat(v2021.id()).isEqualTo(v2016.id());
    assertThat(v2021.version()).isEqualTo(v2016.version() + 1);
    assertThat(v2021.effectiveFrom()).isAfter(v2016.effectiveFrom());
  }

  @Test
  void utrecht2021ReachesStabilisationDirectlyWithoutTheNeighbourhoodTeam() {
    WorkflowDefinition v2021 = ExampleDefinitions.load("utrecht-2021");
    WorkflowDefinition v2016 = ExampleDefinitions.load("utrecht-kanteling-2016");

    assertThat(reachableAvoiding(v2021, "direct-sdv", "buurtteam")).contains("stabilisatie");
    assertThat(v2016.entryPoints())
        .allSatisfy(entry -> assertThat(reachableAvoiding(v2016, entry.id(), "buurtteam"))
            .doesNotContain("stabilisatie"));
  }

  @Test
  void utrechtKantelingBranchesStepSixPerTrack() {
    WorkflowDefinition v2016 = ExampleDefinitions.load("utrecht-kanteling-2016");
    Map<String, String> targetBySpoor =
        targetsByFactValue(step(v2016, "driegesprek-aanbod"), "spoor");

    assertThat(targetBySpoor)
        .containsExactly(
            Map.entry("1", "eigen-kracht"),
            Map.entry("2", "begeleiding-buurtteam"),
            Map.entry("3", "dienstverlening-weni"));
  }

  @Test
  void utrechtCrisisRouteHasTheTwoFourAndSevenDayNorms() {
    for (String example : List.of("utrecht-kanteling-2016", "utrecht-2021")) {
      WorkflowDefinition definition = ExampleDefinitions.load(example);

      assertThat(norm(definition, "utrecht-crisis-gesprek").within()).isEqualTo(Term.days(2));
      assertThat(norm(definition, "utrecht-crisis-administratie").within()).isEqualTo(Term.days(4));
      assertThat(norm(definition, "utrecht-crisis-budgetbeheer").within()).isEqualTo(Term.weeks(1));
    }
  }

  @Test
  void voorkomHuisuitzettingPlansTheHomeVisitWithinTwoWeeksAndThePlanAtThreeMonths() {
    WorkflowDefinition vh = ExampleDefinitions.load("utrecht-voorkom-huisuitzetting");
    Norm visit = norm(vh, "vh-huisbezoek-twee-weken");
    Norm plan = norm(vh, "vh-plan-drie-maanden");

    assertThat(visit.within()).isEqualTo(Term.weeks(2));
    assertThat(visit.from()).isEqualTo(Milestone.AccessDecided.INSTANCE);
    assertThat(visit.to()).isEqualTo(new Milestone.AppointmentHeld(AppointmentKind.HOME_VISIT));
    assertThat(visit.appliesWhen()).isEqualTo(Guard.accessGranted());
    assertThat(plan.within()).isEqualTo(Term.months(3));
    assertThat(plan.to()).isEqualTo(new Milestone.TaskCompleted("plan-vastleggen"));
  }

  @Test
  //
  void voorkomHuisuitzettingAcceptsOnlyWithoutExclusionGroundAndClosesOnItsCriteria() {
    WorkflowDefinition vh = ExampleDefinitions.load("utrecht-voorkom-huisuitzetting");

    assertThat(vh.fact("uitsluitingsgrond").orElseThrow().values())
        .contains("geen", "fraude", "ernstige-verslaving", "extreme-overlast",
            "geen-verblijfsvergunning", "niet-begeleidbaar", "geen-inkomensperspectief");
    Guard acceptance = step(vh, "acceptatiegesprek").transitions().get(0).guard();
    assertThat(factValues(acceptance, "uitsluitingsgrond")).containsExactly("geen");
    Guard positive = exit(vh, ClosureType.POSITIVE).condition();
    assertThat(List.of("oplossing-in-zicht", "beheert-eigen-geld", "structureel-in-zorg"))
        .allSatisfy(fact -> assertThat(factValues(positive, fact)).containsExactly("ja"));
    assertThat(vh.exits()).extracting(ExitCriteria::type).contains(ClosureType.REFERRED);
  }

  @Test
  void amsterdamMpgSeparatesProcessRegieFromExecutionRegie() {
    WorkflowDefinition mpg = ExampleDefinitions.load("amsterdam-mpg");

    assertThat(mpg.leadKinds())
        .containsExactly(LeadKind.CLIENT_LEAD, LeadKind.PROCESS_LEAD, LeadKind.EXECUTION_LEAD);
    assertThat(mpg.steps().stream().filter(step -> step.phase() != Phase.REGISTRATION))
        .isNotEmpty()
        .allSatisfy(step -> {
          assertThat(holder(step, LeadKind.PROCESS_LEAD)).isEqualTo("procesregie");
          assertThat(holder(step, LeadKind.EXECUTION_LEAD)).isNotEqualTo("procesregie");
        });
    assertThat(holder(step(mpg, "gezinsaanpak-maatregel"), LeadKind.EXECUTION_LEAD))
        .isEqualTo("bureau-jeugdzorg");
  }

  @Test
  void amsterdamVigLastsAtMostSixMonthsAndEndsWithAWarmHandover() {
    WorkflowDefinition mpg = ExampleDefinitions.load("amsterdam-mpg");
    Norm vig = norm(mpg, "vig-maximaal-zes-maanden");

    assertThat(vig.within()).isEqualTo(Term.months(6));
    assertThat(vig.to()).isEqualTo(new Milestone.StepEntered("vervolghulp"));
    assertThat(step(mpg, "vig-startfase").lead(LeadKind.CLIENT_LEAD).orElseThrow())
        .isEqualTo(new LeadRule(LeadKind.CLIENT_LEAD, "spirit", HandoverMode.WARM));
    assertThat(step(mpg, "vervolghulp").lead(LeadKind.CLIENT_LEAD).orElseThrow())
        .isEqualTo(new LeadRule(LeadKind.CLIENT_LEAD, "vervolgaanbieder", HandoverMode.WARM));
  }

  @Test
  void tilburgHandsTheZorgdossierToTheBureauWhileTheClientStaysWithTheCareOrganisation() {
    WorkflowDefinition tilburg = ExampleDefinitions.load("tilburg");
    Step settlement = step(tilburg, "schuldregeling-zorgroute");

    assertThat(settlement.lead(LeadKind.EXECUTION_LEAD).orElseThrow())
        .isEqualTo(new LeadRule(LeadKind.EXECUTION_LEAD, "bureau", HandoverMode.FILE_TRANSFER));
    assertThat(holder(settlement, LeadKind.CLIENT_LEAD))
        .isEqualTo(holder(step(tilburg, "zorgdossier"), LeadKind.CLIENT_LEAD))
        .isEqualTo("zorgorganisatie");
    assertThat(holder(tilburg, "zorgdossier", LeadKind.EXECUTION_LEAD))
        .isEqualTo("zorgorganisatie");
  }

  @Test
  void tilburgMatrixRoutesOnWhetherTheClientIsRegulable() {
    Step intake = step(ExampleDefinitions.load("tilburg"), "intake-bureau");

    assertThat(targetsByFactValue(intake, "client-regelbaar"))
        .containsExactly(
            Map.entry("ja", "stabilisatie-bureau"), Map.entry("nee", "begeleiding-zorg"));
  }

  @Test
  void rotterdamSocialWorkLeadsTheClientWhileTheKredietbankLeadsExecution() {
    WorkflowDefinition rotterdam = ExampleDefinitions.load("rotterdam");

    assertThat(rotterdam.steps())
        .allSatisfy(
            step -> assertThat(holder(step, LeadKind.EXECUTION_LEAD)).isEqualTo("kredietbank"));
    assertThat(List.of("amw-intake", "budgetbeheer-met-amw", "schuldregeling-met-amw"))
        .allSatisfy(
            id -> assertThat(holder(rotterdam, id, LeadKind.CLIENT_LEAD)).isEqualTo("amw"));
    assertThat(clientLeadHandover(rotterdam, "amw-intake")).isEqualTo(HandoverMode.WARM);
  }

  @Test
  void zwolleCorporationBooksTheAppointmentWarmOrForwardsTheDataCold() {
    WorkflowDefinition zwolle = ExampleDefinitions.load("zwolle");

    EntryPoint signal = zwolle.entryPoint("huurachterstand").orElseThrow();

    assertThat(signal.channel()).isEqualTo(EntryChannel.FIXED_COST_PARTNER_SIGNAL);
    assertThat(signal.label()).contains("2 maanden huurachterstand");
    assertThat(step(zwolle, "gesprek-corporatie").transitions()).extracting(Transition::to)
        .containsExactly("adviesgesprek", "contact-raadslieden");
    assertThat(clientLeadHandover(zwolle, "adviesgesprek")).isEqualTo(HandoverMode.WARM);
    assertThat(clientLeadHandover(zwolle, "contact-raadslieden")).isEqualTo(HandoverMode.COLD);
  }

  @Test
  void arnhemRoutesAlikeWhicheverPartnerScreens() {
    WorkflowDefinition arnhem = ExampleDefinitions.load("arnhem");
    Map<String, String> atBac = targetsByFactValue(step(arnhem, "screening-bac"), "screening");

    assertThat(atBac)
        .isEqualTo(targetsByFactValue(step(arnhem, "screening-rijnstad"), "screening"))
        .containsEntry("rijp", "schuldhulp-bac")
        .containsEntry("niet-rijp-beperkt", "budgetbegeleiding")
        .containsEntry("niet-rijp-intensief", "intensief-traject");
    for (Step step : arnhem.steps()) {
      step.transitions().stream()
          .filter(transition -> step(arnhem, transition.to()).phase() == Phase.SOLUTION)
          .forEach(transition -> assertThat(factValues(transition.guard(), "screening"))
              .containsExactly("rijp"));
    }
  }

  @Test
  void enschedeWijkcoachHoldsClientRegieEverywhereAndPartnersExecute() {
    WorkflowDefinition enschede = ExampleDefinitions.load("enschede");

    assertThat(enschede.steps())
        .allSatisfy(step -> assertThat(holder(step, LeadKind.CLIENT_LEAD)).isEqualTo("wijkcoach"));
    assertThat(enschede.steps().stream().map(step -> holder(step, LeadKind.EXECUTION_LEAD)))
        .containsExactly("wijkcoach", "formulierenbrigade", "smd", "stadsbank");
  }

  @Test
  void zeeuwsVlaanderenKeepsBsbAsTheOnlyLeadAndOffersHalfAYearOfAftercare() {
    WorkflowDefinition zv = ExampleDefinitions.load("zeeuws-vlaanderen");

    assertThat(zv.leadKinds()).containsExactly(LeadKind.CLIENT_LEAD);
    assertThat(zv.steps())
        .allSatisfy(step -> assertThat(holder(step, LeadKind.CLIENT_LEAD)).isEqualTo("bsb"));
    assertThat(zv.aftercare().duration()).isEqualTo(Term.months(6));
    assertThat(norm(zv, "zv-voorfase-half-jaar").within()).isEqualTo(Term.months(6));
  }

  @Test
  void amersfoortLimitsTheWaitToThreeWeeksAndClosesOnItsOutflowCategories() {
    WorkflowDefinition amersfoort = ExampleDefinitions.load("amersfoort");

    assertThat(norm(amersfoort, "amersfoort-max-wachttijd").within()).isEqualTo(Term.weeks(3));
    assertThat(amersfoort.exits().stream()
            .flatMap(exit -> factValues(exit.condition(), "uitstroomcategorie").stream()))
        .containsExactlyInAnyOrderElementsOf(
            amersfoort.fact("uitstroomcategorie").orElseThrow().values());
  }

  @Test
  void amsterdamPriorityLaneOfTenWorkingDaysAppliesOnlyWhenSwitchedOn() {
    Norm lane = norm(ExampleDefinitions.load("amsterdam-reintegratie"), "amsterdam-voorrangszorg");

    assertThat(lane.within()).isEqualTo(Term.workingDays(10));
    assertThat(lane.appliesWhen()).isEqualTo(Guard.factEquals("voorrangszorg", "ja"));
  }

  @Test
  void middenDrentheRaadvrouwRepairsIncomeWhateverTheEntry() {
    WorkflowDefinition md = ExampleDefinitions.load("midden-drenthe");

    assertThat(md.steps().stream().flatMap(step -> step.tasks().stream())
            .filter(task -> task.id().startsWith("inkomensherstel")))
        .hasSize(2)
        .allSatisfy(task -> assertThat(task.owner())
            .isEqualTo(Assignee.role("raadvrouw", "sociaal-raadsvrouw")));
    assertThat(md.entryPoints()).extracting(entry -> entry.step())
        .containsExactly("intake-gkb", "intake-maatschappelijk-werk", "screening-voedselbank");
  }

  // ------------------------------------------------------------------ helpers

  private static Step step(WorkflowDefinition definition, String id) {
    return definition.step(id).orElseThrow(() -> new AssertionError("no step " + id));
  }

  private static Norm norm(WorkflowDefinition definition, String id) {
    return definition.norm(id).orElseThrow(() -> new AssertionError("no norm " + id));
  }

  private static ExitCriteria exit(WorkflowDefinition definition, ClosureType type) {
    return definition.exits().stream()
        .filter(exit -> exit.type() == type)
        .findFirst()
        .orElseThrow();
  }

  private static String holder(WorkflowDefinition definition, String stepId, LeadKind kind) {
    return holder(step(definition, stepId), kind);
  }

  private static String holder(Step step, LeadKind kind) {
    return step.lead(kind)
        .orElseThrow(() -> new AssertionError(step.id() + " has no " + kind))
        .organisation();
  }

  private static HandoverMode clientLeadHandover(WorkflowDefinition definition, String stepId) {
    return step(definition, stepId).lead(LeadKind.CLIENT_LEAD).orElseThrow().handover();
  }

  /** The steps reachable from an entry point, passing no step where {@code avoided} leads. */
  private static Set<String> reachableAvoiding(
      WorkflowDefinition definition, String entry, String avoided) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.push(definition.entryPoint(entry).orElseThrow().step());
    while (!todo.isEmpty()) {
      Step step = step(definition, todo.pop());
      if (!holder(step, LeadKind.CLIENT_LEAD).equals(avoided) && seen.add(step.id())) {
        step.transitions().forEach(transition -> todo.push(transition.to()));
      }
    }
    return seen;
  }

  /** Per value of {@code fact} that a transition's guard requires, the transition's target. */
  private static Map<String, String> targetsByFactValue(Step step, String fact) {
    Map<String, String> targets = new LinkedHashMap<>();
    for (Transition transition : step.transitions()) {
      factValues(transition.guard(), fact).forEach(value -> targets.put(value, transition.to()));
    }
    return targets;
  }

  /** The values of {@code fact} that {@code guard} compares with, nested guards included. */
  private static List<String> factValues(Guard guard, String fact) {
    if (guard instanceof Guard.FactEquals equals) {
      return equals.fact().equals(fact) ? List.of(equals.value()) : List.of();
    }
    if (guard instanceof Guard.AllOf all) {
      return all.guards().stream().flatMap(inner -> factValues(inner, fact).stream()).toList();
    }
    if (guard instanceof Guard.AnyOf any) {
      return any.guards().stream().flatMap(inner -> factValues(inner, fact).stream()).toList();
    }
    return List.of();
  }
}
