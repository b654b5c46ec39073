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
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Term;

/**
 * What happened to a case: the payload of an {@link Event}. One past-tense record per kind of
 * change; each carries everything {@link Cases#evolve} needs, so replay never reads the definition,
 * and every {@link nl.schuldhulp.workflow.definition.Milestone} can be read off a single change.
 * Case id, version, instant and actor are on the {@link Event} envelope.
 *
 * <p>Identifiers of tasks, appointments and activities are assigned by the engine, in order, and
 * are unique within the case.
 *
 * <p>Implementations are immutable and threadsafe.
 */
public sealed interface Change
    permits Change.CaseRegistered,
        Change.LeadAssigned,
        Change.StepEntered,
        Change.LeadHandoverProposed,
        Change.LeadHandoverAccepted,
        Change.LeadHandoverDeclined,
        Change.LeadHandoverWithdrawn,
        Change.TaskAssigned,
        Change.TaskCompleted,
        Change.TaskCancelled,
        Change.AppointmentScheduled,
        Change.AppointmentHeld,
        Change.AppointmentMissed,
        Change.AppointmentCancelled,
        Change.ContactRecorded,
        Change.FactRecorded,
        Change.FlagRaised,
        Change.FlagCleared,
        Change.AssessmentRecorded,
        Change.AccessDecided,
        Change.TerminationDecided,
        Change.ReadinessRecorded,
        Change.ActivityStarted,
        Change.ActivityEnded,
        Change.LifeEventRecorded,
        Change.ClockSuspended,
        Change.ClockResumed,
        Change.DeadlineExtended,
        Change.ParticipantAdded,
        Change.ParticipationEnded,
        Change.CaseClosed,
        Change.CaseReopened {

  /**
   * The case was registered (<i>aanmelding</i>, milestone {@code Registered}). Always the first
   * change of a case; followed by a {@link LeadAssigned} per regie kind and a {@link StepEntered}
   * for the entry step.
   *
   * @param definition the definition id
   * @param definitionVersion the definition version
   * @param entryPoint the entry point id
   * @param channel the entry point's channel
   * @param clients one client id, or two for partners who are jointly liable
   */
  record CaseRegistered(
      String definition, int definitionVersion, String entryPoint, EntryChannel channel, List<String> clients)
      implements Change {
    /** Checks the arguments and copies the list. */
    public CaseRegistered {
      requireText(definition, "definition");
      checkArgument(definitionVersion > 0, "definitionVersion (%s) must be positive", definitionVersion);
      requireText(entryPoint, "entryPoint");
      Objects.requireNonNull(channel, "channel");
      clients = copy(clients, "clients");
      checkArgument(clients.size() == 1 || clients.size() == 2, "a case has one or two clients, not %s", clients.size());
    }
  }

  /**
   * An organisation received a kind of regie at registration, when no one held it yet.
   *
   * @param kind the kind of regie
   * @param organisation the holder
   */
  record LeadAssigned(LeadKind kind, String organisation) implements Change {
    /** Checks the arguments. */
    public LeadAssigned {
      Objects.requireNonNull(kind, "kind");
      requireText(organisation, "organisation");
    }
  }

  /**
   * The case entered a step (milestone {@code StepEntered}).
   *
   * @param step the step id
   * @param phase the step's phase
   * @param previousStep the step left; empty for the entry step at registration
   */
  record StepEntered(String step, Phase phase, String previousStep) implements Change {
    /** Checks the arguments. */
    public StepEntered {
      requireText(step, "step");
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(previousStep, "previousStep");
    }
  }

  /**
   * The holder of a kind of regie offered it to another organisation. The sender keeps regie
   * until the receiver accepts.
   *
   * @param kind the kind of regie
   * @param from the holder, who keeps it for now
   * @param to the receiving organisation
   * @param mode warm, cold or file transfer
   * @param reason why, e.g. the step entered
   */
  record LeadHandoverProposed(LeadKind kind, String from, String to, HandoverMode mode, String reason)
      implements Change {
    /** Checks the arguments. */
    public LeadHandoverProposed {
      Objects.requireNonNull(kind, "kind");
      requireText(from, "from");
      requireText(to, "to");
      checkArgument(!from.equals(to), "a handover goes to another organisation than %s", from);
      Objects.requireNonNull(mode, "mode");
      requireText(reason, "reason");
    }
  }

  /**
   * The receiver accepted a handover and now holds the regie.
   *
   * @param kind the kind of regie
   * @param from the previous holder
   * @param to the new holder
   */
  record LeadHandoverAccepted(LeadKind kind, String from, String to) implements Change {
    /** Checks the arguments. */
    public LeadHandoverAccepted {
      Objects.requireNonNull(kind, "kind");
      requireText(from, "from");
      requireText(to, "to");
    }
  }

  /**
   * The receiver declined a handover; the sender still holds the regie.
   *
   * @param kind the kind of regie
   * @param from the holder
   * @param to the organisation that declined
   * @param reason why, in plain words
   */
  record LeadHandoverDeclined(LeadKind kind, String from, String to, String reason) implements Change {
    /** Checks the arguments. */
    public LeadHandoverDeclined {
      Objects.requireNonNull(kind, "kind");
      requireText(from, "from");
      requireText(to, "to");
      requireText(reason, "reason");
    }
  }

  /**
   * The sender withdrew a pending handover, or a step entered made it moot; the sender still holds
   * the regie.
   *
   * @param kind the kind of regie
   * @param from the holder
   * @param to the organisation the offer was made to
   * @param reason why
   */
  record LeadHandoverWithdrawn(LeadKind kind, String from, String to, String reason) implements Change {
    /** Checks the arguments. */
    public LeadHandoverWithdrawn {
      Objects.requireNonNull(kind, "kind");
      requireText(from, "from");
      requireText(to, "to");
      requireText(reason, "reason");
    }
  }

  /**
   * A task (action item) was created with exactly one owner and a due date.
   *
   * @param task the task id, unique in the case
   * @param template the task template id; empty for a task assigned by hand
   * @param text the plain-language text
   * @param owner the one owner
   * @param due the due date in the municipality's zone
   * @param required whether the step may not be left before it is done
   * @param clientVisible whether it appears on the client's action list
   * @param step the step the case was in when the task was created
   */
  record TaskAssigned(
      String task,
      String template,
      String text,
      Assignee owner,
      LocalDate due,
      boolean required,
      boolean clientVisible,
      String step)
      implements Change {
    /** Checks the arguments. */
    public TaskAssigned {
      requireText(task, "task");
      Objects.requireNonNull(template, "template");
      requireText(text, "text");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(due, "due");
      requireText(step, "step");
    }
  }

  /**
   * A task was done (milestone {@code TaskCompleted} with the template id).
   *
   * @param task the task id
   * @param template the task's template id; empty for a task assigned by hand
   */
  record TaskCompleted(String task, String template) implements Change {
    /** Checks the arguments. */
    public TaskCompleted {
      requireText(task, "task");
      Objects.requireNonNull(template, "template");
    }
  }

  /**
   * A task was dropped; it will not be done.
   *
   * @param task the task id
   * @param template the task's template id; empty for a task assigned by hand
   * @param reason why
   */
  record TaskCancelled(String task, String template, String reason) implements Change {
    /** Checks the arguments. */
    public TaskCancelled {
      requireText(task, "task");
      Objects.requireNonNull(template, "template");
      requireText(reason, "reason");
    }
  }

  /**
   * An appointment was made.
   *
   * @param appointment the appointment id, unique in the case
   * @param kind the kind, e.g. a driegesprek
   * @param start when it starts
   * @param organisations the organisations taking part
   * @param client whether the client takes part
   */
  record AppointmentScheduled(
      String appointment, AppointmentKind kind, Instant start, List<String> organisations, boolean client)
      implements Change {
    /** Checks the arguments and copies the list. */
    public AppointmentScheduled {
      requireText(appointment, "appointment");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(start, "start");
      organisations = copy(organisations, "organisations");
    }
  }

  /**
   * An appointment took place (milestones {@code AppointmentHeld} and, the first time, {@code
   * FirstConversation}).
   *
   * @param appointment the appointment id
   * @param kind its kind
   * @param summary plain-language summary shared with the client
   * @param followUp the follow-up appointment or the reason for none
   */
  record AppointmentHeld(String appointment, AppointmentKind kind, String summary, FollowUp followUp)
      implements Change {
    /** Checks the arguments. */
    public AppointmentHeld {
      requireText(appointment, "appointment");
      Objects.requireNonNull(kind, "kind");
      requireText(summary, "summary");
      Objects.requireNonNull(followUp, "followUp");
    }
  }

  /**
   * An appointment did not take place: a no-show or a cancellation. Feeds the contact-loss
   * signal.
   *
   * @param appointment the appointment id
   * @param kind its kind
   * @param reason what happened
   */
  record AppointmentMissed(String appointment, AppointmentKind kind, String reason) implements Change {
    /** Checks the arguments. */
    public AppointmentMissed {
      requireText(appointment, "appointment");
      Objects.requireNonNull(kind, "kind");
      requireText(reason, "reason");
    }
  }

  /**
   * A scheduled appointment was called off by the engine because the case closed: it will not take
   * place, and, unlike {@link AppointmentMissed}, it says nothing about the client's contact. A
   * cancelled handover meeting never counts for a warm handover.
   *
   * @param appointment the appointment id
   * @param kind its kind
   * @param reason why, e.g. "case closed"
   */
  record AppointmentCancelled(String appointment, AppointmentKind kind, String reason) implements Change {
    /** Checks the arguments. */
    public AppointmentCancelled {
      requireText(appointment, "appointment");
      Objects.requireNonNull(kind, "kind");
      requireText(reason, "reason");
    }
  }

  /**
   * A contact moment with the client, or an attempt at one.
   *
   * @param channel the channel
   * @param direction from or to the client
   * @param reached whether the client was actually reached (false: an unanswered attempt, R-66)
   */
  record ContactRecorded(ContactChannel channel, ContactDirection direction, boolean reached)
      implements Change {
    /** Checks the arguments. */
    public ContactRecorded {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(direction, "direction");
    }
  }

  /**
   * A fact was recorded with one of its declared values.
   *
   * @param fact the fact id
   * @param value the value
   */
  record FactRecorded(String fact, String value) implements Change {
    /** Checks the arguments. */
    public FactRecorded {
      requireText(fact, "fact");
      requireText(value, "value");
    }
  }

  /**
   * A flag was raised (milestone {@code FlagRaised}); a crisis flag needs a reason.
   *
   * @param flag the flag
   * @param reason why
   */
  record FlagRaised(Flag flag, String reason) implements Change {
    /** Checks the arguments. */
    public FlagRaised {
      Objects.requireNonNull(flag, "flag");
      requireText(reason, "reason");
    }
  }

  /**
   * A flag was cleared.
   *
   * @param flag the flag
   * @param reason why
   */
  record FlagCleared(Flag flag, String reason) implements Change {
    /** Checks the arguments. */
    public FlagCleared {
      Objects.requireNonNull(flag, "flag");
      requireText(reason, "reason");
    }
  }

  /**
   * A life domain was scored, 1 (acute problems) to 5 (self-reliant), e.g. by the
   * Zelfredzaamheid-Matrix.
   *
   * @param domain the assessment domain id
   * @param score the score
   */
  record AssessmentRecorded(String domain, int score) implements Change {
    /** Checks the arguments. */
    public AssessmentRecorded {
      requireText(domain, "domain");
      checkArgument(score >= 1 && score <= 5, "score (%s) must be between 1 and 5", score);
    }
  }

  /**
   * The decision on access (<i>beschikking</i>) was taken (milestone {@code AccessDecided}). An
   * admission turns the applicant into a client.
   *
   * @param outcome admitted or refused
   * @param decidedOn the date of the decision
   * @param grounds the grounds, in plain words
   */
  record AccessDecided(AccessOutcome outcome, LocalDate decidedOn, String grounds) implements Change {
    /** Checks the arguments. */
    public AccessDecided {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(decidedOn, "decidedOn");
      requireText(grounds, "grounds");
    }
  }

  /**
   * Support was ended against the client's will (<i>beëindigingsbeschikking</i>).
   *
   * @param decidedOn the date of the decision
   * @param grounds the grounds, in plain words
   */
  record TerminationDecided(LocalDate decidedOn, String grounds) implements Change {
    /** Checks the arguments. */
    public TerminationDecided {
      Objects.requireNonNull(decidedOn, "decidedOn");
      requireText(grounds, "grounds");
    }
  }

  /**
   * A readiness decision was taken (<i>rijp / niet-rijp</i>, R-58) by the professional on the
   * envelope: whether the household is ready for a solution route, with the criteria assessed.
   *
   * @param ready whether the household is ready for the solution phase
   * @param criteria the criteria assessed
   * @param grounds the grounds, in plain words
   */
  record ReadinessRecorded(boolean ready, List<String> criteria, String grounds) implements Change {
    /** Checks the arguments and copies the list. */
    public ReadinessRecorded {
      criteria = copy(criteria, "criteria");
      for (String criterion : criteria) {
        requireText(criterion, "criterion");
      }
      requireText(grounds, "grounds");
    }
  }

  /**
   * A parallel activity started beside the main step (milestone {@code ActivityStarted}).
   *
   * @param activity the activity id, unique in the case
   * @param kind the kind, e.g. a crisis intervention
   * @param organisation the organisation carrying it out
   */
  record ActivityStarted(String activity, ActivityKind kind, String organisation) implements Change {
    /** Checks the arguments. */
    public ActivityStarted {
      requireText(activity, "activity");
      Objects.requireNonNull(kind, "kind");
      requireText(organisation, "organisation");
    }
  }

  /**
   * A parallel activity ended: completed by command (milestone {@code ActivityEnded}), or stopped
   * because the case was closed, which is no milestone.
   *
   * @param activity the activity id
   * @param kind its kind
   * @param organisation the organisation that carried it out
   * @param reason why it ended
   * @param outcome completed, or stopped by closing the case
   */
  record ActivityEnded(String activity, ActivityKind kind, String organisation, String reason, ActivityOutcome outcome)
      implements Change {
    /** Checks the arguments. */
    public ActivityEnded {
      requireText(activity, "activity");
      Objects.requireNonNull(kind, "kind");
      requireText(organisation, "organisation");
      requireText(reason, "reason");
      Objects.requireNonNull(outcome, "outcome");
    }

    /** An activity completed by command ({@link ActivityOutcome#COMPLETED}). */
    public ActivityEnded(String activity, ActivityKind kind, String organisation, String reason) {
      this(activity, kind, organisation, reason, ActivityOutcome.COMPLETED);
    }

    /** Whether the activity ran its course: only then is this the milestone {@code ActivityEnded}. */
    public boolean completed() {
      return outcome == ActivityOutcome.COMPLETED;
    }
  }

  /**
   * A life event happened to the household, a critical moment (PROCESS.md (d)).
   *
   * @param kind the kind of event
   */
  record LifeEventRecorded(LifeEventKind kind) implements Change {
    /** Checks the argument. */
    public LifeEventRecorded {
      Objects.requireNonNull(kind, "kind");
    }
  }

  /**
   * A norm's clock was stopped, e.g. while waiting for the client's papers.
   *
   * @param norm the norm id
   * @param reason why
   */
  record ClockSuspended(String norm, String reason) implements Change {
    /** Checks the arguments. */
    public ClockSuspended {
      requireText(norm, "norm");
      requireText(reason, "reason");
    }
  }

  /**
   * A stopped norm clock runs again.
   *
   * @param norm the norm id
   */
  record ClockResumed(String norm) implements Change {
    /** Checks the argument. */
    public ClockResumed {
      requireText(norm, "norm");
    }
  }

  /**
   * A norm's deadline was extended for this case.
   *
   * @param norm the norm id
   * @param by the extra term
   * @param reason why
   */
  record DeadlineExtended(String norm, Term by, String reason) implements Change {
    /** Checks the arguments. */
    public DeadlineExtended {
      requireText(norm, "norm");
      Objects.requireNonNull(by, "by");
      requireText(reason, "reason");
    }
  }

  /**
   * A professional started taking part in the case without holding regie; the envelope's
   * instant is the start of the involvement.
   *
   * @param organisation the participant's organisation
   * @param role the participant's role
   * @param professional the professional's id; empty when not named
   * @param reason what they do in the case
   */
  record ParticipantAdded(String organisation, String role, String professional, String reason) implements Change {
    /** Checks the arguments. */
    public ParticipantAdded {
      requireText(organisation, "organisation");
      requireText(role, "role");
      Objects.requireNonNull(professional, "professional");
      requireText(reason, "reason");
    }
  }

  /**
   * A participation ended, by command or because the case closed; the envelope's instant is
   * the end of the involvement.
   *
   * @param organisation the participant's organisation
   * @param role the participant's role
   * @param reason why, e.g. "case closed"
   */
  record ParticipationEnded(String organisation, String role, String reason) implements Change {
    /** Checks the arguments. */
    public ParticipationEnded {
      requireText(organisation, "organisation");
      requireText(role, "role");
      requireText(reason, "reason");
    }
  }

  /**
   * The case was closed (<i>loslaten</i>, milestone {@code Closed}) under exit criteria that were
   * met.
   *
   * @param exit the exit criteria id
   * @param type the closure type
   * @param decidedBy who decided, e.g. the professionals or the forum
   * @param consultation the consultation where it was decided; empty when none was required
   * @param reason the reason, in plain words
   */
  record CaseClosed(String exit, ClosureType type, String decidedBy, String consultation, String reason)
      implements Change {
    /** Checks the arguments. */
    public CaseClosed {
      requireText(exit, "exit");
      Objects.requireNonNull(type, "type");
      requireText(decidedBy, "decidedBy");
      Objects.requireNonNull(consultation, "consultation");
      requireText(reason, "reason");
    }
  }

  /**
   * A closed case was reopened in the step it was closed in, keeping its history.
   *
   * @param reason why
   * @param returning whether it came back within the definition's re-registration window: a
   *     returning client (revolving door, R-68)
   */
  record CaseReopened(String reason, boolean returning) implements Change {
    /** Checks the argument. */
    public CaseReopened {
      requireText(reason, "reason");
    }
  }
}
