package nl.schuldhulp.workflow.validation;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.kanteling;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.minimal;
import static nl.schuldhulp.workflow.validation.Fixtures.messages;
import static nl.schuldhulp.workflow.validation.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.ActivityRule;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.NormWaiver;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.Test;

/** Every reference resolves, and a near miss gets a suggestion. */
class ReferencesTest {

  @Test
  void rejectsATransitionToAnUnknownStepAndSuggestsTheNearestStep() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.step(0, step -> step.clearTransitions().transition(Transition.to("huisbezoke")));

    assertThat(DefinitionValidator.validate(parts.build()).problems(ProblemCode.UNKNOWN_REFERENCE))
        .extracting(Problem::path, Problem::message, Problem::suggestion)
        .containsExactly(
            tuple(
                "/steps/0/transitions/0/to",
                "unknown step 'huisbezoke' (did you mean 'huisbezoek'?)",
                "huisbezoek"));
  }

  @Test
  void suggestsNothingWhenNoIdIsClose() {
    DefinitionParts parts = DefinitionParts.of(minimal());
    parts.step(0, step -> step.transition(Transition.to("schuldregeling").withPriority(1)));

    assertThat(DefinitionValidator.validate(parts.build()).problems(ProblemCode.UNKNOWN_REFERENCE))
        .extracting(Problem::message, Problem::suggestion)
        .containsExactly(tuple("unknown step 'schuldregeling'", ""));
  }

  /** an entry route lands on an existing step, registered by existing organisations. */
  @Test
  void rejectsEntryPointsNamingUnknownStepsOrOrganisations() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.entryPoints.set(
        1, Fixtures.entryPoint(parts.entryPoints.get(1), "melding", List.of("corporatei")));
    parts.entryPoints.add(
        new EntryPoint(
            "direct", "Direct naar W&I", EntryChannel.SELF, "stabilisatei", List.of("weni")));

    assertThat(problemsOf(parts.build()))
        .containsExactly(
            tuple(ProblemCode.UNKNOWN_REFERENCE, "/entryPoints/1/organisations/0"),
            tuple(ProblemCode.UNKNOWN_REFERENCE, "/entryPoints/2/step"));
    assertThat(messages(parts.build(), ProblemCode.UNKNOWN_REFERENCE))
        .containsExactly(
            "unknown organisation 'corporatei' (did you mean 'corporatie'?)",
            "unknown step 'stabilisatei' (did you mean 'stabilisatie'?)");
  }

  /** the holder of regie is an organisation of the definition. */
  @Test
  void rejectsARegieHolderThatIsNotAnOrganisation() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.step(8, step -> step.clearLeads().lead(LeadRule.clientLead("wenni")));

    assertThat(problemsOf(parts.build()))
        .containsExactly(tuple(ProblemCode.UNKNOWN_REFERENCE, "/steps/8/leads/0/organisation"));
  }

  /** a task's owner is an existing organisation and a role it has. */
  @Test
  void rejectsTaskOwnersWithUnknownOrganisationOrRole() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.steps.set(
        0, Fixtures.taskOwner(parts.steps.get(0), 0, Assignee.role("buurtteem", "generalist")));
    parts.steps.set(
        2, Fixtures.taskOwner(parts.steps.get(2), 0, Assignee.role("weni", "trajectbegeleidr")));

    assertThat(problemsOf(parts.build()))
        .containsExactly(
            tuple(ProblemCode.UNKNOWN_REFERENCE, "/steps/0/tasks/0/owner/organisation"),
            tuple(ProblemCode.UNKNOWN_REFERENCE, "/steps/2/tasks/0/owner/role"));
    assertThat(messages(parts.build(), ProblemCode.UNKNOWN_REFERENCE).get(1))
        .isEqualTo(
            "unknown role in organisation 'weni' 'trajectbegeleidr'"
                + " (did you mean 'trajectbegeleider'?)");
  }

  /** an activity is carried out by an organisation of the definition. */
  @Test
  void rejectsAnActivityRuleNamingAnUnknownOrganisation() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.activities.set(0, new ActivityRule(ActivityKind.BUDGET_MANAGEMENT, List.of("stadsbank")));

    assertThat(problemsOf(parts.build()))
        .containsExactly(tuple(ProblemCode.UNKNOWN_REFERENCE, "/activities/0/organisations/0"));
  }

  /** exit criteria close from existing steps. */
  @Test
  void rejectsExitCriteriaNamingAnUnknownStep() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.exits.set(1, Fixtures.exitStep(parts.exits.get(1), 0, "meldnig"));

    assertThat(problemsOf(parts.build()))
        .containsExactly(tuple(ProblemCode.UNKNOWN_REFERENCE, "/exits/1/steps/0"));
  }

  @Test
  void rejectsAStallTermForAnUnknownStep() {
    SignalRules defaults = SignalRules.defaults();
    SignalRules signals =
        new SignalRules(
            defaults.contactLostAfter(),
            defaults.missedAppointmentsInRow(),
            defaults.followUpWithin(),
            defaults.monitoringAfterCrisis(),
            defaults.handoverAcceptWithin(),
            defaults.stalledAfter(),
            Map.of("huisbezoek", Term.weeks(2), "huisbezok", Term.weeks(3)),
            defaults.normWarningLead(),
            defaults.reRegistrationWindow());
    WorkflowDefinition definition = kanteling().toBuilder().signals(signals).build();

    assertThat(problemsOf(definition))
        .containsExactly(
            tuple(ProblemCode.UNKNOWN_REFERENCE, "/signals/stalledAfterPerStep/huisbezok"));
  }

  @Test
  void rejectsAnUnknownFactInANormCondition() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.norms.set(8, parts.norms.get(8).when(Guard.factEquals("spor", "1")));

    assertThat(problemsOf(parts.build()))
        .containsExactly(tuple(ProblemCode.UNKNOWN_REFERENCE, "/norms/8/appliesWhen/fact"));
  }

  @Test
  void rejectsAFactValueTheFactDoesNotDeclareEvenDeepInAGuard() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.exits.set(
        0,
        new ExitCriteria(
            "positief",
            "Klaar",
            ClosureType.POSITIVE,
            parts.exits.get(0).steps(),
            Guard.not(Guard.allOf(Guard.accessGranted(), Guard.factEquals("spoor", "4"))),
            true));

    assertThat(DefinitionValidator.validate(parts.build()).problems())
        .extracting(Problem::code, Problem::path, Problem::message, Problem::suggestion)
        .containsExactly(
            tuple(
                ProblemCode.UNDECLARED_FACT_VALUE,
                "/exits/0/condition/guard/guards/1/value",
                "fact 'spoor' has no value '4' (did you mean '1'?); its values are: 1, 2, 3",
                "1"));
  }

  /** a score guard names an assessment domain of the definition. */
  @Test
  void rejectsAScoreOnAnUnknownAssessmentDomain() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.step(
        3,
        step ->
            step.clearTransitions()
                .transition(
                    Transition.to(
                        "driegesprek-aanbod",
                        Guard.allOf(
                            Guard.requiredTasksDone(), Guard.scoreAtLeast("financein", 3)))));

    assertThat(DefinitionValidator.validate(parts.build()).problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                ProblemCode.UNKNOWN_REFERENCE,
                "/steps/3/transitions/0/guard/guards/1/domain",
                "unknown assessment domain 'financein' (did you mean 'financien'?)"));
  }

  @Test
  void rejectsNormMilestonesNamingUnknownStepsOrTasks() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    Norm local = parts.norms.get(8);
    parts.norms.set(
        8,
        new Norm(
            local.id(),
            local.label(),
            local.source(),
            local.from(),
            new Milestone.StepEntered("huisbezeok"),
            local.within(),
            local.appliesWhen(),
            local.validity(),
            local.citation()));
    parts.norms.add(
        Norm.local(
            "voorstel-op-tijd",
            "Voorstel binnen 120 dagen na toegang",
            Milestone.AccessDecided.INSTANCE,
            new Milestone.TaskCompleted("voorstell"),
            Term.days(120),
            "lokaal"));

    assertThat(DefinitionValidator.validate(parts.build()).problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                ProblemCode.UNKNOWN_REFERENCE,
                "/norms/8/to/step",
                "unknown step 'huisbezeok' (did you mean 'huisbezoek'?)"),
            tuple(
                ProblemCode.UNKNOWN_REFERENCE,
                "/norms/9/to/task",
                "unknown task 'voorstell' (did you mean 'voorstel'?)"));
  }

  /** guards and norms only name activities some organisation carries out. */
  @Test
  void rejectsGuardsAndNormsNamingAnActivityNobodyOffers() {
    DefinitionParts parts = DefinitionParts.of(minimal());
    parts.norms.add(
        Norm.local(
            "moratorium-kort",
            "Moratorium binnen 6 maanden voorbij",
            new Milestone.ActivityStarted(ActivityKind.MORATORIUM),
            new Milestone.ActivityEnded(ActivityKind.MORATORIUM),
            Term.months(6),
            "lokaal"));
    parts.step(
        0,
        step ->
            step.transition(
                new Transition(
                    "afronding",
                    Guard.activityActive(ActivityKind.CRISIS_INTERVENTION),
                    1,
                    "crisis")));

    assertThat(problemsOf(parts.build()))
        .containsExactly(
            tuple(ProblemCode.ACTIVITY_NOT_OFFERED, "/steps/0/transitions/1/guard/kind"),
            tuple(ProblemCode.ACTIVITY_NOT_OFFERED, "/norms/3/from/kind"),
            tuple(ProblemCode.ACTIVITY_NOT_OFFERED, "/norms/3/to/kind"),
            tuple(ProblemCode.DUPLICATE_TRANSITION, "/steps/0/transitions/1/to"));
  }

  @Test
  void rejectsAWaiverOfANormThatIsNotALegalNorm() {
    WorkflowDefinition definition =
        kanteling().toBuilder()
            .removeNorm(Norms.FIRST_CONVERSATION_THREATENING)
            .waiver(new NormWaiver("wgs-eerste-gesprek-dreigen", "geen crisisroute"))
            .build();

    assertThat(DefinitionValidator.validate(definition).problems())
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactly(
            tuple(
                ProblemCode.MISSING_LEGAL_NORM,
                "/norms",
                messages(definition, ProblemCode.MISSING_LEGAL_NORM).get(0)),
            tuple(
                ProblemCode.UNKNOWN_REFERENCE,
                "/waivers/0/norm",
                "unknown legal norm 'wgs-eerste-gesprek-dreigen'"
                    + " (did you mean 'wgs-eerste-gesprek-dreigend'?)"));
  }
}
