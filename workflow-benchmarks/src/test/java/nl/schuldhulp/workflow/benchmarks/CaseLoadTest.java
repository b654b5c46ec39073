package nl.schuldhulp.workflow.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.time.Agenda;
import nl.schuldhulp.workflow.time.DutchCalendar;
import org.junit.jupiter.api.Test;

/** Scenario 6's load and update batches are what the results say they are. */
class CaseLoadTest {
  private static final CaseLoad LOAD = new CaseLoad();

  @Test
  void oneJourneyStartsOnEveryWorkingDayOfTheLoad() {
    long weekdays = CaseLoad.FIRST_DAY.datesUntil(CaseLoad.LAST_DAY.plusDays(1))
        .filter(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY).count();

    assertThat(LOAD.journeys()).isEqualTo(weekdays);
  }

  @Test
  void everyCaseIsOpenUnderItsOwnIdAndTheCasesSpreadOverTheProcess() {
    int count = 3 * CaseLoad.SHAPES.length;
    Map<CaseId, List<Event>> cases = new LinkedHashMap<>();
    LOAD.feed(count, event -> cases.computeIfAbsent(event.caseId(), id -> new ArrayList<>()).add(event));

    List<CaseState> states = cases.entrySet().stream().map(c -> Cases.replay(c.getKey(), c.getValue())).toList();
    assertThat(states).hasSize(count).noneMatch(CaseState::closed);
    assertThat(states.stream().map(CaseState::step).collect(Collectors.toSet()))
        .isEqualTo(Set.of("melding", "huisbezoek", "driegesprek-advies", Workload.STABILISATION, Workload.OFFER));
    assertThat(cases.values().stream().map(events -> events.get(0).at()).distinct()).hasSize(3);
  }

  @Test
  void aHeldBackCaseTakesTheWholeRestOfItsJourneyInOneBatchWorth() {
    CaseId id = CaseId.of("held-0-0");
    List<Event> registration = LOAD.commands(7, id, -1, CaseLoad.REGISTRATION).get(0);
    List<Event> tail = LOAD.commands(7, id, CaseLoad.REGISTRATION, LOAD.lastCommand()).stream().flatMap(List::stream).toList();
    Agenda agenda = Agenda.of(List.of(new Workload().definition), DutchCalendar.standard());

    registration.forEach(agenda::apply);
    tail.forEach(agenda::apply);

    assertThat(tail).hasSize(NationalAgenda.TAIL_EVENTS).allMatch(event -> event.caseId().equals(id));
    assertThat(Cases.replay(id, registration).step()).isEqualTo("melding");
    List<Event> all = new ArrayList<>(registration);
    all.addAll(tail);
    assertThat(Cases.replay(id, all).step()).isEqualTo(Workload.OFFER);
  }
}
