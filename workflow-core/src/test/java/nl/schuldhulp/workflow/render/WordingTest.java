package nl.schuldhulp.workflow.render;

import static nl.schuldhulp.workflow.definition.Guard.accessGranted;
import static nl.schuldhulp.workflow.definition.Guard.activityActive;
import static nl.schuldhulp.workflow.definition.Guard.allOf;
import static nl.schuldhulp.workflow.definition.Guard.always;
import static nl.schuldhulp.workflow.definition.Guard.anyOf;
import static nl.schuldhulp.workflow.definition.Guard.factEquals;
import static nl.schuldhulp.workflow.definition.Guard.flagSet;
import static nl.schuldhulp.workflow.definition.Guard.not;
import static nl.schuldhulp.workflow.definition.Guard.requiredTasksDone;
import static nl.schuldhulp.workflow.definition.Guard.scoreAtLeast;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

class WordingTest {
  private final Wording wording = Wording.of(SampleDefinitions.kanteling());

  @Test
  void factGuardReadsTheFactLabelAndValue() {
    assertThat(wording.guard(factEquals("spoor", "3"))).isEqualTo("spoor is 3");
  }

  @Test
  void unknownIdsAreShownAsTheyAre() {
    assertThat(wording.guard(factEquals("rijp", "ja"))).isEqualTo("rijp is ja");
    assertThat(wording.guard(scoreAtLeast("huisvesting", 2))).isEqualTo("score huisvesting minstens 2");
  }

  @Test
  void acronymLabelsKeepTheirCapitals() {
    var definition =
        SampleDefinitions.kanteling().toBuilder().fact(new Fact("bsn", "BSN bekend", List.of("ja"))).build();
    assertThat(Wording.of(definition).guard(factEquals("bsn", "ja"))).isEqualTo("BSN bekend is ja");
  }

  @Test
  void labelsAreLowerCasedFromTheirFirstVisibleLetter() {
    var definition = SampleDefinitions.kanteling().toBuilder()
        .fact(new Fact("last", " Schuldenlast", List.of("hoog")))
        .fact(new Fact("bsn", "\tBSN bekend", List.of("ja")))
        .build();
    assertThat(Wording.of(definition).guard(factEquals("last", "hoog"))).isEqualTo("schuldenlast is hoog");
    assertThat(Wording.of(definition).guard(factEquals("bsn", "ja"))).isEqualTo("BSN bekend is ja");
  }

  @Test
  void scoreGuardReadsTheDomainLabel() {
    assertThat(wording.guard(scoreAtLeast("financien", 3))).isEqualTo("score financiën minstens 3");
  }

  @Test
  void stockGuardsReadAsPlainDutch() {
    assertThat(wording.guard(requiredTasksDone())).isEqualTo("verplichte taken gedaan");
    assertThat(wording.guard(accessGranted())).isEqualTo("toegelaten tot schuldhulp");
    assertThat(wording.guard(activityActive(ActivityKind.BUDGET_MANAGEMENT))).isEqualTo("budgetbeheer loopt");
    assertThat(wording.guard(flagSet(Flag.URGENT))).isEqualTo("gemarkeerd als dreigende situatie");
    assertThat(wording.guard(always())).isEqualTo("altijd");
  }

  @Test
  void junctionsJoinWithEnAndOfAndCommasForMore() {
    assertThat(wording.guard(allOf(factEquals("spoor", "3"), accessGranted())))
        .isEqualTo("spoor is 3 en toegelaten tot schuldhulp");
    assertThat(wording.guard(anyOf(factEquals("spoor", "1"), factEquals("spoor", "2"), factEquals("spoor", "3"))))
        .isEqualTo("spoor is 1, spoor is 2 of spoor is 3");
  }

  @Test
  void nestedGroupsOfTheOtherKindGetParentheses() {
    assertThat(wording.guard(anyOf(accessGranted(), allOf(requiredTasksDone(), factEquals("spoor", "2")))))
        .isEqualTo("toegelaten tot schuldhulp of (verplichte taken gedaan en spoor is 2)");
    assertThat(wording.guard(allOf(anyOf(factEquals("spoor", "1"), factEquals("spoor", "2")), accessGranted())))
        .isEqualTo("(spoor is 1 of spoor is 2) en toegelaten tot schuldhulp");
  }

