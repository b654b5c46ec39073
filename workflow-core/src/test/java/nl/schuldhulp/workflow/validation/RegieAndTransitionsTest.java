package nl.schuldhulp.workflow.validation;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.kanteling;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.minimal;
import static nl.schuldhulp.workflow.validation.Fixtures.messages;
import static nl.schuldhulp.workflow.validation.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.stream.IntStream;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.Transition;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** One regie holder per kind and step, unambiguous transitions, involved task owners. */
class RegieAndTransitionsTest {

  /** every step names the holder of client regie. */
  @Test
  void rejectsAStepWithoutClientRegie() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.step(8, Step.Builder::clearLeads);

    assertThat(problemsOf(parts.build()))
        .containsExactly(tuple(ProblemCode.MISSING_LEAD, "/steps/8/leads"));
    assertThat(messages(parts.build(), ProblemCode.MISSING_LEAD))
        .containsExactly(
            "step 'nazorg' names no holder of regie op de klant (CLIENT_LEAD), which"
                + " every step must (R-09)");
  }

  /** client regie is needed in every step, also when no step names any kind of regie. */
  @Test
  void rejectsADefinitionThatNamesNoRegieAtAll() {
    DefinitionParts parts = DefinitionParts.of(minimal());
    parts.step(0, Step.Builder::clearLeads);
    parts.step(1, Step.Builder::clearLeads);

    assertThat(problemsOf(parts.build()))
        .containsExactly(
            tuple(ProblemCode.MISSING_LEAD, "/steps/0/leads"),
            tuple(ProblemCode.MISSING_LEAD, "/steps/1/leads"));
    assertThat(messages(parts.build(), ProblemCode.MISSING_LEAD))
        .allMatch(message -> message.contains("CLIENT_LEAD") && message.contains("every step must (R-09)"));
  }

  /** The family-approach fixture names every kind of regie it uses in every step. */
  @Test
  void theFamilyApproachFixtureIsValid() {
    assertThat(DefinitionValidator.validate(nl.schuldhulp.workflow.testing.SampleDefinitions.gezinsaanpak()).problems())
        .isEmpty();
  }

  /** a kind of regie one step uses, every step must name a holder for. */
  @Test
  void rejectsStepsWithoutAHolderOfARegieKindAnotherStepUses() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.step(
        3, step -> step.lead(new LeadRule(LeadKind.PROCESS_LEAD, "weni", HandoverMode.COLD)));

    assertThat(problemsOf(parts.build()))
        .containsExactly(
            IntStream.range(0, 9)
                .filter(s -> s != 3)
                .mapToObj(s -> tuple(ProblemCode.MISSING_LEAD, "/steps/" + s + "/leads"))
                .toArray(Tuple[]::new));
  }

  /** exactly one holder per kind. */
  @Test
  void rejectsASecondHolderOfTheSameRegieKind() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.step(0, step -> step.lead(LeadRule.clientLead("weni")));

    assertThat(problemsOf(parts.build()))
        .containsExactly(tuple(ProblemCode.DUPLICATE_LEAD, "/steps/0/leads/1"));
    assertThat(messages(parts.build(), ProblemCode.DUPLICATE_LEAD))
        .containsExactly(
            "step 'melding' names a second holder of regie op de klant (CLIENT_LEAD):"
                + " 'weni' besides 'buurtteam'");
  }

  @Test
  void rejectsTwoTransitionsToTheSameStep() {
    DefinitionParts parts = DefinitionParts.of(minimal());
    parts.step(0, step -> step.transition(Transition.to("afronding").withPriority(1)));

    assertThat(problemsOf(parts.build()))
        .containsExactly(tuple(ProblemCode.DUPLICATE_TRANSITION, "/steps/0/transitions/1/to"));
  }

  @Test
  void rejectsOverlappingTransitionsWithTheSamePriority() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.step(
        4,
        step ->
            step.clearTransitions()
                .transition(Transition.to("eigen-kracht", Guard.factEquals("spoor", "1")))
                .transition(Transition.to("begeleiding-buurtteam", Guard.requiredTasksDone()))
                .transition(
                    Transition.to(
                        "dienstverlening-weni",
                        Guard.allOf(Guard.factEquals("spoor", "3"), Guard.accessGranted()))));

    assertThat(problemsOf(parts.build()))
        .containsExactly(
            tuple(ProblemCode.AMBIGUOUS_TRANSITIONS, "/steps/4/transitions/1/priority"),
            tuple(ProblemCode.AMBIGUOUS_TRANSITIONS, "/steps/4/transitions/2/priority"));
    assertThat(messages(parts.build(), ProblemCode.AMBIGUOUS_TRANSITIONS).get(0))
        .isEqualTo(
            "transitions of step 'driegesprek-aanbod' to 'eigen-kracht' and to"
                + " 'begeleiding-buurtteam' may both be enabled and have the same priority 0; give"
                + " them different priorities or exclusive guards");
  }

  @Test
  void acceptsOverlappingTransitionsWithDifferentPriorities() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.step(
        4,
        step ->
            step.clearTransitions()
                .transition(Transition.to("eigen-kracht", Guard.factEquals("spoor", "1")))
                .transition(new Transition("begeleiding-buurtteam", Guard.always(), 1, "anders"))
                .transition(
                    new Transition("dienstverlening-weni", Guard.accessGranted(), 2, "toegang")));

    assertThat(problemsOf(parts.build())).isEmpty();
  }

  @Test
  void acceptsTransitionsWhoseGuardsNegateEachOther() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.step(
        4,
        step ->
            step.clearTransitions()
                .transition(Transition.to("dienstverlening-weni", Guard.accessGranted()))
                .transition(
                    Transition.to(
                        "begeleiding-buurtteam",
                        Guard.allOf(Guard.not(Guard.accessGranted()), Guard.requiredTasksDone())))
                .transition(
                    new Transition("eigen-kracht", Guard.not(Guard.accessGranted()), 1, "zelf")));

    assertThat(problemsOf(parts.build())).isEmpty();
  }

  /** a task is owned by the client or by an organisation with a part in the step. */
  @Test
  void rejectsATaskOwnedByAnOrganisationWithoutAPartInTheStep() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.step(
        1,
        step ->
            step.task(
                new TaskTemplate(
                    "huurstand",
                    "Geef de huurstand door",
                    Assignee.role("corporatie", "huurconsulent"),
                    Term.workingDays(5),
                    false,
                    false)));

    assertThat(problemsOf(parts.build()))
        .containsExactly(
            tuple(ProblemCode.TASK_OWNER_NOT_INVOLVED, "/steps/1/tasks/1/owner/organisation"));
    assertThat(messages(parts.build(), ProblemCode.TASK_OWNER_NOT_INVOLVED))
        .containsExactly(
            "task 'huurstand' of step 'huisbezoek' is owned by 'corporatie', which"
                + " neither holds regie in that step nor carries out any activity");
  }

  /** the W&I coach advises in the driegesprek because W&I carries out activities. */
  @Test
  void anOrganisationCarryingOutActivitiesMayOwnTasksInAnyStep() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    assertThat(parts.steps.get(2).lead(LeadKind.CLIENT_LEAD).orElseThrow().organisation())
        .isEqualTo("buurtteam");
    parts.activities.clear();

    assertThat(
            DefinitionValidator.validate(parts.build())
                .problems(ProblemCode.TASK_OWNER_NOT_INVOLVED))
        .extracting(Problem::path)
        .containsExactly("/steps/2/tasks/0/owner/organisation");
  }

  @Test
  void theHolderOfAnyRegieKindMayOwnTasks() {
    DefinitionParts parts = DefinitionParts.of(minimal());
    parts.organisations.add(kanteling().organisations().get(2));
    parts.step(
        0,
        step ->
            step.lead(new LeadRule(LeadKind.PROCESS_LEAD, "corporatie", HandoverMode.COLD))
                .task(
                    new TaskTemplate(
                        "signaal",
                        "Meld de achterstand",
                        Assignee.role("corporatie", "huurconsulent"),
                        Term.workingDays(2),
                        true,
                        false)));
    parts.step(1, step -> step.lead(new LeadRule(LeadKind.PROCESS_LEAD, "sdv", HandoverMode.COLD)));

    assertThat(problemsOf(parts.build())).isEmpty();
  }
}
