package nl.schuldhulp.workflow.time;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Derives the warning signals of one case at an instant from its events and the definition's
 * {@link nl.schuldhulp.workflow.definition.SignalRules}: contact lost, no
 * follow-up after a driegesprek or advice meeting, closer monitoring after a crisis, re-screening
 * after a life event, a handover not accepted or declined, a stalled step, overdue tasks, norms
 * breached or about to be, and a returning client. Signals are never stored: each says why and when it arose.
 * A closed case raises none.
 *
 * <pre>{@code
 * List<Signal> signals = Signals.raised(definition, events, Instant.now(), DutchCalendar.standard());
 * }</pre>
 *
 * <p>This class is threadsafe (it has no state).
 */
public final class Signals {
  private static final Comparator<Signal> ORDER =
      Comparator.comparing(Signal::kind).thenComparing(Signal::arose).thenComparing(Signal::subject);

  private Signals() {}

  /**
   * The signals raised at {@code at}, ordered by kind and then as they arose. Events after {@code
   * at} are ignored.
   *
   * @param events the case's events in order, as the engine produced them
   * @throws IllegalArgumentException if the events are not one case's history in order
   */
  public static List<Signal> raised(
      WorkflowDefinition definition, List<Event> events, Instant at, BusinessCalendar calendar) {
    CaseTimeline timeline = CaseTimeline.of(definition, events, at, calendar);
    if (timeline == null) {
      return List.of();
    }
    return timeline.signalWindows().stream()
        .filter(window -> window.raisedAt(at))
        .map(SignalWindow::signal)
        .sorted(ORDER)
        .toList();
  }
}
