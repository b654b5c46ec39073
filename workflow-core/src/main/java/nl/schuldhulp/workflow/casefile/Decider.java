package nl.schuldhulp.workflow.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * Decides commands against one compiled definition. Checks in this order: case registered and
 * open (or closed, for a reopen), actor involved and allowed, instant not before the last event,
 * then the command's own rule. Pure: no clock, no I/O. Threadsafe; its one mutable part is a memo
 * of due dates that threads share without locks (see {@link #due}).
 */
final class Decider {
  private static final Set<OrganisationKind> ACCESS_AUTHORITIES =
      Set.of(OrganisationKind.MUNICIPALITY, OrganisationKind.MUNICIPAL_DEBT_SERVICE, OrganisationKind.CREDIT_BANK);

  private final CompiledDefinition def;
  private final BusinessCalendar calendar;
  /** By the term's and date's hash: a term, and the date it counts from with the due date. */
  @SuppressWarnings("unchecked")
  private final Map.Entry<Term, Map.Entry<LocalDate, LocalDate>>[] dueDates = new Map.Entry[16];

  Decider(CompiledDefinition def, BusinessCalendar calendar) {
    this.def = def;
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  Decision decide(CaseState state, Command command) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(command, "command");
    if (state.registered() && !def.matches(state)) {
      throw new IllegalArgumentException("case " + state.id + " runs under " + state.definitionId + " v"
          + state.definitionVersion + ", not " + def.definition.id() + " v" + def.definition.version());
    }
    Emitter out = new Emitter(state, command); // reads the command's actor and instant once: see Emitter
    Rejection rejection = lifecycle(state, command);
    if (rejection == null) {
      rejection = actor(state, command, out.actor);
    }
    if (rejection == null && state.registered() && out.at.isBefore(state.lastEventAt)) {
      rejection = reject(RuleCode.INSTANT_BEFORE_LAST_EVENT,
          "the command is dated %s, before the case's last event at %s", out.at, state.lastEventAt);
    }
    if (rejection == null) {
      rejection = rule(state, command, out);
    }
    return rejection == null ? new Decision.Accepted(out.events()) : new Decision.Rejected(rejection);
  }

  // ---- the generic checks ------------------------------------------------------------------

  private static Rejection lifecycle(CaseState state, Command command) {
    boolean register = command instanceof Command.RegisterCase;
    if (!state.registered()) {
      return register && !state.begun() ? null
          : reject(RuleCode.CASE_NOT_REGISTERED, "case %s is not registered%s", state.id,
              state.begun() ? "; its entry step was not entered" : "");
    }
    if (register) {
      return reject(RuleCode.CASE_ALREADY_REGISTERED, "case %s is already registered", state.id);
    }
    boolean reopen = command instanceof Command.ReopenCase;
    if (state.closed() && !reopen) {
      return reject(RuleCode.CASE_CLOSED, "case %s is closed; it can only be reopened", state.id);
    }
    if (!state.closed() && reopen) {
      return reject(RuleCode.CASE_NOT_CLOSED, "case %s is open; only a closed case can be reopened", state.id);
    }
    return null;
  }

  private Rejection actor(CaseState state, Command command, Actor actor) {
    Authority authority = command.authority();
    if (actor instanceof Actor.Client) {
      String client = ((Actor.Client) actor).client();
      if (!state.registered() || !state.clients.contains(client)) {
        return reject(RuleCode.ACTOR_NOT_INVOLVED, "the client is not a client of case %s", state.id);
      }
      if (authority != Authority.PROFESSIONAL_OR_CLIENT) {
        return reject(RuleCode.ROLE_NOT_ALLOWED, "a client may not issue %s; a professional must", kindOf(command));
      }
      return command instanceof Command.RecordContact
          && ((Command.RecordContact) command).direction() != ContactDirection.INBOUND
          ? reject(RuleCode.ROLE_NOT_ALLOWED, "a client may record only an inbound contact; a professional records "
              + "attempts to reach the client")
          : null;
    }
    Actor.Professional professional = (Actor.Professional) actor;
    String organisation = professional.organisation();
    Organisation known = def.organisations.get(organisation);
    if (known == null) {
      return reject(RuleCode.ACTOR_NOT_INVOLVED, "organisation %s is not part of definition %s",
          organisation, def.definition.id());
    }
    if (!CompiledDefinition.hasRole(known, professional.role())) {
      return reject(RuleCode.ROLE_NOT_ALLOWED, "%s is not a role of organisation %s", professional.role(), organisation);
    }
    if (state.registered() && !state.involves(organisation) && !answersHandover(state, command, organisation)) {
      return reject(RuleCode.ACTOR_NOT_INVOLVED, "organisation %s is not involved in case %s", organisation, state.id);
    }
    if (authority == Authority.ACCESS_AUTHORITY && !ACCESS_AUTHORITIES.contains(known.kind())) {
      return reject(RuleCode.ROLE_NOT_ALLOWED,
          "%s may be issued only by the municipality, its debt service or a credit bank, not by a %s",
          kindOf(command), known.kind().label());
    }
    if (authority == Authority.FULL_SCOPE && !OrganisationView.seesWholeCase(state, known)) {
      return reject(RuleCode.ROLE_NOT_ALLOWED,
          "%s may be issued only by an organisation that sees the whole case; a %s sees only its part (R-78)",
          kindOf(command), known.kind().label());
    }
    return null;
  }

  /** The command's kind as a rejection names it; computed only when rejecting. */
  private static String kindOf(Command command) {
    return command.getClass().getSimpleName();
  }

  /** Whether {@code command} answers a handover offered to {@code organisation}, not yet involved. */
  private static boolean answersHandover(CaseState state, Command command, String organisation) {
    return (command instanceof Command.AcceptLeadHandover || command instanceof Command.DeclineLeadHandover)
        && state.receives(organisation);
  }

  // ---- the commands' own rules ---------------------------------------------------------------

  /**
   * The rule of the command's kind: null when it holds (having emitted the events), else why not.
   * Tests the kinds in turn, the most frequent first: a chain the compiler can inline, where a map of
   * lambdas is a call it cannot.
   */
  private Rejection rule(CaseState s, Command c, Emitter out) {
    if (c instanceof Command.MoveCase move) {
      return move(s, move, out);
    } else if (c instanceof Command.CompleteTask complete) {
      return finishTask(s, complete.task(), null, out);
    } else if (c instanceof Command.RecordFact fact) {
      return recordFact(fact, out);
    } else if (c instanceof Command.RegisterCase register) {
      return register(s, register, out);
    } else if (c instanceof Command.AssignTask assign) {
      return assignTask(s, assign, out);
    } else if (c instanceof Command.CancelTask cancel) {
      return finishTask(s, cancel.task(), cancel.reason(), out);
    } else if (c instanceof Command.RecordContact contact) {
      return emit(out, new Change.ContactRecorded(contact.channel(), contact.direction(), contact.reached()));
    } else if (c instanceof Command.AcknowledgeMessage) {
      return emit(out, new Change.ContactRecorded(ContactChannel.MESSAGE, ContactDirection.OUTBOUND, true));
    } else if (c instanceof Command.ScheduleAppointment schedule) {
      return schedule(schedule, out);
    } else if (c instanceof Command.HoldAppointment hold) {
      return hold(s, hold, out);
    } else if (c instanceof Command.MissAppointment miss) {
      return miss(s, miss, out);
    }
    return regieRule(s, c, out);
  }

  /** The chain's rarer kinds, apart so that its frequent part stays small enough to inline. */
  private Rejection regieRule(CaseState s, Command c, Emitter out) {
    if (c instanceof Command.ProposeLeadHandover propose) {
      return propose(s, propose, out);
    } else if (c instanceof Command.AcceptLeadHandover accept) {
      return accept(s, accept, out);
    } else if (c instanceof Command.DeclineLeadHandover decline) {
      return answerHandover(s, decline.kind(), out, decline.reason());
    } else if (c instanceof Command.WithdrawLeadHandover withdraw) {
      return withdraw(s, withdraw, out);
    } else if (c instanceof Command.RaiseFlag raise) {
      return s.flagged(raise.flag())
          ? reject(RuleCode.FLAG_ALREADY_RAISED, "flag %s is already raised", raise.flag().label())
          : emit(out, new Change.FlagRaised(raise.flag(), raise.reason()));
    } else if (c instanceof Command.ClearFlag clear) {
      return !s.flagged(clear.flag())
          ? reject(RuleCode.FLAG_NOT_RAISED, "flag %s is not raised", clear.flag().label())
          : emit(out, new Change.FlagCleared(clear.flag(), clear.reason()));
    } else if (c instanceof Command.RecordAssessment assessment) {
      return !def.domains.contains(assessment.domain())
          ? reject(RuleCode.UNKNOWN_DOMAIN, "the definition has no assessment domain %s", assessment.domain())
          : emit(out, new Change.AssessmentRecorded(assessment.domain(), assessment.score()));
    } else if (c instanceof Command.DecideAccess access) {
      return s.access == AccessStatus.ADMITTED
          ? reject(RuleCode.ACCESS_ALREADY_DECIDED, "the household was already admitted")
          : dated(s, access.decidedOn(), out,
              new Change.AccessDecided(access.outcome(), access.decidedOn(), access.grounds()));
    } else if (c instanceof Command.DecideTermination termination) {
      return s.access != AccessStatus.ADMITTED
          ? reject(RuleCode.TERMINATION_REQUIRES_ADMISSION,
              "support can be terminated by decision only for an admitted client; access is %s", s.access)
          : dated(s, termination.decidedOn(), out,
              new Change.TerminationDecided(termination.decidedOn(), termination.grounds()));
    } else if (c instanceof Command.RecordReadiness readiness) {
      return recordReadiness(readiness, out);
    }
    return lastRule(s, c, out);
  }

  private Rejection lastRule(CaseState s, Command c, Emitter out) {
    if (c instanceof Command.StartActivity start) {
      return startActivity(s, start, out);
    } else if (c instanceof Command.EndActivity end) {
      return endActivity(s, end, out);
    } else if (c instanceof Command.RecordLifeEvent life) {
      return emit(out, new Change.LifeEventRecorded(life.kind()));
    } else if (c instanceof Command.SuspendClock suspend) {
      return clock(s, suspend.norm(), out, new Change.ClockSuspended(suspend.norm(), suspend.reason()));
    } else if (c instanceof Command.ResumeClock resume) {
      return clock(s, resume.norm(), out, new Change.ClockResumed(resume.norm()));
    } else if (c instanceof Command.ExtendDeadline extend) {
      return clock(s, extend.norm(), out, new Change.DeadlineExtended(extend.norm(), extend.by(), extend.reason()));
    } else if (c instanceof Command.AddParticipant add) {
      return addParticipant(s, add, out);
    } else if (c instanceof Command.EndParticipation end) {
      return endParticipation(s, end, out);
    } else if (c instanceof Command.CloseCase close) {
      return close(s, close, out);
    }
    return reopen(s, (Command.ReopenCase) c, out);
  }

  private static Rejection emit(Emitter out, Change change) {
    out.emit(change);
    return null;
  }

  private Rejection recordFact(Command.RecordFact c, Emitter out) {
    Set<String> values = def.factValues.get(c.fact());
    if (values == null || !values.contains(c.value())) {
      return reject(RuleCode.UNKNOWN_FACT_VALUE, "fact %s has no value %s in the definition", c.fact(), c.value());
    }
    return emit(out, new Change.FactRecorded(c.fact(), c.value()));
  }

  /**
   * A norm-clock command, emitting {@code change}: only a regie holder, only a norm of the
   * definition, stopping or extending only while its clock may run (ADR 0023), stopping only a
   * running clock and resuming only a stopped one.
   */
  private Rejection clock(CaseState s, String norm, Emitter out, Change change) {
    String organisation = organisation(out.actor);
    if (!s.holdsLead(organisation)) {
      return reject(RuleCode.NOT_LEAD_HOLDER, "only a regie holder may change a norm's clock; %s holds no regie",
          organisation);
    }
    Norm known = def.norms.get(norm);
    if (known == null) {
      return reject(RuleCode.UNKNOWN_NORM, "the definition has no norm %s", norm);
    }
    boolean suspended = s.suspendedNorms.contains(norm);
    boolean resume = change instanceof Change.ClockResumed;
    String notRunning = !resume && !suspended ? NormClocks.notRunning(known, s) : null;
    if (notRunning != null) {
      return reject(RuleCode.CLOCK_NOT_RUNNING, "norm %s cannot be stopped or extended now: %s", norm, notRunning);
    }
    if (suspended && change instanceof Change.ClockSuspended) {
      return reject(RuleCode.CLOCK_ALREADY_SUSPENDED, "the clock of norm %s is already stopped", norm);
    }
    return resume && !suspended ? reject(RuleCode.CLOCK_NOT_SUSPENDED, "the clock of norm %s is not stopped", norm)
        : emit(out, change);
  }

  // ---- registration, steps and closure -----------------------------------------------------

  private Rejection register(CaseState s, Command.RegisterCase c, Emitter out) {
    String organisation = organisation(out.actor);
    EntryPoint entry = def.entryPoints.get(c.entryPoint());
    if (entry == null || !entry.organisations().contains(organisation)) {
      return reject(RuleCode.ENTRY_POINT_NOT_ALLOWED, "entry point %s does not admit registrations by %s",
          c.entryPoint(), organisation);
    }
    List<String> clients = c.clients();
    if (clients.isEmpty() || clients.size() > 2 || clients.size() == 2 && clients.get(0).equals(clients.get(1))) {
      return reject(RuleCode.CLIENT_COUNT_INVALID, "a case concerns one client or two partners, not %s",
          c.clients().size());
    }
    out.emit(new Change.CaseRegistered(def.definition.id(), def.definition.version(), entry.id(), entry.channel(),
        c.clients()));
    LeadRule[] rules = def.stepLeads.get(entry.step());
    LeadRule clientLead = rules[LeadKind.CLIENT_LEAD.ordinal()];
    String fallback = clientLead != null ? clientLead.organisation() : organisation;
    String[] holders = new String[rules.length];
    for (int i = 0; i < def.usedKinds.size(); i++) {
      LeadKind kind = def.usedKinds.get(i);
      LeadRule rule = rules[kind.ordinal()];
      holders[kind.ordinal()] = rule != null ? rule.organisation() : fallback;
      out.emit(new Change.LeadAssigned(kind, holders[kind.ordinal()]));
    }
    // the holders just assigned, no handovers, no tasks: the registered state, without building it
    enterStep(s, holders, def.steps.get(entry.step()), "", false, out);
    return null;
  }

  private Rejection move(CaseState s, Command.MoveCase c, Emitter out) {
    Rejection notHolder = requireMover(s, out, "move the case");
    if (notHolder != null) {
      return notHolder;
    }
    Step current = def.steps.get(s.step);
    Transition chosen = null;
    boolean defined = false;
    int highestElsewhere = Integer.MIN_VALUE;
    Transition blocking = null;
    List<Transition> transitions = current.transitions();
    for (int i = 0; i < transitions.size(); i++) {
      Transition transition = transitions.get(i);
      boolean holds = Guards.holds(transition.guard(), s);
      if (transition.to().equals(c.step())) {
        defined = true;
        if (holds && (chosen == null || transition.priority() > chosen.priority())) {
          chosen = transition;
        }
      } else if (holds && transition.priority() > highestElsewhere) {
        highestElsewhere = transition.priority();
        blocking = transition;
      }
    }
    if (!defined) {
      return reject(RuleCode.TRANSITION_NOT_DEFINED, "step %s has no transition to %s", s.step, c.step());
    }
    if (!Guards.requiredTasksDone(s)) {
      return reject(RuleCode.REQUIRED_TASKS_OPEN, "step %s still has required tasks open", s.step);
    }
    if (chosen == null) {
      return reject(RuleCode.GUARD_NOT_MET, "the condition to go from %s to %s does not hold", s.step, c.step());
    }
    if (blocking != null && highestElsewhere > chosen.priority()) {
      return reject(RuleCode.HIGHER_PRIORITY_TRANSITION_ENABLED,
          "the transition '%s' to %s has a higher priority and its condition holds", blocking.label(), blocking.to());
    }
    Step target = def.steps.get(chosen.to());
    if (target.phase() == Phase.SOLUTION && s.phase != Phase.SOLUTION && def.definition.policy().requiresReadiness()
        && (s.readiness == null || !s.readiness.ready())) {
      return reject(RuleCode.READINESS_NOT_DECIDED, "entering %s (phase %s) needs a recorded decision that the household "
          + "is ready (R-58); %s", target.id(), Phase.SOLUTION.label(),
          s.readiness == null ? "none was recorded" : "the latest says it is not");
    }
    enterStep(s, s.leads, target, s.step, false, out);
    return null;
  }

  /** a readiness decision assesses exactly the definition's criteria, each once. */
  private Rejection recordReadiness(Command.RecordReadiness c, Emitter out) {
    List<String> required = def.definition.policy().readinessCriteria();
    Set<String> assessed = new HashSet<>(c.criteria());
    if (assessed.size() != c.criteria().size() || (!required.isEmpty() && !assessed.equals(new HashSet<>(required)))) {
      return reject(RuleCode.READINESS_CRITERIA_INVALID,
          "a readiness decision must assess each of %s once; it assessed %s", required, c.criteria());
    }
    return emit(out, new Change.ReadinessRecorded(c.ready(), c.criteria(), c.grounds()));
  }

  /**
   * Emits entering {@code step}: the step, a handover wherever its regie rules name another
   * organisation than the holder (withdrawing a pending offer that no longer fits), and its tasks;
   * on a {@code reentry} after a reopen, not the tasks already done in the step. {@code
   * leads}: the regie holders by kind, {@code s.leads} but while registering.
   */
  private void enterStep(CaseState s, String[] leads, Step step, String previous, boolean reentry, Emitter out) {
    out.emit(new Change.StepEntered(step.id(), step.phase(), previous));
    List<LeadRule> rules = step.leads();
    for (int i = 0; i < rules.size(); i++) {
      LeadRule rule = rules.get(i);
      String holder = leads[rule.kind().ordinal()];
      PendingHandover pending = s.handover(rule.kind()).orElse(null);
      boolean pendingFits = pending != null && pending.to().equals(rule.organisation());
      if (pending != null && !pendingFits) {
        out.emit(new Change.LeadHandoverWithdrawn(rule.kind(), holder, pending.to(),
            "step " + step.id() + " names " + rule.organisation()));
      }
      if (!holder.equals(rule.organisation()) && !pendingFits) {
        out.emit(new Change.LeadHandoverProposed(rule.kind(), holder, rule.organisation(), rule.handover(),
            "step " + step.id()));
      }
    }
    LocalDate today = out.date();
    List<TaskTemplate> templates = step.tasks();
    for (int i = 0; i < templates.size(); i++) {
      TaskTemplate template = templates.get(i);
      if (reentry && done(s, step.id(), template.id())) {
        continue;
      }
      out.emit(new Change.TaskAssigned(out.nextTaskId(), template.id(), template.text(), template.owner(),
          due(today, template.due()), template.required(), template.clientVisible(), step.id()));
    }
  }

  private Rejection close(CaseState s, Command.CloseCase c, Emitter out) {
    Rejection notHolder = requireMover(s, out, "close the case");
    if (notHolder != null) {
      return notHolder;
    }
    ExitCriteria met = null;
    for (ExitCriteria exit : def.exitsFrom(s.step)) {
      if (exit.type() == c.type() && Guards.holds(exit.condition(), s)) {
        met = exit;
        break;
      }
    }
    if (met == null) {
      return reject(RuleCode.EXIT_CRITERIA_NOT_MET, "no exit criteria for closing %s from step %s are met",
          c.type().label(), s.step);
    }
    if (met.requiresConsultation() && c.consultation().isBlank()) {
      return reject(RuleCode.CONSULTATION_REQUIRED, "closing under '%s' must be decided in a consultation; name it",
          met.label());
    }
    if (met.type() == ClosureType.CONTACT_LOST) {
      Rejection undocumented = contactAttempts(s.contacts, def.definition.signals());
      if (undocumented != null) {
        return undocumented;
      }
    }
    for (PendingHandover handover : s.handovers) {
      out.emit(new Change.LeadHandoverWithdrawn(handover.kind(), handover.from(), handover.to(), "case closed"));
    }
    for (Task task : s.tasks) {
      if (task.open()) {
        out.emit(new Change.TaskCancelled(task.id(), task.template(), "case closed"));
      }
    }
    for (Activity activity : s.activities) {
      if (activity.running()) {
        out.emit(new Change.ActivityEnded(activity.id(), activity.kind(), activity.organisation(), "case closed",
            ActivityOutcome.STOPPED_BY_CLOSURE));
      }
    }
    for (Appointment appointment : s.appointments) {
      if (appointment.status() == AppointmentStatus.SCHEDULED) {
        out.emit(new Change.AppointmentCancelled(appointment.id(), appointment.kind(), "case closed"));
      }
    }
    for (Participant participant : s.participants) { // after their tasks were cancelled
      if (participant.active()) {
        out.emit(new Change.ParticipationEnded(participant.organisation(), participant.role(), "case closed"));
      }
    }
    out.emit(new Change.CaseClosed(met.id(), met.type(), c.decidedBy(), c.consultation(), c.reason()));
    return null;
  }

  /** enough unanswered outgoing attempts over enough channels since the client was last reached. */
  private static Rejection contactAttempts(ContactLog contacts, SignalRules rules) {
    int attempts = contacts.outboundAttemptsSinceReached();
    int channels = contacts.outboundChannelCount();
    if (attempts >= rules.contactLostAttempts() && channels >= rules.contactLostChannels()) {
      return null;
    }
    return reject(RuleCode.CONTACT_ATTEMPTS_MISSING, "closing as contact lost needs at least %s unanswered contact "
        + "attempts over at least %s channels since the client was last reached (R-66); there were %s over %s",
        rules.contactLostAttempts(), rules.contactLostChannels(), attempts, channels);
  }

  private Rejection reopen(CaseState s, Command.ReopenCase c, Emitter out) {
    Rejection notHolder = requireMover(s, out, "reopen the case");
    if (notHolder != null) {
      return notHolder;
    }
    Closure last = s.closures.get(s.closures.size() - 1);
    LocalDate windowEnd = calendar.plus(last.closedOn(), def.definition.signals().reRegistrationWindow());
    out.emit(new Change.CaseReopened(c.reason(), !out.date().isAfter(windowEnd)));
    enterStep(s, s.leads, def.steps.get(s.step), s.step, true, out);
    return null;
  }

  private Rejection requireMover(CaseState s, Emitter out, String what) {
    String organisation = organisation(out.actor);
    if (organisation.equals(s.leads[def.primaryKind.ordinal()])) {
      return null;
    }
    if (def.definition.policy().processLeadMayMoveCase()
        && organisation.equals(s.leads[LeadKind.PROCESS_LEAD.ordinal()])) {
      return null;
    }
    return reject(RuleCode.NOT_LEAD_HOLDER, "only the holder of %s may %s; %s does not hold it",
        def.primaryKind.label(), what, organisation);
  }

  // ---- regie ---------------------------------------------------------------------------------

  private Rejection propose(CaseState s, Command.ProposeLeadHandover c, Emitter out) {
    String holder = s.leads[c.kind().ordinal()];
    if (holder == null) {
      return reject(RuleCode.LEAD_KIND_UNUSED, "the definition uses no %s", c.kind().label());
    }
    String organisation = organisation(out.actor);
    if (!holder.equals(organisation)) {
      return reject(RuleCode.NOT_LEAD_HOLDER, "only the holder of %s may hand it over; %s holds it",
          c.kind().label(), holder);
    }
    if (s.handover(c.kind()).isPresent()) {
      return reject(RuleCode.HANDOVER_ALREADY_PENDING, "a handover of %s is already pending", c.kind().label());
    }
    Organisation receiver = def.organisations.get(c.to());
    if (c.to().equals(holder) || receiver == null
        || !def.leadOrganisations.contains(c.to()) && !OrganisationView.FULL_KINDS.contains(receiver.kind())) {
      return reject(RuleCode.HANDOVER_RECEIVER_INVALID, "%s cannot receive %s from %s: regie goes to another "
          + "organisation of the definition that some step names as a holder or that sees the whole case (R-78)",
          c.to(), c.kind().label(), holder);
    }
    out.emit(new Change.LeadHandoverProposed(c.kind(), holder, c.to(), c.mode(), c.reason()));
    return null;
  }

  private Rejection accept(CaseState s, Command.AcceptLeadHandover c, Emitter out) {
    PendingHandover pending = s.handover(c.kind()).orElse(null);
    if (pending != null && pending.mode() == HandoverMode.WARM
        && pending.to().equals(organisation(out.actor)) && !handoverMeetingBooked(s, pending)) {
      return reject(RuleCode.WARM_HANDOVER_WITHOUT_APPOINTMENT, "a warm handover needs a handover meeting of %s and %s, "
          + "taking place at or after the offer at %s and not missed or cancelled, before it is accepted (R-12)",
          pending.from(), pending.to(), pending.proposedAt());
    }
    return answerHandover(s, c.kind(), out, null);
  }

  /**
   * a handover meeting of sender and receiver for this offer, scheduled or held. It may have
   * been booked before the offer (during the sending contact, as a warm handover does), but it must
   * take place at or after the offer: a meeting of an earlier handover does not count.
   */
  private static boolean handoverMeetingBooked(CaseState s, PendingHandover pending) {
    for (Appointment appointment : s.appointments) {
      if (appointment.kind() == AppointmentKind.HANDOVER_MEETING
          && appointment.standing()
          && !appointment.start().isBefore(pending.proposedAt())
          && appointment.organisations().contains(pending.from())
          && appointment.organisations().contains(pending.to())) {
        return true;
      }
    }
    return false;
  }

  /** Accepts the pending handover of {@code kind} ({@code declineReason} null), or declines it. */
  private Rejection answerHandover(CaseState s, LeadKind kind, Emitter out, String declineReason) {
    PendingHandover pending = s.handover(kind).orElse(null);
    if (pending == null) {
      return reject(RuleCode.NO_HANDOVER_PENDING, "no handover of %s is pending", kind.label());
    }
    if (!pending.to().equals(organisation(out.actor))) {
      return reject(RuleCode.NOT_HANDOVER_RECEIVER, "only %s, the receiver, may answer the handover of %s",
          pending.to(), kind.label());
    }
    return emit(out, declineReason == null
        ? new Change.LeadHandoverAccepted(kind, pending.from(), pending.to())
        : new Change.LeadHandoverDeclined(kind, pending.from(), pending.to(), declineReason));
  }

  private Rejection withdraw(CaseState s, Command.WithdrawLeadHandover c, Emitter out) {
    PendingHandover pending = s.handover(c.kind()).orElse(null);
    if (pending == null) {
      return reject(RuleCode.NO_HANDOVER_PENDING, "no handover of %s is pending", c.kind().label());
    }
    if (!pending.from().equals(organisation(out.actor))) {
      return reject(RuleCode.NOT_LEAD_HOLDER, "only %s, the sender, may withdraw the handover of %s",
          pending.from(), c.kind().label());
    }
    out.emit(new Change.LeadHandoverWithdrawn(c.kind(), pending.from(), pending.to(), c.reason()));
    return null;
  }

  // ---- tasks ---------------------------------------------------------------------------------

  private Rejection assignTask(CaseState s, Command.AssignTask c, Emitter out) {
    if (c.due().isBefore(out.date())) {
      return reject(RuleCode.DUE_DATE_BEFORE_COMMAND, "a task due %s cannot be assigned on %s; it needs a due date "
          + "still to come (R-39)", c.due(), out.date());
    }
    if (c.owner() instanceof Assignee.OrganisationRole) {
      Assignee.OrganisationRole owner = (Assignee.OrganisationRole) c.owner();
      if (!def.hasRole(owner.organisation(), owner.role())) {
        return reject(RuleCode.TASK_OWNER_UNKNOWN, "%s is not a role of an organisation in the definition", owner);
      }
    }
    out.emit(new Change.TaskAssigned(out.nextTaskId(), "", c.text(), c.owner(), c.due(), false, c.clientVisible(), s.step));
    return null;
  }

  /** Completes ({@code reason} null) or cancels a task. */
  private Rejection finishTask(CaseState s, String taskId, String reason, Emitter out) {
    Task task = CaseState.find(s.tasks, taskId);
    if (task == null) {
      return reject(RuleCode.UNKNOWN_TASK, "case %s has no task %s", s.id, taskId);
    }
    if (!task.open()) {
      return reject(RuleCode.TASK_NOT_OPEN, "task %s is already %s", taskId, task.status());
    }
    if (!owns(out.actor, task.owner()) && !isClientLead(s, out.actor)) {
      return reject(RuleCode.NOT_TASK_OWNER, "only the owner (%s) or the regie holder may finish task %s",
          task.owner(), taskId);
    }
    if (reason == null) {
      out.emit(new Change.TaskCompleted(task.id(), task.template()));
      return null;
    }
    if (task.required()) {
      return reject(RuleCode.REQUIRED_TASK_NOT_CANCELLABLE, "task %s is required in step %s; it must be done",
          taskId, task.step());
    }
    out.emit(new Change.TaskCancelled(task.id(), task.template(), reason));
    return null;
  }

  private static boolean owns(Actor actor, Assignee owner) {
    if (actor instanceof Actor.Client) {
      return owner.isClient();
    }
    Actor.Professional professional = (Actor.Professional) actor;
    return owner instanceof Assignee.OrganisationRole
        && ((Assignee.OrganisationRole) owner).organisation().equals(professional.organisation())
        && ((Assignee.OrganisationRole) owner).role().equals(professional.role());
  }

  private boolean isClientLead(CaseState s, Actor actor) {
    return actor instanceof Actor.Professional
        && ((Actor.Professional) actor).organisation().equals(s.leads[def.primaryKind.ordinal()]);
  }

  /** Whether a task of {@code template} made in {@code step} is done. */
  private static boolean done(CaseState s, String step, String template) {
    for (Task task : s.tasks) {
      if (task.status() == TaskStatus.DONE && task.template().equals(template) && task.step().equals(step)) {
        return true;
      }
    }
    return false;
  }

  // ---- appointments --------------------------------------------------------------------------

  private Rejection schedule(Command.ScheduleAppointment c, Emitter out) {
    if (c.organisations().isEmpty() || new HashSet<>(c.organisations()).size() != c.organisations().size()) {
      return reject(RuleCode.APPOINTMENT_PARTICIPANTS_MISSING, "an appointment needs distinct participating organisations");
    }
    int neighbourhoodTeams = 0;
    for (String organisation : c.organisations()) {
      Organisation known = def.organisations.get(organisation);
      if (known == null) {
        return reject(RuleCode.APPOINTMENT_PARTICIPANTS_MISSING, "organisation %s is not part of the definition", organisation);
      }
      if (known.kind() == OrganisationKind.NEIGHBOURHOOD_TEAM) {
        neighbourhoodTeams++;
      }
    }
    if (c.kind() == AppointmentKind.TRIPARTITE_MEETING
        && (!c.client() || neighbourhoodTeams == 0 || neighbourhoodTeams == c.organisations().size())) {
      return reject(RuleCode.APPOINTMENT_PARTICIPANTS_MISSING,
          "a driegesprek needs the client, a neighbourhood-team worker and a specialist (R-32)");
    }
    out.emit(new Change.AppointmentScheduled(out.nextAppointmentId(), c.kind(), c.start(), c.organisations(), c.client()));
    return null;
  }

  private Rejection hold(CaseState s, Command.HoldAppointment c, Emitter out) {
    Appointment appointment = s.appointment(c.appointment()).orElse(null);
    Rejection rejection = recordable(s, out, c.appointment(), appointment);
    if (rejection != null) {
      return rejection;
    }
    if (c.at().isBefore(appointment.start())) {
      return reject(RuleCode.APPOINTMENT_NOT_STARTED, "appointment %s starts at %s; it cannot be held before",
          appointment.id(), appointment.start());
    }
    FollowUp followUp = c.followUp();
    if (followUp instanceof FollowUp.NotRecorded && appointment.kind().needsFollowUp()) {
      return reject(RuleCode.FOLLOW_UP_MISSING,
          "a %s needs a follow-up appointment or a reason for none (R-34)", appointment.kind().label());
    }
    if (followUp instanceof FollowUp.Scheduled) {
      String next = ((FollowUp.Scheduled) followUp).appointment();
      Appointment following = s.appointment(next).orElse(null);
      if (following == null || following.status() != AppointmentStatus.SCHEDULED
          || !following.start().isAfter(appointment.start())) {
        return reject(RuleCode.FOLLOW_UP_INVALID,
            "follow-up %s must be another scheduled appointment of the case that starts later", next);
      }
    }
    out.emit(new Change.AppointmentHeld(appointment.id(), appointment.kind(), c.summary(), followUp));
    return null;
  }

  private Rejection miss(CaseState s, Command.MissAppointment c, Emitter out) {
    Appointment appointment = s.appointment(c.appointment()).orElse(null);
    Rejection rejection = recordable(s, out, c.appointment(), appointment);
    if (rejection == null) {
      out.emit(new Change.AppointmentMissed(appointment.id(), appointment.kind(), c.reason()));
    }
    return rejection;
  }

  private Rejection recordable(CaseState s, Emitter out, String id, Appointment appointment) {
    if (appointment == null) {
      return reject(RuleCode.UNKNOWN_APPOINTMENT, "case %s has no appointment %s", s.id, id);
    }
    if (appointment.status() != AppointmentStatus.SCHEDULED) {
      return reject(RuleCode.APPOINTMENT_NOT_SCHEDULED, "appointment %s is already %s", id, appointment.status());
    }
    if (!appointment.organisations().contains(organisation(out.actor)) && !isClientLead(s, out.actor)) {
      return reject(RuleCode.NOT_APPOINTMENT_PARTICIPANT,
          "only a participant or the regie holder may record appointment %s", id);
    }
    return null;
  }

  // ---- participants (R-17, ADR 0036) --------------------------------------------------------

  private Rejection addParticipant(CaseState s, Command.AddParticipant c, Emitter out) {
    String organisation = organisation(out.actor);
    if (!organisesParticipants(s, organisation)) {
      return reject(RuleCode.NOT_LEAD_HOLDER, "only a holder of client or process regie may add a participant; %s "
          + "holds neither", organisation);
    }
    if (!def.hasRole(c.organisation(), c.role())) {
      return reject(RuleCode.PARTICIPANT_UNKNOWN, "%s is not a role of an organisation %s in the definition",
          c.role(), c.organisation());
    }
    return s.participant(c.organisation(), c.role()).isPresent()
        ? reject(RuleCode.ALREADY_PARTICIPATING, "%s already takes part in case %s as %s", c.organisation(), s.id, c.role())
        : emit(out, new Change.ParticipantAdded(c.organisation(), c.role(), c.professional(), c.reason()));
  }

  private Rejection endParticipation(CaseState s, Command.EndParticipation c, Emitter out) {
    String organisation = organisation(out.actor);
    if (!organisation.equals(c.organisation()) && !organisesParticipants(s, organisation)) {
      return reject(RuleCode.NOT_LEAD_HOLDER, "only %s itself or a holder of client or process regie may end its "
          + "participation; %s is neither", c.organisation(), organisation);
    }
    if (s.participant(c.organisation(), c.role()).isEmpty()) {
      return reject(RuleCode.NOT_PARTICIPATING, "%s does not take part in case %s as %s", c.organisation(), s.id, c.role());
    }
    List<String> open = new ArrayList<>();
    Assignee position = Assignee.role(c.organisation(), c.role());
    for (Task task : s.tasks) {
      if (task.open() && task.owner().equals(position)) {
        open.add(task.id());
      }
    }
    return !open.isEmpty()
        ? reject(RuleCode.PARTICIPANT_OWNS_OPEN_TASKS, "%s as %s still owns open tasks %s; they must be done or "
            + "cancelled before the participation ends (R-17)", c.organisation(), c.role(), open)
        : emit(out, new Change.ParticipationEnded(c.organisation(), c.role(), c.reason()));
  }

  /** Whether {@code organisation} holds client or process regie (or the definition's primary kind). */
  private boolean organisesParticipants(CaseState s, String organisation) {
    return organisation.equals(s.leads[LeadKind.CLIENT_LEAD.ordinal()])
        || organisation.equals(s.leads[LeadKind.PROCESS_LEAD.ordinal()])
        || organisation.equals(s.leads[def.primaryKind.ordinal()]);
  }

  // ---- activities ----------------------------------------------------------------------------

  private Rejection startActivity(CaseState s, Command.StartActivity c, Emitter out) {
    ActivityKind kind = c.kind();
    if (!def.activityCarriers.getOrDefault(kind, List.of()).contains(c.organisation())) {
      return reject(RuleCode.ACTIVITY_NOT_OFFERED, "the definition does not offer %s by %s", kind.label(), c.organisation());
    }
    String organisation = organisation(out.actor);
    if (!organisation.equals(c.organisation()) && !isClientLead(s, out.actor)) {
      return reject(RuleCode.NOT_ACTIVITY_CARRIER, "only %s or the regie holder may start %s", c.organisation(), kind.label());
    }
    for (Activity activity : s.activities) {
      if (activity.kind() == kind && (activity.running() || !kind.repeatable())) {
        return reject(RuleCode.ACTIVITY_ALREADY_RUNNING, activity.running()
            ? "%s is already running" : "%s may run only once in a case", kind.label());
      }
    }
    out.emit(new Change.ActivityStarted(out.nextActivityId(), kind, c.organisation()));
    return null;
  }

  private Rejection endActivity(CaseState s, Command.EndActivity c, Emitter out) {
    Activity running = null;
    for (Activity activity : s.activities) {
      if (activity.id().equals(c.activity()) && activity.running()) {
        running = activity;
      }
    }
    if (running == null) {
      return reject(RuleCode.ACTIVITY_NOT_RUNNING, "case %s has no running activity %s", s.id, c.activity());
    }
    if (!organisation(out.actor).equals(running.organisation()) && !isClientLead(s, out.actor)) {
      return reject(RuleCode.NOT_ACTIVITY_CARRIER, "only %s or the regie holder may end %s",
          running.organisation(), running.kind().label());
    }
    out.emit(new Change.ActivityEnded(running.id(), running.kind(), running.organisation(), c.reason(),
        ActivityOutcome.COMPLETED));
    return null;
  }

  // ---- helpers -------------------------------------------------------------------------------

  /**
   * {@code calendar.plus(from, term)}, remembered: the tasks assigned on one day share their due
   * dates, and counting working days is the costliest part of entering a step. The calendar is
   * immutable (its contract), so a remembered date stays right. Entries are immutable and the
   * slots raced over freely: a lost write is only a miss.
   */
  LocalDate due(LocalDate from, Term term) {
    int slot = (term.hashCode() ^ from.hashCode()) & (dueDates.length - 1);
    Map.Entry<Term, Map.Entry<LocalDate, LocalDate>> known = dueDates[slot];
    if (known != null && known.getKey().equals(term) && known.getValue().getKey().equals(from)) {
      return known.getValue().getValue();
    }
    LocalDate due = calendar.plus(from, term);
    dueDates[slot] = Map.entry(term, Map.entry(from, due));
    return due;
  }

  /**
   * Emits {@code change}, a decision dated {@code decidedOn}, unless that date lies after the command
   * or before the case was registered.
   */
  private static Rejection dated(CaseState s, LocalDate decidedOn, Emitter out, Change change) {
    if (decidedOn.isAfter(out.date())) {
      return reject(RuleCode.DECISION_DATE_AFTER_COMMAND, "a decision dated %s cannot be recorded on %s",
          decidedOn, out.date());
    }
    LocalDate registered = s.registeredOn();
    return decidedOn.isBefore(registered)
        ? reject(RuleCode.DECISION_DATE_BEFORE_REGISTRATION, "a decision dated %s lies before the case was registered "
            + "on %s", decidedOn, registered)
        : emit(out, change);
  }

  /** The acting organisation; only called for commands a client may not issue, or after checking. */
  private static String organisation(Actor actor) {
    return actor instanceof Actor.Professional ? ((Actor.Professional) actor).organisation() : "";
  }

  private static Rejection reject(RuleCode rule, String reason, Object... args) {
    return new Rejection(rule, fill(reason, args));
  }

  /**
   * {@code String.format(pattern, args)} for a pattern whose only conversions are {@code %s}, as
   * every reason here is, without the formatter's parsing: a model check refuses thousands of
   * commands, each with its reason (ADR 0029).
   */
  static String fill(String pattern, Object... args) {
    StringBuilder text = new StringBuilder(pattern.length() + 16 * args.length);
    int from = 0;
    int arg = 0;
    for (int at = pattern.indexOf("%s"); at >= 0; at = pattern.indexOf("%s", from)) {
      text.append(pattern, from, at).append(args[arg++]);
      from = at + 2;
    }
    return text.append(pattern, from, pattern.length()).toString();
  }
}