  @Test
  void nestedGroupsOfTheSameKindAreFlattened() {
    assertThat(wording.guard(allOf(accessGranted(), allOf(requiredTasksDone(), factEquals("spoor", "2")))))
        .isEqualTo("toegelaten tot schuldhulp, verplichte taken gedaan en spoor is 2");
  }

  @Test
  void aGroupOfOneNeedsNoParentheses() {
    assertThat(wording.guard(allOf(anyOf(accessGranted(), requiredTasksDone()))))
        .isEqualTo("toegelaten tot schuldhulp of verplichte taken gedaan");
  }

  @Test
  void alwaysDropsOutOfAllOfAndSettlesAnyOf() {
    assertThat(wording.guard(allOf(always(), accessGranted()))).isEqualTo("toegelaten tot schuldhulp");
    assertThat(wording.guard(allOf(always()))).isEqualTo("altijd");
    assertThat(wording.guard(anyOf(accessGranted(), always()))).isEqualTo("altijd");
  }

  @Test
  void negationWrapsItsGuardInParentheses() {
    assertThat(wording.guard(not(accessGranted()))).isEqualTo("niet (toegelaten tot schuldhulp)");
    assertThat(wording.guard(not(anyOf(factEquals("spoor", "1"), accessGranted()))))
        .isEqualTo("niet (spoor is 1 of toegelaten tot schuldhulp)");
    assertThat(wording.guard(not(always()))).isEqualTo("nooit");
  }

  @Test
  void milestonesReadAsWhatHappened() {
    assertThat(wording.milestone(Milestone.Registered.INSTANCE)).isEqualTo("hulpvraag gemeld");
    assertThat(wording.milestone(Milestone.FirstConversation.INSTANCE)).isEqualTo("eerste gesprek gehouden");
    assertThat(wording.milestone(Milestone.AccessDecided.INSTANCE)).isEqualTo("besluit over toelating genomen");
    assertThat(wording.milestone(Milestone.Closed.INSTANCE)).isEqualTo("dossier afgesloten");
    assertThat(wording.milestone(new Milestone.StepEntered("huisbezoek"))).isEqualTo("stap Huisbezoek begonnen");
    assertThat(wording.milestone(new Milestone.TaskCompleted("actielijst")))
        .isEqualTo("taak ‘Stel de actielijst op’ afgerond");
    assertThat(wording.milestone(new Milestone.ActivityStarted(ActivityKind.MORATORIUM))).isEqualTo("moratorium gestart");
    assertThat(wording.milestone(new Milestone.ActivityEnded(ActivityKind.MORATORIUM))).isEqualTo("moratorium beëindigd");
    assertThat(wording.milestone(new Milestone.FlagRaised(Flag.CRISIS))).isEqualTo("crisis gemeld");
    assertThat(wording.milestone(new Milestone.AppointmentHeld(AppointmentKind.TRIPARTITE_MEETING)))
        .isEqualTo("driegesprek gehouden");
  }

  @Test
  void termsUseSingularForOne() {
    assertThat(Wording.term(Term.weeks(1))).isEqualTo("1 week");
    assertThat(Wording.term(Term.workingDays(1))).isEqualTo("1 werkdag");
    assertThat(Wording.term(Term.days(1))).isEqualTo("1 dag");
    assertThat(Wording.term(Term.months(1))).isEqualTo("1 maand");
    assertThat(Wording.term(Term.workingDays(3))).isEqualTo("3 werkdagen");
    assertThat(Wording.term(Term.months(18))).isEqualTo("18 maanden");
  }

  @Test
  void clientRegieReadsAsRegieAndOtherKindsByTheirName() {
    assertThat(wording.lead(LeadRule.clientLead("weni"))).isEqualTo("regie: Werk en Inkomen");
    assertThat(wording.lead(new LeadRule(LeadKind.PROCESS_LEAD, "buurtteam", HandoverMode.COLD)))
        .isEqualTo("procesregie: Buurtteam Sociaal");
  }
}
