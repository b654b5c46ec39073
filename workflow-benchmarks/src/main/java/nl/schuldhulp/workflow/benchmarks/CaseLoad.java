package nl.schuldhulp.workflow.benchmarks;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * Scenario 6's national case load, made quickly: the engine drives one Utrecht case (the {@link
 * Workload.Journey}) registered on each working day from {@link #FIRST_DAY} to {@link #LAST_DAY};
 * every case of the load is a copy of one of those journeys under its own case id, cut off after
 * one of the {@link #SHAPES}. So its events are the engine's own, the cases are spread over 18
 * months of registrations and six places in the process, and all of them are open. Immutable and
 * threadsafe.
 */
final class CaseLoad {
  /** The open cases of the national load. */
  static final int NATIONAL = 700_000;
  /** The first day on which the load's cases are registered. */
  static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 2);
  /** The last day on which the load's cases are registered. */
  static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
  /**
   * Where the copies stop, as the index of the journey's last command: just registered (melding),
   * home visit, advice meeting, stabilisation under the neighbourhood team, mid-stabilisation with
   * the debt service, and the offer meeting (driegesprek-aanbod).
   */
  static final int[] SHAPES = {0, 3, 5, 7, 10, 14};
  /** The registration's command: a case held back for an update batch is loaded up to here. */
  static final int REGISTRATION = 0;

  private final List<Workload.Journey> journeys = new ArrayList<>();

  /** Drives one journey per working day through the engine. */
  CaseLoad() {
    Workload workload = new Workload();
    int n = 0;
    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        Instant start = day.atTime(LocalTime.of(9, 0)).atZone(BusinessCalendar.ZONE).toInstant();
        journeys.add(workload.journey(CaseId.of("journey-" + n), "client-" + n, start));
        n++;
      }
    }
  }

  /** How many distinct journeys the copies are made from. */
  int journeys() {
    return journeys.size();
  }

  /**
   * Feeds {@code sink} the events of cases {@code 0} to {@code count - 1} of the load, case by case:
   * case {@code i} is journey {@code i / SHAPES.length} (modulo the journeys) cut off after shape
   * {@code i % SHAPES.length}.
   */
  void feed(int count, Consumer<Event> sink) {
    for (int i = 0; i < count; i++) {
      Workload.Journey journey = journeys.get((i / SHAPES.length) % journeys.size());
      copy(journey.events().subList(0, journey.ends()[SHAPES[i % SHAPES.length]]), caseId(i)).forEach(sink);
    }
  }

  /** The id of case {@code i} of the load. */
  static CaseId caseId(int i) {
    return CaseId.of(String.format("NL-%07d", i));
  }

  /**
   * The events of case {@code id} as journey {@code j} (modulo the journeys) has them, from after
   * command {@code from} up to and including command {@code to} ({@code -1}: from the start),
   * grouped per command.
   */
  List<List<Event>> commands(int j, CaseId id, int from, int to) {
    Workload.Journey journey = journeys.get(j % journeys.size());
    List<List<Event>> commands = new ArrayList<>();
    for (int k = from + 1; k <= to; k++) {
      commands.add(copy(journey.events().subList(k == 0 ? 0 : journey.ends()[k - 1], journey.ends()[k]), id));
    }
    return commands;
  }

  /** The last command of every journey. */
  int lastCommand() {
    return journeys.get(0).ends().length - 1;
  }

  private static List<Event> copy(List<Event> events, CaseId id) {
    List<Event> copies = new ArrayList<>(events.size());
    for (Event event : events) {
      copies.add(new Event(id, event.version(), event.at(), event.actor(), event.change()));
    }
    return copies;
  }
}
