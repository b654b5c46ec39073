package nl.schuldhulp.workflow.examples.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.store.CaseService;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * A {@link Journey} replayed line by line through a {@link CaseService}: each line's outcome
 * (accepted with its events, or refused with the rule code and reason) and the case's history as
 * stored. A refused line changes nothing, exactly as in production; the replay goes on.
 *
 * <p>Immutable and threadsafe.
 *
 * @param journey the script
 * @param definition the definition it ran under
 * @param calendar the working-day calendar
 * @param outcomes one per line, in order
 * @param events the case's stored history
 */
record Replay(
    Journey journey,
    WorkflowDefinition definition,
    BusinessCalendar calendar,
    List<Outcome> outcomes,
    List<Event> events) {
  Replay {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(calendar, "calendar");
    outcomes = List.copyOf(outcomes);
    events = List.copyOf(events);
  }

  /** Runs {@code journey} on a new in-memory case under {@code definition}. */
  static Replay run(WorkflowDefinition definition, Journey journey, BusinessCalendar calendar) {
    CaseService service = CaseService.inMemory(definition, calendar);
    CaseId caseId = CaseId.of(journey.id());
    Refs refs = new Refs(journey.client());
    List<Outcome> outcomes = new ArrayList<>();
    for (Journey.Line line : journey.lines()) {
      CaseService.Result result = service.handle(caseId, line.act().command(refs, line.actor(), line.at()));
      if (result instanceof CaseService.Accepted) {
        refs.learn(((CaseService.Accepted) result).events(), line.act().binds());
      }
      outcomes.add(new Outcome(line, result));
    }
    return new Replay(journey, definition, calendar, outcomes, service.store().read(caseId));
  }

  /** The case's events up to and including {@code at}. */
  List<Event> eventsUntil(Instant at) {
    return events.stream().filter(event -> !event.at().isAfter(at)).toList();
  }

  /** The case's state at {@code at}. */
  CaseState stateAt(Instant at) {
    return Cases.replay(CaseId.of(journey.id()), eventsUntil(at));
  }

  /** The lines the engine refused. */
  List<Outcome> refused() {
    return outcomes.stream().filter(outcome -> !outcome.accepted()).toList();
  }

  /**
   * What became of one line.
   *
   * @param line the line
   * @param result accepted with its events, or refused with the rule and reason
   */
  record Outcome(Journey.Line line, CaseService.Result result) {
    boolean accepted() {
      return result.accepted();
    }
  }
}
