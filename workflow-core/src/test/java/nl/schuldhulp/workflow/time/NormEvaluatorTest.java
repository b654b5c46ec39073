package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static nl.schuldhulp.workflow.time.CaseScript.BT;
import static nl.schuldhulp.workflow.time.CaseScript.START;
import static nl.schuldhulp.workflow.time.CaseScript.WI;
import static nl.schuldhulp.workflow.time.CaseScript.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.casefile.AccessOutcome;
import nl.schuldhulp.workflow.casefile.ActivityOutcome;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.FollowUp;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.render.Wording;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/** Example tests of every built-in norm, local norms, suspension and extension. */
class NormEvaluatorTest {

  // ---- Wgs: first conversation within 4 weeks of the request for help -------------------------

  @Test
  void firstConversationIsDueFourWeeksAfterRegistration() {
    CaseScript script = CaseScript.registered();

    assertThat(script.norm(Norms.FIRST_CONVERSATION, on("2024-03-20", 12)))
        .isEqualTo(new NormStatus.Pending(Norms.FIRST_CONVERSATION, START, LocalDate.of(2024, 4, 1), false));
  }

  @Test
  void firstConversationIsMetByTheFirstHeldAppointment() {
    CaseScript script = CaseScript.registered().held(on("2024-03-14", 10), AppointmentKind.INTAKE);

    assertThat(script.norm(Norms.FIRST_CONVERSATION, on("2024-06-01", 12)))
        .isEqualTo(new NormStatus.Met(Norms.FIRST_CONVERSATION, START, LocalDate.of(2024, 4, 1), on("2024-03-14", 10)));
  }

  @Test
  void firstConversationIsBreachedFromTheDayAfterItsDueDate() {
    CaseScript script = CaseScript.registered();
    Instant deadline = on("2024-04-02", 0);

    assertThat(script.norm(Norms.FIRST_CONVERSATION, on("2024-04-01", 23))).isInstanceOf(NormStatus.Pending.class);
    assertThat(script.norm(Norms.FIRST_CONVERSATION, on("2024-04-02", 10)))
        .isEqualTo(new NormStatus.Breached(Norms.FIRST_CONVERSATION, START, LocalDate.of(2024, 4, 1), deadline,
            Duration.ofHours(10), NormStatus.Breached.Clock.RUNNING));
  }

  @Test
  void aConversationHeldLateIsABreachReached() {
    CaseScript script = CaseScript.registered().held(on("2024-04-03", 9), AppointmentKind.INTAKE);

    assertThat(script.norm(Norms.FIRST_CONVERSATION, on("2024-05-01", 9)))
        .isEqualTo(new NormStatus.Breached(Norms.FIRST_CONVERSATION, START, LocalDate.of(2024, 4, 1),
            on("2024-04-02", 0), Duration.ofHours(33), NormStatus.Breached.Clock.REACHED));
  }

  // ---- Wgs: 3 working days in a threatening situation -----------------------------------------

