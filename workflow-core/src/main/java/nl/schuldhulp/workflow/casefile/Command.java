package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.copy;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Term;

/**
 * A request to change a case, issued by an {@link Actor} at an instant the caller supplies (the
 * engine never reads a clock). {@link Cases#decide} turns it into events or a {@link Rejection}.
 * Each kind states its {@link #authority()}: who may issue it at all.
 *
 * <p>Implementations are immutable and threadsafe.
 */
public sealed interface Command
    permits Command.RegisterCase,
        Command.MoveCase,
        Command.ProposeLeadHandover,
        Command.AcceptLeadHandover,
        Command.DeclineLeadHandover,
        Command.WithdrawLeadHandover,
        Command.AssignTask,
        Command.CompleteTask,
        Command.CancelTask,
        Command.ScheduleAppointment,
        Command.HoldAppointment,
        Command.MissAppointment,
        Command.RecordContact,
        Command.AcknowledgeMessage,
        Command.RecordFact,
        Command.RaiseFlag,
        Command.ClearFlag,
        Command.RecordAssessment,
        Command.DecideAccess,
        Command.DecideTermination,
        Command.RecordReadiness,
        Command.StartActivity,
        Command.EndActivity,
        Command.RecordLifeEvent,
        Command.SuspendClock,
        Command.ResumeClock,
        Command.ExtendDeadline,
        Command.AddParticipant,
        Command.EndParticipation,
        Command.CloseCase,
        Command.ReopenCase {

  /** Who issues the command. */
  Actor actor();

  /** When the command is issued. */
  Instant at();

  /** Who may issue this kind of command; most kinds are for professionals only. */
  default Authority authority() {
    return Authority.PROFESSIONAL;
  }

  /**
   * Registers a new case through an entry point (<i>aanmelding</i>); the actor's organisation must
   * be one the entry point admits.
   *
   * @param actor who
   * @param at when
   * @param entryPoint the entry point id
   * @param clients one client id, or two for partners who are jointly liable
   */
  record RegisterCase(Actor actor, Instant at, String entryPoint, List<String> clients) implements Command {
    /** Checks the arguments and copies the list. */
    public RegisterCase {
      Checks.actorAndInstant(actor, at);
      requireText(entryPoint, "entryPoint");
      clients = copy(clients, "clients");
      for (String client : clients) {
        requireText(client, "client");
      }
    }
  }

  /**
   * Moves the case to another step along one of the definition's transitions; only the client-lead
   * holder (or the process-lead holder where the definition allows) may.
   *
   * @param actor who
   * @param at when
   * @param step the target step id
   */
  record MoveCase(Actor actor, Instant at, String step) implements Command {
    /** Checks the arguments. */
    public MoveCase {
      Checks.actorAndInstant(actor, at);
      requireText(step, "step");
    }
  }

  /**
   * Offers a kind of regie, held by the actor's organisation, to another organisation.
   *
   * @param actor who
   * @param at when
   * @param kind the kind of regie
   * @param to the receiving organisation
   * @param mode warm, cold or file transfer
   * @param reason why
   */
  record ProposeLeadHandover(Actor actor, Instant at, LeadKind kind, String to, HandoverMode mode, String reason)
      implements Command {
    /** Checks the arguments. */
    public ProposeLeadHandover {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(kind, "kind");
      requireText(to, "to");
      Objects.requireNonNull(mode, "mode");
      requireText(reason, "reason");
    }
  }

  /**
   * Accepts the pending handover of a kind of regie to the actor's organisation.
   *
   * @param actor who
   * @param at when
   * @param kind the kind of regie
   */
  record AcceptLeadHandover(Actor actor, Instant at, LeadKind kind) implements Command {
    /** Checks the arguments. */
    public AcceptLeadHandover {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * Declines the pending handover of a kind of regie to the actor's organisation.
   *
   * @param actor who
   * @param at when
   * @param kind the kind of regie
   * @param reason why, in plain words
   */
  record DeclineLeadHandover(Actor actor, Instant at, LeadKind kind, String reason) implements Command {
    /** Checks the arguments. */
    public DeclineLeadHandover {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(kind, "kind");
      requireText(reason, "reason");
    }
  }

  /**
   * Withdraws the pending handover of a kind of regie the actor's organisation offered.
   *
   * @param actor who
   * @param at when
   * @param kind the kind of regie
   * @param reason why
   */
  record WithdrawLeadHandover(Actor actor, Instant at, LeadKind kind, String reason) implements Command {
    /** Checks the arguments. */
    public WithdrawLeadHandover {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(kind, "kind");
      requireText(reason, "reason");
    }
  }

  /**
   * Adds a task by hand, e.g. an item of the action list written at a driegesprek.
   *
   * @param actor who
   * @param at when
   * @param text plain-language text
   * @param owner the one owner
   * @param due the due date: the command's date or later
   * @param clientVisible whether it appears on the client's action list
   */
  record AssignTask(Actor actor, Instant at, String text, Assignee owner, LocalDate due, boolean clientVisible)
      implements Command {
    /** Checks the arguments. */
    public AssignTask {
      Checks.actorAndInstant(actor, at);
      requireText(text, "text");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(due, "due");
    }
  }

  /**
   * Marks a task done; only its owner or the client-lead holder may.
   *
   * @param actor who
   * @param at when
   * @param task the task id
   */
  record CompleteTask(Actor actor, Instant at, String task) implements Command {
    /** Checks the arguments. */
    public CompleteTask {
      Checks.actorAndInstant(actor, at);
      requireText(task, "task");
    }

    @Override
    public Authority authority() {
      return Authority.PROFESSIONAL_OR_CLIENT;
    }
  }

  /**
   * Drops a task that is not required; only its owner or the client-lead holder may.
   *
   * @param actor who
   * @param at when
   * @param task the task id
   * @param reason why
   */
  record CancelTask(Actor actor, Instant at, String task, String reason) implements Command {
    /** Checks the arguments. */
    public CancelTask {
      Checks.actorAndInstant(actor, at);
      requireText(task, "task");
      requireText(reason, "reason");
    }
  }

  /**
   * Makes an appointment. A driegesprek needs the client, a neighbourhood team and a specialist
   * organisation.
   *
   * @param actor who
   * @param at when
   * @param kind the kind of appointment
   * @param start when it starts
   * @param organisations the organisations taking part
   * @param client whether the client takes part
   */
  record ScheduleAppointment(
      Actor actor, Instant at, AppointmentKind kind, Instant start, List<String> organisations, boolean client)
      implements Command {
    /** Checks the arguments and copies the list. */
    public ScheduleAppointment {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(start, "start");
      organisations = copy(organisations, "organisations");
    }
  }

  /**
   * Records that an appointment took place, with a summary and its follow-up.
   *
   * @param actor who
   * @param at when
   * @param appointment the appointment id
   * @param summary plain-language summary shared with the client
   * @param followUp the follow-up appointment or the reason for none
   */
  record HoldAppointment(Actor actor, Instant at, String appointment, String summary, FollowUp followUp)
      implements Command {
    /** Checks the arguments. */
    public HoldAppointment {
      Checks.actorAndInstant(actor, at);
      requireText(appointment, "appointment");
      requireText(summary, "summary");
      Objects.requireNonNull(followUp, "followUp");
    }
  }

  /**
   * Records that an appointment did not take place.
   *
   * @param actor who
   * @param at when
   * @param appointment the appointment id
   * @param reason what happened: no-show, cancelled by whom
   */
  record MissAppointment(Actor actor, Instant at, String appointment, String reason) implements Command {
    /** Checks the arguments. */
    public MissAppointment {
      Checks.actorAndInstant(actor, at);
      requireText(appointment, "appointment");
      requireText(reason, "reason");
    }
  }

  /**
   * Records a contact moment or attempt; a client may record only an inbound one (their own
   * message, call or visit).
   *
   * @param actor who
   * @param at when
   * @param channel the channel
   * @param direction from or to the client
   * @param reached whether the client was reached
   */
  record RecordContact(Actor actor, Instant at, ContactChannel channel, ContactDirection direction, boolean reached)
      implements Command {
    /** Checks the arguments. */
    public RecordContact {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(direction, "direction");
    }

    @Override
    public Authority authority() {
      return Authority.PROFESSIONAL_OR_CLIENT;
    }
  }

  /**
   * Acknowledges a message from the client; recorded as an outbound contact that reached the
   * client.
   *
   * @param actor who
   * @param at when
   */
  record AcknowledgeMessage(Actor actor, Instant at) implements Command {
    /** Checks the arguments. */
    public AcknowledgeMessage {
      Checks.actorAndInstant(actor, at);
    }
  }

  /**
   * Records a fact with one of its declared values.
   *
   * @param actor who
   * @param at when
   * @param fact the fact id
   * @param value the value
   */
  record RecordFact(Actor actor, Instant at, String fact, String value) implements Command {
    /** Checks the arguments. */
    public RecordFact {
      Checks.actorAndInstant(actor, at);
      requireText(fact, "fact");
      requireText(value, "value");
    }

    @Override
    public Authority authority() {
      return Authority.FULL_SCOPE;
    }
  }

  /**
   * Raises a flag with a reason.
   *
   * @param actor who
   * @param at when
   * @param flag the flag
   * @param reason why
   */
  record RaiseFlag(Actor actor, Instant at, Flag flag, String reason) implements Command {
    /** Checks the arguments. */
    public RaiseFlag {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(flag, "flag");
      requireText(reason, "reason");
    }

    @Override
    public Authority authority() {
      return Authority.FULL_SCOPE;
    }
  }

  /**
   * Clears a raised flag.
   *
   * @param actor who
   * @param at when
   * @param flag the flag
   * @param reason why
   */
  record ClearFlag(Actor actor, Instant at, Flag flag, String reason) implements Command {
    /** Checks the arguments. */
    public ClearFlag {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(flag, "flag");
      requireText(reason, "reason");
    }

    @Override
    public Authority authority() {
      return Authority.FULL_SCOPE;
    }
  }

  /**
   * Scores a life domain from 1 to 5.
   *
   * @param actor who
   * @param at when
   * @param domain the assessment domain id
   * @param score the score, 1 to 5
   */
  record RecordAssessment(Actor actor, Instant at, String domain, int score) implements Command {
    /** Checks the arguments. */
    public RecordAssessment {
      Checks.actorAndInstant(actor, at);
      requireText(domain, "domain");
      checkArgument(score >= 1 && score <= 5, "score (%s) must be between 1 and 5", score);
    }

    @Override
    public Authority authority() {
      return Authority.FULL_SCOPE;
    }
  }

  /**
   * Records the decision on access (<i>beschikking</i>): admission or refusal.
   *
   * @param actor who
   * @param at when
   * @param outcome admitted or refused
   * @param decidedOn the date of the decision: not before the case was registered, not after {@code at}
   * @param grounds the grounds
   */
  record DecideAccess(Actor actor, Instant at, AccessOutcome outcome, LocalDate decidedOn, String grounds)
      implements Command {
    /** Checks the arguments. */
    public DecideAccess {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(decidedOn, "decidedOn");
      requireText(grounds, "grounds");
    }

    @Override
    public Authority authority() {
      return Authority.ACCESS_AUTHORITY;
    }
  }

  /**
   * Records a termination decision (<i>beëindigingsbeschikking</i>): support for an admitted client
   * ends against their will.
   *
   * @param actor who
   * @param at when
   * @param decidedOn the date of the decision: not before the case was registered, not after {@code at}
   * @param grounds the grounds
   */
  record DecideTermination(Actor actor, Instant at, LocalDate decidedOn, String grounds) implements Command {
    /** Checks the arguments. */
    public DecideTermination {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(decidedOn, "decidedOn");
      requireText(grounds, "grounds");
    }

    @Override
    public Authority authority() {
      return Authority.ACCESS_AUTHORITY;
    }
  }

  /**
   * Records a readiness decision (<i>rijp / niet-rijp</i>, R-58): whether the household is ready
   * for a solution route, assessing every readiness criterion of the definition. The actor is the
   * professional who decided. Entering a solution step needs a positive decision when the
   * definition names readiness criteria.
   *
   * @param actor who decided
   * @param at when
   * @param ready whether the household is ready
   * @param criteria the criteria assessed: every one the definition names, each once
   * @param grounds the grounds
   */
  record RecordReadiness(Actor actor, Instant at, boolean ready, List<String> criteria, String grounds)
      implements Command {
    /** Checks the arguments and copies the list. */
    public RecordReadiness {
      Checks.actorAndInstant(actor, at);
      criteria = copy(criteria, "criteria");
      for (String criterion : criteria) {
        requireText(criterion, "criterion");
      }
      requireText(grounds, "grounds");
    }
  }

  /**
   * Starts a parallel activity carried out by an organisation the definition names for it.
   *
   * @param actor who
   * @param at when
   * @param kind the kind of activity
   * @param organisation the organisation carrying it out
   */
  record StartActivity(Actor actor, Instant at, ActivityKind kind, String organisation) implements Command {
    /** Checks the arguments. */
    public StartActivity {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(kind, "kind");
      requireText(organisation, "organisation");
    }
  }

  /**
   * Ends a running parallel activity.
   *
   * @param actor who
   * @param at when
   * @param activity the activity id
   * @param reason why it ends
   */
  record EndActivity(Actor actor, Instant at, String activity, String reason) implements Command {
    /** Checks the arguments. */
    public EndActivity {
      Checks.actorAndInstant(actor, at);
      requireText(activity, "activity");
      requireText(reason, "reason");
    }
  }

  /**
   * Records a life event of the household.
   *
   * @param actor who
   * @param at when
   * @param kind the kind of event
   */
  record RecordLifeEvent(Actor actor, Instant at, LifeEventKind kind) implements Command {
    /** Checks the arguments. */
    public RecordLifeEvent {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public Authority authority() {
      return Authority.FULL_SCOPE;
    }
  }

  /**
   * Stops a norm's clock; only a regie holder may.
   *
   * @param actor who
   * @param at when
   * @param norm the norm id
   * @param reason why
   */
  record SuspendClock(Actor actor, Instant at, String norm, String reason) implements Command {
    /** Checks the arguments. */
    public SuspendClock {
      Checks.actorAndInstant(actor, at);
      requireText(norm, "norm");
      requireText(reason, "reason");
    }
  }

  /**
   * Restarts a stopped norm clock; only a regie holder may.
   *
   * @param actor who
   * @param at when
   * @param norm the norm id
   */
  record ResumeClock(Actor actor, Instant at, String norm) implements Command {
    /** Checks the arguments. */
    public ResumeClock {
      Checks.actorAndInstant(actor, at);
      requireText(norm, "norm");
    }
  }

  /**
   * Extends a norm's deadline for this case; only a regie holder may.
   *
   * @param actor who
   * @param at when
   * @param norm the norm id
   * @param by the extra term
   * @param reason why
   */
  record ExtendDeadline(Actor actor, Instant at, String norm, Term by, String reason) implements Command {
    /** Checks the arguments. */
    public ExtendDeadline {
      Checks.actorAndInstant(actor, at);
      requireText(norm, "norm");
      Objects.requireNonNull(by, "by");
      requireText(reason, "reason");
    }
  }

  /**
   * Records a professional who takes part in the case without holding regie, from now on;
   * only a holder of client or process regie may. The organisation becomes involved in the case.
   *
   * @param actor who
   * @param at when: the start of the involvement
   * @param organisation the participant's organisation
   * @param role the participant's role, a role of that organisation in the definition
   * @param professional the professional's id; empty when not named
   * @param reason what they do in the case
   */
  record AddParticipant(Actor actor, Instant at, String organisation, String role, String professional, String reason)
      implements Command {
    /** Checks the arguments. */
    public AddParticipant {
      Checks.actorAndInstant(actor, at);
      requireText(organisation, "organisation");
      requireText(role, "role");
      Objects.requireNonNull(professional, "professional");
      requireText(reason, "reason");
    }
  }

  /**
   * Ends a participation, once the participant owns no open task; the participant's own
   * organisation or a holder of client or process regie may.
   *
   * @param actor who
   * @param at when: the end of the involvement
   * @param organisation the participant's organisation
   * @param role the participant's role
   * @param reason why, e.g. the advice was given
   */
  record EndParticipation(Actor actor, Instant at, String organisation, String role, String reason)
      implements Command {
    /** Checks the arguments. */
    public EndParticipation {
      Checks.actorAndInstant(actor, at);
      requireText(organisation, "organisation");
      requireText(role, "role");
      requireText(reason, "reason");
    }
  }

  /**
   * Closes the case (<i>loslaten</i>) with a closure type whose exit criteria hold in the current
   * step.
   *
   * @param actor who
   * @param at when
   * @param type the closure type
   * @param decidedBy who decided
   * @param consultation the consultation where it was decided; empty when the criteria do not
   *     require one
   * @param reason the reason
   */
  record CloseCase(Actor actor, Instant at, ClosureType type, String decidedBy, String consultation, String reason)
      implements Command {
    /** Checks the arguments. */
    public CloseCase {
      Checks.actorAndInstant(actor, at);
      Objects.requireNonNull(type, "type");
      requireText(decidedBy, "decidedBy");
      Objects.requireNonNull(consultation, "consultation");
      requireText(reason, "reason");
    }
  }

  /**
   * Reopens a closed case; only the organisation that may move and close it (the client-regie
   * holder, or the process-regie holder where the policy allows) may. Within the definition's
   * re-registration window it marks a returning client. Tasks of the step already done are
   * not issued again.
   *
   * @param actor who
   * @param at when
   * @param reason why
   */
  record ReopenCase(Actor actor, Instant at, String reason) implements Command {
    /** Checks the arguments. */
    public ReopenCase {
      Checks.actorAndInstant(actor, at);
      requireText(reason, "reason");
    }
  }
}
