package nl.schuldhulp.workflow.time;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Where every norm of a definition stands for one case, kept event by event: the incremental form
 * of {@link NormEvaluator}. {@link #after} folds the events that follow
 * and returns a new tracker, leaving this one as it was, so one history can branch into many (as
 * a model check does) and each branch pays only for its own events.
 *
 * <pre>{@code
 * NormTracker tracker = NormTracker.of(definition, DutchCalendar.standard());
 * tracker = tracker.after(accepted.events());
 * List<NormStatus> statuses = tracker.statuses(Instant.now());
 * }</pre>
 *
 * <p>For a history in order and an instant not before its last event, {@code NormTracker.of(d,
 * c).after(history).statuses(at)} equals {@code NormEvaluator.evaluate(d, history, at, c)}, however
 * the history is split over calls of {@link #after}.
 *
 * <p>This class is immutable and threadsafe.
 */
public final class NormTracker {
  private final WorkflowDefinition definition;
  private final BusinessCalendar calendar;
  private final CaseTimeline timeline; // null before the first event; never folded further once made
  private final Instant latest; // the instant of the last event folded; null before the first

  private NormTracker(WorkflowDefinition definition, BusinessCalendar calendar, CaseTimeline timeline, Instant latest) {
    this.definition = definition;
    this.calendar = calendar;
    this.timeline = timeline;
    this.latest = latest;
  }

  /** The tracker of a case without events, under {@code definition}, counting working days on {@code calendar}. */
  public static NormTracker of(WorkflowDefinition definition, BusinessCalendar calendar) {
    return new NormTracker(Objects.requireNonNull(definition, "definition"),
        Objects.requireNonNull(calendar, "calendar"), null, null);
  }

  /**
   * The tracker after {@code events}, the case's next events in order; this tracker is unchanged.
   *
   * @throws IllegalArgumentException if the events do not continue this case's history in order:
   *     another case, a version that does not follow, or an instant before the last event's
   */
  public NormTracker after(List<Event> events) {
    if (events.isEmpty()) {
      return this;
    }
    CaseTimeline next = timeline != null ? timeline.copy()
        : new CaseTimeline(events.get(0).caseId(), definition, calendar);
    Instant last = latest;
    for (Event event : events) {
      if (last != null && event.at().isBefore(last)) {
        throw new IllegalArgumentException("event " + event.version() + " of case " + event.caseId()
            + " at " + event.at() + " is before the event before it, at " + last);
      }
      next.apply(event);
      last = event.at();
    }
    return new NormTracker(definition, calendar, next, last);
  }

  /**
   * The status of every clock run of every norm at {@code at}, in the definition's order, as
   * {@link NormEvaluator#evaluate} gives them; a norm whose clock never started gives one {@link
   * NormStatus.NotApplicable}.
   *
   * @throws IllegalArgumentException if {@code at} is before the last event folded
   */
  public List<NormStatus> statuses(Instant at) {
    Objects.requireNonNull(at, "at");
    if (timeline == null) {
      return NormEvaluator.unregistered(definition);
    }
    if (at.isBefore(latest)) {
      throw new IllegalArgumentException("the norms are kept up to " + latest + ", after " + at
          + "; use NormEvaluator for an earlier instant");
    }
    return List.copyOf(timeline.statuses(at));
  }
}
