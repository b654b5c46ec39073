package nl.schuldhulp.workflow.validation;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.kanteling;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.minimal;
import static nl.schuldhulp.workflow.validation.Fixtures.messages;
import static nl.schuldhulp.workflow.validation.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import org.junit.jupiter.api.Test;

/** Every step is reachable and every route can end properly (R-05, R-64, ADR 0002). */
class RoutesTest {

  @Test
  void rejectsAStepNoEntryPointLeadsTo() {
    DefinitionParts parts = DefinitionParts.of(minimal());
    parts.steps.add(
        Step.builder("wachtkamer", "Wachtkamer", Phase.INTAKE)
            .lead(LeadRule.clientLead("sdv"))
            .transition(Transition.to("afronding"))
            .build());

    assertThat(problemsOf(parts.build()))
        .containsExactly(tuple(ProblemCode.UNREACHABLE_STEP, "/steps/2"));
    assertThat(messages(parts.build(), ProblemCode.UNREACHABLE_STEP))
        .containsExactly("step 'wachtkamer' (Wachtkamer) cannot be reached from any entry point");
  }

  @Test
  void aStepIsReachableThroughAnyEntryPoint() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.step(0, step -> step.clearTransitions().transition(Transition.to("driegesprek-advies")));
    parts.entryPoints.set(
        1,
        new EntryPoint(
            "huisbezoek-direct",
            "Direct huisbezoek",
            parts.entryPoints.get(1).channel(),
            "huisbezoek",
            List.of("corporatie")));

    assertThat(problemsOf(parts.build())).isEmpty();
  }

  /** ADR 0002: a step whose only way out is losing contact does not end a route properly. */
  @Test
  void rejectsAStepFromWhichOnlyContactLostCloses() {
    DefinitionParts parts = DefinitionParts.of(minimal());
    parts.step(
        0,
        step ->
            step.transition(new Transition("doolhof", Guard.flagSet(Flag.CRISIS), 1, "crisis")));
    parts.steps.add(
        Step.builder("doolhof", "Doolhof", Phase.STABILISATION)
            .lead(LeadRule.clientLead("sdv"))
            .build());
    parts.exits.add(
        new ExitCriteria(
            "kwijt",
            "Contact verloren",
            ClosureType.CONTACT_LOST,
            List.of("doolhof"),
            Guard.always(),
            false));

    assertThat(problemsOf(parts.build()))
        .containsExactly(tuple(ProblemCode.DEAD_END_STEP, "/steps/2"));
    assertThat(messages(parts.build(), ProblemCode.DEAD_END_STEP))
        .containsExactly(
            "from step 'doolhof' (Doolhof) no route leads to a step that exit"
                + " criteria of type positive or referred close from");
  }

  @Test
  void reportsEveryStepWhoseOnlyRouteEndsInADeadEnd() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.exits.set(0, Fixtures.exitStep(parts.exits.get(0), 2, ""));

    assertThat(problemsOf(parts.build()))
        .containsExactly(
            tuple(ProblemCode.DEAD_END_STEP, "/steps/7"),
            tuple(ProblemCode.DEAD_END_STEP, "/steps/8"));
  }

  @Test
  void referredClosuresEndARouteProperly() {
    DefinitionParts parts = DefinitionParts.of(minimal());
    ExitCriteria klaar = parts.exits.get(0);
    parts.exits.set(
        0,
        new ExitCriteria(
            klaar.id(),
            "Doorverwezen",
            ClosureType.REFERRED,
            klaar.steps(),
            klaar.condition(),
            false));

    assertThat(problemsOf(parts.build())).isEmpty();
  }

  /** a step where a case stops must be one exit criteria close from. */
  @Test
  void rejectsAStepWithoutTransitionsThatNoExitCriteriaName() {
    DefinitionParts parts = DefinitionParts.of(minimal());
    parts.exits.set(0, Fixtures.exitStep(parts.exits.get(0), 0, "aanmelding"));

    assertThat(problemsOf(parts.build()))
        .containsExactly(tuple(ProblemCode.TERMINAL_STEP_WITHOUT_EXIT, "/steps/1"));
  }
}
