package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.GENERALIST;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static nl.schuldhulp.workflow.time.CaseScript.BT;
import static nl.schuldhulp.workflow.time.CaseScript.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/** Example tests of the agenda across cases. */
class AgendaTest {
  private final Agenda agenda = Agenda.of(List.of(SampleDefinitions.kanteling()), CaseScript.CALENDAR);

  private CaseScript caseAt(String caseId, String date) {
    CaseScript script = new CaseScript(SampleDefinitions.kanteling(), caseId);
    script.accept(new Command.RegisterCase(BT, on(date, 9), "zelfmelding", List.of("client-1")));
    script.events.forEach(agenda::apply);
    return script;
  }

  @Test
  void listsWhatIsDueForAnOrganisationEarliestFirstWithTheTotal() {
    caseAt("b", "2024-03-05");
    caseAt("a", "2024-03-04");

    // each case: the task kennismaking-plannen (5 working days), the local 2-week norm, the Wgs 4-week norm
    Page<AgendaItem> page = agenda.due(BUURTTEAM, LocalDate.of(2024, 3, 31), 3);

    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items()).extracting(item -> item.caseId().value() + " " + item.subject() + " " + item.due())
        .containsExactly(
            "a T1 2024-03-11",
            "b T1 2024-03-12",
            "a kennismaking-binnen-twee-weken 2024-03-18");
  }

  @Test
  void listsWhatIsDueOnOneDayInTheOrderItFirstSawTheCases() {
    caseAt("b", "2024-03-04");
    caseAt("a", "2024-03-04");

    // the same items on the same days for both cases: "b" first, as it was registered first
    assertThat(agenda.due(BUURTTEAM, LocalDate.of(2024, 3, 31), 10).items())
        .extracting(item -> item.caseId().value() + " " + item.subject() + " " + item.due())
        .containsExactly(
            "b T1 2024-03-11",
            "a T1 2024-03-11",
            "b kennismaking-binnen-twee-weken 2024-03-18",
            "a kennismaking-binnen-twee-weken 2024-03-18");
  }

  @Test
  void listsTheTasksOfOneRole() {
    caseAt("a", "2024-03-04");

    assertThat(agenda.due(BUURTTEAM, GENERALIST, LocalDate.of(2024, 12, 31), 10).items())
        .extracting(AgendaItem::kind).containsExactly(AgendaItem.Kind.TASK);
    assertThat(agenda.due(WENI, LocalDate.of(2024, 12, 31), 10)).isEqualTo(new Page<>(List.of(), 0));
  }

  @Test
  void aMetNormLeavesTheAgenda() {
    CaseScript script = caseAt("a", "2024-03-04");
    int applied = script.events.size();
    script.held(on("2024-03-06", 9), AppointmentKind.INTAKE);
    script.events.subList(applied, script.events.size()).forEach(agenda::apply);

    assertThat(agenda.due(BUURTTEAM, LocalDate.of(2024, 12, 31), 10).items())
        .extracting(AgendaItem::subject).doesNotContain(Norms.FIRST_CONVERSATION);
  }

  @Test
  void findsTheCasesWithASignalNowAndDropsThemWhenAnEventEndsIt() {
    CaseScript quiet = caseAt("quiet", "2024-03-04");
    caseAt("other", "2024-03-04");

    assertThat(agenda.casesWithSignal(SignalKind.CONTACT_LOST, on("2024-04-15", 9), 10).total()).isZero();
    assertThat(agenda.casesWithSignal(SignalKind.CONTACT_LOST, on("2024-04-16", 9), 10))
        .isEqualTo(new Page<>(List.of(CaseId.of("other"), CaseId.of("quiet")), 2));

    agenda.apply(quiet.accept(new Command.RecordContact(BT, on("2024-04-16", 10), ContactChannel.PHONE,
        ContactDirection.OUTBOUND, true)).get(0));
    assertThat(agenda.casesWithSignal(SignalKind.CONTACT_LOST, on("2024-04-16", 11), 10))
        .isEqualTo(new Page<>(List.of(CaseId.of("other")), 1));
  }

  @Test
  void refusesToAnswerForAnEarlierDayThanItWasAskedAbout() {
    agenda.casesWithSignal(SignalKind.STALLED, on("2024-04-16", 9), 10);

    assertThatThrownBy(() -> agenda.casesWithSignal(SignalKind.STALLED, on("2024-04-15", 9), 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-04-16");
  }

  @Test
  void refusesACaseUnderADefinitionItWasNotGiven() {
    CaseScript script = new CaseScript(SampleDefinitions.minimal(), "m");
    script.accept(new Command.RegisterCase(Actor.professional("sdv", "consulent", "c-1"),
        on("2024-03-04", 9), "loket", List.of("client-1")));

    assertThatThrownBy(() -> agenda.apply(script.events.get(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimaal");
  }

  @Test
  void aRedeliveredEventIsIgnored() {
    CaseScript script = caseAt("a", "2024-03-04");
    Page<AgendaItem> before = agenda.due(BUURTTEAM, LocalDate.of(2024, 12, 31), 10);

    script.events.forEach(agenda::apply);
    agenda.apply(script.events.get(script.events.size() - 1));

    assertThat(agenda.due(BUURTTEAM, LocalDate.of(2024, 12, 31), 10)).isEqualTo(before);
  }

  @Test
  void refusesAnEventThatSkipsVersionsAndNamesTheMissingOnes() {
    CaseScript script = caseAt("a", "2024-03-04");
    int applied = script.events.size();
    script.held(on("2024-03-06", 9), AppointmentKind.INTAKE);

    assertThatThrownBy(() -> agenda.apply(script.events.get(applied + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events " + (applied + 1) + " to " + (applied + 1) + " are missing");
  }

  @Test
  void aClosedCaseLeavesEveryIndexAndAReopenedOneComesBack() {
    CaseScript script = caseAt("a", "2024-03-04");
    int applied = script.events.size();
    script.accept(new Command.CloseCase(BT, on("2024-03-05", 9), ClosureType.NEGATIVE, "buurtteam", "", "teruggetrokken"));
    script.events.subList(applied, script.events.size()).forEach(agenda::apply);

    assertThat(agenda.due(BUURTTEAM, LocalDate.of(2030, 1, 1), 10).total()).isZero();
    assertThat(agenda.casesWithSignal(SignalKind.CONTACT_LOST, on("2025-01-01", 9), 10).total()).isZero();

    applied = script.events.size();
    script.accept(new Command.ReopenCase(BT, on("2025-01-02", 9), "nieuwe aanmelding"));
    script.events.subList(applied, script.events.size()).forEach(agenda::apply);
    assertThat(agenda.casesWithSignal(SignalKind.RETURNING_CLIENT, on("2025-01-02", 10), 10).items())
        .containsExactly(CaseId.of("a"));
  }
}