  @Test
  void threateningSituationCountsThreeWorkingDaysAcrossEaster() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.RaiseFlag(BT, on("2024-03-28", 9), Flag.URGENT, "huisuitzetting dreigt"));

    // Good Friday is a working day under the Cao Gemeenten; Easter Monday 1 April is not.
    assertThat(script.norm(Norms.FIRST_CONVERSATION_THREATENING, on("2024-03-29", 9)))
        .isEqualTo(new NormStatus.Pending(Norms.FIRST_CONVERSATION_THREATENING, on("2024-03-28", 9),
            LocalDate.of(2024, 4, 3), false));
  }

  @Test
  void threateningSituationDoesNotApplyWhenTheConversationWasAlreadyHeld() {
    CaseScript script = CaseScript.registered().held(on("2024-03-05", 9), AppointmentKind.INTAKE);
    script.accept(new Command.RaiseFlag(BT, on("2024-03-06", 9), Flag.URGENT, "afsluiting energie dreigt"));

    assertThat(script.norm(Norms.FIRST_CONVERSATION_THREATENING, on("2024-03-07", 9)))
        .isInstanceOf(NormStatus.NotApplicable.class);
  }

  @Test
  void aNormWhoseStartHasNotHappenedDoesNotApplyAndNamesTheStartAsTheDiagramsDo() {
    CaseScript script = CaseScript.registered();
    Norm threatening = script.definition.norm(Norms.FIRST_CONVERSATION_THREATENING).orElseThrow();

    assertThat(script.norm(Norms.FIRST_CONVERSATION_THREATENING, on("2024-03-07", 9)))
        .isEqualTo(new NormStatus.NotApplicable(Norms.FIRST_CONVERSATION_THREATENING,
            "de klok is niet gestart: het startmoment (" + Wording.of(script.definition).milestone(threatening.from())
                + ") is nog niet bereikt"));
  }

  @Test
  void aMeetingWithoutTheClientIsNotTheFirstConversation() {
    CaseScript script = CaseScript.registered();
    String meeting = script.accept(new Command.ScheduleAppointment(BT, on("2024-03-05", 9), AppointmentKind.HANDOVER_MEETING,
        on("2024-03-06", 9), List.of(SampleDefinitions.BUURTTEAM, WENI), false)).stream()
        .map(Event::change).filter(Change.AppointmentScheduled.class::isInstance)
        .map(change -> ((Change.AppointmentScheduled) change).appointment()).findFirst().orElseThrow();
    script.accept(new Command.HoldAppointment(BT, on("2024-03-06", 9), meeting, "overleg zonder cliënt",
        FollowUp.notRecorded()));

    assertThat(script.norm(Norms.FIRST_CONVERSATION, on("2024-03-07", 9))).isInstanceOf(NormStatus.Pending.class);
    assertThat(script.norm(Norms.ACCESS_DECISION, on("2024-03-07", 9))).isInstanceOf(NormStatus.NotApplicable.class);

    script.held(on("2024-03-08", 9), AppointmentKind.INTAKE);
    assertThat(script.norm(Norms.FIRST_CONVERSATION, on("2024-03-09", 9)))
        .isEqualTo(new NormStatus.Met(Norms.FIRST_CONVERSATION, START, LocalDate.of(2024, 4, 1), on("2024-03-08", 9)));
  }

  // ---- Wgs art. 4a: decision on access within 8 weeks of the first conversation ----------------

  @Test
  void accessDecisionIsDueEightWeeksAfterTheFirstConversationAndMetByTheDecision() {
    CaseScript script = CaseScript.registered().held(on("2024-03-11", 10), AppointmentKind.INTAKE);

    assertThat(script.norm(Norms.ACCESS_DECISION, on("2024-04-01", 9)))
        .isEqualTo(new NormStatus.Pending(Norms.ACCESS_DECISION, on("2024-03-11", 10), LocalDate.of(2024, 5, 6), false));

    script.accept(new Command.DecideAccess(WI, on("2024-04-15", 9), AccessOutcome.ADMITTED, LocalDate.of(2024, 4, 15), "toegelaten"));
    assertThat(script.norm(Norms.ACCESS_DECISION, on("2024-06-01", 9)))
        .isInstanceOf(NormStatus.Met.class);
  }

  @Test
  void theAccessDecisionNormEndsOnTheDecisionsOwnDateNotWhenItWasRecorded() {
    CaseScript script = CaseScript.registered().held(on("2024-03-11", 10), AppointmentKind.INTAKE);
    // due Monday 6 May; decided on Friday 3 May, recorded a week later
    script.accept(new Command.DecideAccess(WI, on("2024-05-10", 9), AccessOutcome.ADMITTED, LocalDate.of(2024, 5, 3), "toegelaten"));

    assertThat(script.norm(Norms.ACCESS_DECISION, on("2024-06-01", 9))).isEqualTo(
        new NormStatus.Met(Norms.ACCESS_DECISION, on("2024-03-11", 10), LocalDate.of(2024, 5, 6), on("2024-05-03", 0)));
  }

  @Test
  void anAccessDecisionDatedAfterItsDueDateBreachesTheNormFromTheStartOfThatDay() {
    CaseScript script = CaseScript.registered().held(on("2024-03-11", 10), AppointmentKind.INTAKE);
    script.accept(new Command.DecideAccess(WI, on("2024-05-10", 9), AccessOutcome.ADMITTED, LocalDate.of(2024, 5, 8), "toegelaten"));

    assertThat(script.norm(Norms.ACCESS_DECISION, on("2024-06-01", 9))).isEqualTo(
        new NormStatus.Breached(Norms.ACCESS_DECISION, on("2024-03-11", 10), LocalDate.of(2024, 5, 6), on("2024-05-07", 0),
            Duration.ofDays(1), NormStatus.Breached.Clock.REACHED));
  }

  // ---- NVVK: crisis intervention within 2 weeks, 4 for entrepreneurs ---------------------------

  @Test
  void crisisInterventionIsDueInTwoWeeksAndTheEntrepreneurNormDoesNotApply() {
    CaseScript script = CaseScript.registered();
    script.start(on("2024-03-05", 9), ActivityKind.CRISIS_INTERVENTION);

    assertThat(script.norm(Norms.CRISIS_INTERVENTION, on("2024-03-06", 9)))
        .isEqualTo(new NormStatus.Pending(Norms.CRISIS_INTERVENTION, on("2024-03-05", 9), LocalDate.of(2024, 3, 19), false));
    assertThat(script.norm(Norms.CRISIS_INTERVENTION_ENTREPRENEUR, on("2024-03-06", 9)))
        .isInstanceOf(NormStatus.NotApplicable.class);
  }

  @Test
  void crisisInterventionForAnEntrepreneurIsDueInFourWeeks() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.RaiseFlag(BT, on("2024-03-04", 10), Flag.ENTREPRENEUR, "zzp'er"));
    String crisis = script.start(on("2024-03-05", 9), ActivityKind.CRISIS_INTERVENTION);

    assertThat(script.norm(Norms.CRISIS_INTERVENTION_ENTREPRENEUR, on("2024-03-06", 9)))
        .isEqualTo(new NormStatus.Pending(Norms.CRISIS_INTERVENTION_ENTREPRENEUR, on("2024-03-05", 9),
            LocalDate.of(2024, 4, 2), false));
    assertThat(script.norm(Norms.CRISIS_INTERVENTION, on("2024-03-06", 9))).isInstanceOf(NormStatus.NotApplicable.class);

    script.accept(new Command.EndActivity(BT, on("2024-03-25", 9), crisis, "afgewend"));
    assertThat(script.norm(Norms.CRISIS_INTERVENTION_ENTREPRENEUR, on("2024-05-01", 9))).isInstanceOf(NormStatus.Met.class);
  }

  @Test
  void aSecondCrisisInterventionRunsItsOwnClockAndLeavesTheFirstMet() {
    CaseScript script = CaseScript.registered();
    String first = script.start(on("2024-03-05", 9), ActivityKind.CRISIS_INTERVENTION);
    script.accept(new Command.EndActivity(BT, on("2024-03-08", 9), first, "afgewend"));
    script.start(on("2024-05-06", 9), ActivityKind.CRISIS_INTERVENTION);

    List<NormStatus> runs = script.norms(on("2024-05-07", 9)).stream()
        .filter(status -> status.norm().equals(Norms.CRISIS_INTERVENTION)).toList();
    assertThat(runs).containsExactly(
        new NormStatus.Met(Norms.CRISIS_INTERVENTION, on("2024-03-05", 9), LocalDate.of(2024, 3, 19), on("2024-03-08", 9)),
        new NormStatus.Pending(Norms.CRISIS_INTERVENTION, on("2024-05-06", 9), LocalDate.of(2024, 5, 20), false));
  }

  @Test
  void closingTheCaseDuringACrisisInterventionDoesNotMeetItsNorm() {
    CaseScript script = CaseScript.registered();
    script.start(on("2024-03-05", 9), ActivityKind.CRISIS_INTERVENTION);

    List<Event> closing = script.accept(new Command.CloseCase(BT, on("2024-03-08", 9), ClosureType.NEGATIVE, "generalist", "",
        "cliënt trekt zich terug"));

    assertThat(closing).extracting(Event::change).contains(new Change.ActivityEnded("P1", ActivityKind.CRISIS_INTERVENTION,
        WENI, "case closed", ActivityOutcome.STOPPED_BY_CLOSURE));
    assertThat(script.norm(Norms.CRISIS_INTERVENTION, on("2024-04-01", 9))).isEqualTo(
        new NormStatus.NotApplicable(Norms.CRISIS_INTERVENTION, "de zaak is gesloten voordat de termijn verliep"));
  }

  @Test
  void closingTheCaseAfterTheCrisisInterventionRanOutLeavesItBreached() {
    CaseScript script = CaseScript.registered();
    script.start(on("2024-03-05", 9), ActivityKind.CRISIS_INTERVENTION);

    script.accept(new Command.CloseCase(BT, on("2024-03-25", 9), ClosureType.NEGATIVE, "generalist", "", "teruggetrokken"));

    assertThat(script.norm(Norms.CRISIS_INTERVENTION, on("2024-04-01", 9))).isEqualTo(new NormStatus.Breached(
        Norms.CRISIS_INTERVENTION, on("2024-03-05", 9), LocalDate.of(2024, 3, 19), on("2024-03-20", 0),
        Duration.between(on("2024-03-20", 0), on("2024-03-25", 9)), NormStatus.Breached.Clock.CASE_CLOSED));
  }

  // ---- NVVK: settlement proposal within 120 days; settlement duration, effective-dated ---------

  @Test
  void settlementProposalIsDue120DaysAfterAdmissionAndDoesNotApplyAfterRefusal() {
    CaseScript admitted = CaseScript.registered().held(on("2024-03-05", 9), AppointmentKind.INTAKE);
    admitted.accept(new Command.DecideAccess(WI, on("2024-03-11", 9), AccessOutcome.ADMITTED, LocalDate.of(2024, 3, 11), "toegelaten"));
    CaseScript refused = CaseScript.registered().held(on("2024-03-05", 9), AppointmentKind.INTAKE);
    refused.accept(new Command.DecideAccess(WI, on("2024-03-11", 9), AccessOutcome.REFUSED, LocalDate.of(2024, 3, 11), "geen schulden"));

    assertThat(admitted.norm(Norms.SETTLEMENT_PROPOSAL, on("2024-04-01", 9)))
        .isEqualTo(new NormStatus.Pending(Norms.SETTLEMENT_PROPOSAL, on("2024-03-11", 9), LocalDate.of(2024, 7, 9), false));
    assertThat(refused.norm(Norms.SETTLEMENT_PROPOSAL, on("2024-04-01", 9))).isInstanceOf(NormStatus.NotApplicable.class);

    admitted.start(on("2024-06-03", 9), ActivityKind.DEBT_SETTLEMENT);
    assertThat(admitted.norm(Norms.SETTLEMENT_PROPOSAL, on("2024-08-01", 9))).isInstanceOf(NormStatus.Met.class);
  }

  @Test
  void settlementStartedFromJuly2023RunsEighteenMonths() {
    CaseScript script = CaseScript.registered();
    script.start(on("2024-03-05", 9), ActivityKind.DEBT_SETTLEMENT);

    assertThat(script.norm(Norms.SETTLEMENT_DURATION, on("2024-03-06", 9)))
        .isEqualTo(new NormStatus.Pending(Norms.SETTLEMENT_DURATION, on("2024-03-05", 9), LocalDate.of(2025, 9, 5), false));
    assertThat(script.norm(Norms.SETTLEMENT_DURATION_BEFORE_2023, on("2024-03-06", 9)))
        .isEqualTo(new NormStatus.NotApplicable(Norms.SETTLEMENT_DURATION_BEFORE_2023, "niet van kracht voor een start op 2024-03-05"));
  }

  @Test
  void settlementStartedBeforeJuly2023RunsThirtySixMonths() {
    CaseScript script = CaseScript.registered(SampleDefinitions.kanteling(), on("2023-06-01", 9));
    script.start(on("2023-06-30", 9), ActivityKind.DEBT_SETTLEMENT);

    assertThat(script.norm(Norms.SETTLEMENT_DURATION_BEFORE_2023, on("2023-07-03", 9)))
        .isEqualTo(new NormStatus.Pending(Norms.SETTLEMENT_DURATION_BEFORE_2023, on("2023-06-30", 9),
            LocalDate.of(2026, 6, 30), false));
    assertThat(script.norm(Norms.SETTLEMENT_DURATION, on("2023-07-03", 9))).isInstanceOf(NormStatus.NotApplicable.class);
  }

  // ---- local norms from the municipality cards (Utrecht) ---------------------------------------

  /** Utrecht's Voorkom Huisuitzetting and crisis-route norms, as a municipality would add them. */
  static WorkflowDefinition utrecht() {
    return SampleDefinitions.kanteling().toBuilder()
        .norm(Norm.local("vh-huisbezoek", "Huisbezoek binnen twee weken na acceptatie", Milestone.AccessDecided.INSTANCE,
            new Milestone.AppointmentHeld(AppointmentKind.HOME_VISIT), Term.weeks(2), "Utrecht, Voorkom Huisuitzetting!"))
        .norm(Norm.local("vh-plan", "Gezamenlijk plan drie maanden na acceptatie", Milestone.AccessDecided.INSTANCE,
            new Milestone.TaskCompleted("actielijst"), Term.months(3), "Utrecht, Voorkom Huisuitzetting!"))
        .norm(Norm.local("crisis-gesprek", "Gesprek binnen twee dagen", new Milestone.FlagRaised(Flag.CRISIS),
            new Milestone.AppointmentHeld(AppointmentKind.INTAKE), Term.days(2), "Utrecht, crisisroute"))
        .norm(Norm.local("crisis-budgetbeheer", "Budgetbeheer binnen een week", new Milestone.FlagRaised(Flag.CRISIS),
            new Milestone.ActivityStarted(ActivityKind.BUDGET_MANAGEMENT), Term.weeks(1), "Utrecht, crisisroute"))
        .build();
  }

  @Test
  void voorkomHuisuitzettingHomeVisitWithinTwoWeeksAndPlanWithinThreeMonthsOfAcceptance() {
    CaseScript script = CaseScript.registered(utrecht(), START).held(on("2024-03-05", 9), AppointmentKind.INTAKE);
    script.accept(new Command.DecideAccess(WI, on("2024-03-06", 9), AccessOutcome.ADMITTED, LocalDate.of(2024, 3, 6), "toegelaten"));
    script.held(on("2024-03-19", 9), AppointmentKind.HOME_VISIT);

    assertThat(script.norm("vh-huisbezoek", on("2024-04-01", 9))).isEqualTo(
        new NormStatus.Met("vh-huisbezoek", on("2024-03-06", 9), LocalDate.of(2024, 3, 20), on("2024-03-19", 9)));
    assertThat(script.norm("vh-plan", on("2024-04-01", 9))).isEqualTo(
        new NormStatus.Pending("vh-plan", on("2024-03-06", 9), LocalDate.of(2024, 6, 6), false));
  }

  @Test
  void crisisRouteConversationWithinTwoDaysAndBudgetManagementWithinAWeek() {
    CaseScript script = CaseScript.registered(utrecht(), START);
    script.accept(new Command.RaiseFlag(BT, on("2024-03-08", 16), Flag.CRISIS, "geen inkomen"));
    script.held(on("2024-03-11", 9), AppointmentKind.INTAKE);

    assertThat(script.norm("crisis-gesprek", on("2024-03-12", 9))).isEqualTo(
        new NormStatus.Breached("crisis-gesprek", on("2024-03-08", 16), LocalDate.of(2024, 3, 10), on("2024-03-11", 0),
            Duration.ofHours(9), NormStatus.Breached.Clock.REACHED));
    assertThat(script.norm("crisis-budgetbeheer", on("2024-03-12", 9))).isEqualTo(
        new NormStatus.Pending("crisis-budgetbeheer", on("2024-03-08", 16), LocalDate.of(2024, 3, 15), false));
  }

  // ---- suspension (opschorting) and extension -------------------------------------------------

  @Test
  void suspensionMovesTheDueDateByTheCalendarDaysStopped() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.SuspendClock(BT, on("2024-03-06", 9), Norms.FIRST_CONVERSATION, "cliënt in ziekenhuis"));

    assertThat(script.norm(Norms.FIRST_CONVERSATION, on("2024-03-08", 9)))
        .isEqualTo(new NormStatus.Pending(Norms.FIRST_CONVERSATION, START, LocalDate.of(2024, 4, 3), true));

    script.accept(new Command.ResumeClock(BT, on("2024-03-13", 15), Norms.FIRST_CONVERSATION));
    assertThat(script.norm(Norms.FIRST_CONVERSATION, on("2024-05-01", 9)))
        .isEqualTo(new NormStatus.Breached(Norms.FIRST_CONVERSATION, START, LocalDate.of(2024, 4, 8), on("2024-04-09", 0),
            Duration.between(on("2024-04-09", 0), on("2024-05-01", 9)), NormStatus.Breached.Clock.RUNNING));
  }

  @Test
  void suspensionOfAWorkingDayNormMovesItByTheWorkingDaysStopped() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.RaiseFlag(BT, on("2024-03-04", 10), Flag.URGENT, "huisuitzetting dreigt"));
    script.accept(new Command.SuspendClock(BT, on("2024-03-05", 9), Norms.FIRST_CONVERSATION_THREATENING, "wacht op cliënt"));
    script.accept(new Command.ResumeClock(BT, on("2024-03-08", 9), Norms.FIRST_CONVERSATION_THREATENING));

    // due Thursday 7 March; stopped Tuesday, Wednesday and Thursday: three working days later is Tuesday 12 March
    assertThat(script.norm(Norms.FIRST_CONVERSATION_THREATENING, on("2024-03-08", 10)))
        .isEqualTo(new NormStatus.Pending(Norms.FIRST_CONVERSATION_THREATENING, on("2024-03-04", 10),
            LocalDate.of(2024, 3, 12), false));
  }

  @Test
  void suspensionsAndExtensionsAddUpAnyNumberOfTimes() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.SuspendClock(BT, on("2024-03-05", 9), Norms.FIRST_CONVERSATION, "papieren"));
    script.accept(new Command.ResumeClock(BT, on("2024-03-07", 9), Norms.FIRST_CONVERSATION));
    script.accept(new Command.ExtendDeadline(BT, on("2024-03-08", 9), Norms.FIRST_CONVERSATION, Term.weeks(1), "tolk nodig"));
    script.accept(new Command.SuspendClock(BT, on("2024-03-11", 9), Norms.FIRST_CONVERSATION, "opname"));
    script.accept(new Command.ResumeClock(BT, on("2024-03-14", 9), Norms.FIRST_CONVERSATION));
    script.accept(new Command.ExtendDeadline(BT, on("2024-03-15", 9), Norms.FIRST_CONVERSATION, Term.days(3), "verhuizing"));

    // 1 April + 7 days + 3 days extended, + 2 + 3 days stopped
    assertThat(script.norm(Norms.FIRST_CONVERSATION, on("2024-03-20", 9)))
        .isEqualTo(new NormStatus.Pending(Norms.FIRST_CONVERSATION, START, LocalDate.of(2024, 4, 16), false));
  }

  @Test
  void aClockThatHasRunOutCannotBeStoppedOrExtended() {
    CaseScript script = CaseScript.registered();
    script.accept(new Command.ExtendDeadline(BT, on("2024-04-03", 9), Norms.FIRST_CONVERSATION, Term.weeks(2), "te laat"));
    script.accept(new Command.SuspendClock(BT, on("2024-04-04", 9), Norms.FIRST_CONVERSATION, "te laat"));

    assertThat(script.norm(Norms.FIRST_CONVERSATION, on("2024-04-05", 9)))
        .isEqualTo(new NormStatus.Breached(Norms.FIRST_CONVERSATION, START, LocalDate.of(2024, 4, 1), on("2024-04-02", 0),
            Duration.between(on("2024-04-02", 0), on("2024-04-05", 9)), NormStatus.Breached.Clock.RUNNING));
  }

  // ---- closure --------------------------------------------------------------------------------

  @Test
  void closingBeforeTheDeadlineMakesANormNotApplicableAndAfterItLeavesItBreached() {
    CaseScript early = CaseScript.registered();
    early.accept(new Command.CloseCase(BT, on("2024-03-10", 9), ClosureType.NEGATIVE, "buurtteam", "", "teruggetrokken"));
    CaseScript late = CaseScript.registered();
    late.accept(new Command.CloseCase(BT, on("2024-04-03", 0), ClosureType.NEGATIVE, "buurtteam", "", "teruggetrokken"));

    assertThat(early.norm(Norms.FIRST_CONVERSATION, on("2024-06-01", 9))).isInstanceOf(NormStatus.NotApplicable.class);
    assertThat(late.norm(Norms.FIRST_CONVERSATION, on("2024-06-01", 9)))
        .isEqualTo(new NormStatus.Breached(Norms.FIRST_CONVERSATION, START, LocalDate.of(2024, 4, 1), on("2024-04-02", 0),
            Duration.ofDays(1), NormStatus.Breached.Clock.CASE_CLOSED));
  }
}
