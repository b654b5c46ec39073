package nl.schuldhulp.workflow.time;

import java.time.Instant;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Computes where every norm of a definition stands for one case at an instant, from the case's
 * events: {@link NormStatus.Pending}, {@link NormStatus.Met}, {@link
 * NormStatus.Breached} or {@link NormStatus.NotApplicable}. Working days are counted on the given
 * calendar and dates read in {@link BusinessCalendar#ZONE}.
 *
 * <p>A norm applies to a clock run when the date of its start milestone falls within the norm's
 * {@link nl.schuldhulp.workflow.definition.Validity} and its {@code appliesWhen} condition holds on
 * the case (read while the clock runs, frozen when it stops). Suspensions ({@code ClockSuspended},
 * {@code ClockResumed}) move the due date by exactly the stopped time, in the norm's own unit of
 * days; extensions ({@code DeadlineExtended}) add their term; both any number of times, and neither
 * once the deadline has passed (ADR 0031).
 *
 * <pre>{@code
 * List<NormStatus> statuses = NormEvaluator.evaluate(definition, events, Instant.now(), DutchCalendar.standard());
 * }</pre>
 *
 * <p>To follow a case event by event, or many branches of one history, {@link NormTracker} gives
 * the same statuses without folding the whole history each time.
 *
 * <p>This class is threadsafe (it has no state).
 */
public final class NormEvaluator {
  private NormEvaluator() {}

  /**
   * The status of every clock run of every norm of {@code definition} at {@code at}, in the
   * definition's order; a norm whose clock never started gives one {@link
   * NormStatus.NotApplicable}. Events after {@code at} are ignored.
   *
   * @param events the case's events in order, as the engine produced them
   * @throws IllegalArgumentException if the events are not one case's history in order
   */
  public static List<NormStatus> evaluate(
      WorkflowDefinition definition, List<Event> events, Instant at, BusinessCalendar calendar) {
    CaseTimeline timeline = CaseTimeline.of(definition, events, at, calendar);
    return timeline == null ? unregistered(definition) : List.copyOf(timeline.statuses(at));
  }

  /** One {@link NormStatus.NotApplicable} per norm of a case that is not registered yet. */
  static List<NormStatus> unregistered(WorkflowDefinition definition) {
    return definition.norms().stream()
        .map(Norm::id)
        .<NormStatus>map(id -> new NormStatus.NotApplicable(id, "de zaak is nog niet aangemeld"))
        .toList();
  }
}
