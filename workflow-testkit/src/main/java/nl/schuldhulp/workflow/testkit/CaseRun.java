package nl.schuldhulp.workflow.testkit;

import java.time.Instant;
import java.util.List;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;

/**
 * A case as a check drives it: the state, its events, the latest instant used and the last step
 * (null before the first command). Immutable.
 */
record CaseRun(CaseState state, List<Event> history, Instant clock, CaseStep last) {

  /**
   * Decides {@code command} with {@code context}'s engine and applies its events: the run after
   * it, whose {@link #last} step says what happened.
   */
  CaseRun apply(Command command, CaseContext context) {
    return apply(command, context.engine().decide(state, command), context);
  }

  /** The run after {@code command}, which the engine decided as {@code decision}. */
  CaseRun apply(Command command, Decision decision, CaseContext context) {
    CaseState after = state;
    List<Event> events = decision instanceof Decision.Accepted accepted ? accepted.events() : List.of();
    for (Event event : events) {
      after = context.engine().evolve(after, event);
    }
    List<Event> longer = history;
    if (!events.isEmpty()) {
      Event[] all = history.toArray(new Event[history.size() + events.size()]);
      for (int i = 0; i < events.size(); i++) {
        all[history.size() + i] = events.get(i);
      }
      longer = List.of(all);
    }
    CaseStep step = new CaseStep(context.definition(), state, command,
        context.refusals().expected(state, command), decision, after, longer);
    Instant later = command.at().isAfter(clock) ? command.at() : clock;
    return new CaseRun(after, longer, later, step);
  }
}
