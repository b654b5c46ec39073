package nl.schuldhulp.workflow.examples.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import nl.schuldhulp.workflow.casefile.AccessOutcome;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.casefile.FollowUp;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * The vocabulary of the journey scripts: one factory per thing a person in the story does, each
 * giving the {@link Act} that becomes the engine's command. Tasks, appointments and activities are
 * named by the script's own labels (see {@link Refs}).
 *
 * <p>Stateless and threadsafe.
 */
final class Acts {
  private Acts() {}

  /** Registers the case through {@code entryPoint} for the journey's client (<i>aanmelding</i>). */
  static Act register(String entryPoint) {
    return (refs, actor, at) -> new Command.RegisterCase(actor, at, entryPoint, List.of(refs.client()));
  }

  /** Moves the case to {@code step}. */
  static Act move(String step) {
    return (refs, actor, at) -> new Command.MoveCase(actor, at, step);
  }

  /** Marks a task done, named by its template id or label. */
  static Act complete(String task) {
    return (refs, actor, at) -> new Command.CompleteTask(actor, at, refs.task(task));
  }

  /** Drops a task that is not required. */
  static Act cancel(String task, String reason) {
    return (refs, actor, at) -> new Command.CancelTask(actor, at, refs.task(task), reason);
  }

  /** Puts an action on the client's own action list (<i>actielijst</i>), known later as {@code label}. */
  static Act clientAction(String label, String text, LocalDate due) {
    return bound(label, (refs, actor, at) -> new Command.AssignTask(actor, at, text, Assignee.client(), due, true));
  }

  /** Gives a professional a task by hand, known later as {@code label}. */
  static Act task(String label, String text, String organisation, String role, LocalDate due) {
    return bound(label,
        (refs, actor, at) -> new Command.AssignTask(actor, at, text, Assignee.role(organisation, role), due, false));
  }

  /** Makes an appointment with the client and {@code organisations}, known later as {@code label}. */
  static Act schedule(String label, AppointmentKind kind, LocalDateTime start, String... organisations) {
    Instant begins = Journey.instant(start);
    return bound(label,
        (refs, actor, at) -> new Command.ScheduleAppointment(actor, at, kind, begins, List.of(organisations), true));
  }

  /** Records that an appointment took place; for kinds that need no follow-up. */
  static Act hold(String appointment, String summary) {
    return held(appointment, summary, refs -> FollowUp.notRecorded());
  }

  /** Records that an appointment took place, with the follow-up appointment already made. */
  static Act holdThen(String appointment, String summary, String next) {
    return held(appointment, summary, refs -> FollowUp.scheduled(refs.appointment(next)));
  }

  /** Records that an appointment took place, and why no follow-up appointment is needed. */
  static Act holdWithoutFollowUp(String appointment, String summary, String reason) {
    return held(appointment, summary, refs -> FollowUp.none(reason));
  }

  /** Records that an appointment did not take place. */
  static Act miss(String appointment, String reason) {
    return (refs, actor, at) -> new Command.MissAppointment(actor, at, refs.appointment(appointment), reason);
  }

  /** Records a contact moment with the client that reached them. */
  static Act reached(ContactChannel channel, ContactDirection direction) {
    return (refs, actor, at) -> new Command.RecordContact(actor, at, channel, direction, true);
  }

  /** Records an attempt to reach the client that got no answer. */
  static Act unanswered(ContactChannel channel) {
    return (refs, actor, at) -> new Command.RecordContact(actor, at, channel, ContactDirection.OUTBOUND, false);
  }

  /** Acknowledges a message from the client. */
  static Act acknowledge() {
    return (refs, actor, at) -> new Command.AcknowledgeMessage(actor, at);
  }

  /** Records a fact with one of its declared values. */
  static Act fact(String fact, String value) {
    return (refs, actor, at) -> new Command.RecordFact(actor, at, fact, value);
  }

  /** Scores a life domain from 1 to 5. */
  static Act assess(String domain, int score) {
    return (refs, actor, at) -> new Command.RecordAssessment(actor, at, domain, score);
  }

  /** Decides on access (<i>beschikking</i>), dated the day of the line. */
  static Act decideAccess(AccessOutcome outcome, String grounds) {
    return (refs, actor, at) ->
        new Command.DecideAccess(actor, at, outcome, LocalDate.ofInstant(at, BusinessCalendar.ZONE), grounds);
  }

  /** Starts a parallel activity carried out by {@code organisation}. */
  static Act start(ActivityKind kind, String organisation) {
    return (refs, actor, at) -> new Command.StartActivity(actor, at, kind, organisation);
  }

  /** Ends the running activity of {@code kind}. */
  static Act end(ActivityKind kind, String reason) {
    return (refs, actor, at) -> new Command.EndActivity(actor, at, refs.activity(kind), reason);
  }

  /** Accepts the pending handover of {@code kind} of regie. */
  static Act acceptRegie(LeadKind kind) {
    return (refs, actor, at) -> new Command.AcceptLeadHandover(actor, at, kind);
  }

  /** The same act, which the story expects the engine to refuse. */
  static Act attempt(Act act) {
    return new Marked(act, act.binds(), true);
  }

  private static Act held(String appointment, String summary, Function<Refs, FollowUp> followUp) {
    return (refs, actor, at) ->
        new Command.HoldAppointment(actor, at, refs.appointment(appointment), summary, followUp.apply(refs));
  }

  private static Act bound(String label, Act act) {
    return new Marked(act, label, act.attempt());
  }

  /** An act with its label and whether a refusal is expected. */
  private record Marked(Act act, String binds, boolean attempt) implements Act {
    @Override
    public Command command(Refs refs, Actor actor, Instant at) {
      return act.command(refs, actor, at);
    }
  }
}
