package nl.schuldhulp.workflow.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.schuldhulp.workflow.casefile.AccessOutcome;
import nl.schuldhulp.workflow.casefile.Activity;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.Appointment;
import nl.schuldhulp.workflow.casefile.AppointmentStatus;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.casefile.FollowUp;
import nl.schuldhulp.workflow.casefile.LifeEventKind;
import nl.schuldhulp.workflow.casefile.Participant;
import nl.schuldhulp.workflow.casefile.PendingHandover;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.ActivityRule;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.AssessmentDomain;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * What the professionals and the client of a case can sensibly do in a state, as {@link Option}s:
 * move along each transition, finish the open tasks, answer handovers (booking the handover
 * meeting a warm one needs), record the facts, flags, scores and decisions the guards read, run
 * activities and appointments, close by each exit and reopen. Built from the definition and the
 * state only; the engine decides whether each command is accepted. Immutable and threadsafe.
 */
final class CaseOptions {
  static final String FIRST_CLIENT = "client-1";
  private static final Set<OrganisationKind> ACCESS_AUTHORITIES =
      Set.of(OrganisationKind.MUNICIPALITY, OrganisationKind.MUNICIPAL_DEBT_SERVICE, OrganisationKind.CREDIT_BANK);

  final DefinitionIndex index;
  final WorkflowDefinition definition;
  final GuardReading reading;
  final Map<String, GuardReading> readingPerStep = new HashMap<>();
  final LeadKind primaryKind;
  private final Map<String, Actor.Professional> professionals = new HashMap<>();
  /** The organisations of the definition that may decide on access. */
  private final Set<String> authorities = new java.util.HashSet<>();

  CaseOptions(DefinitionIndex index) {
    this.index = index;
    this.definition = index.definition;
    this.reading = GuardReading.of(definition);
    definition.steps().forEach(step -> readingPerStep.put(step.id(), GuardReading.of(definition, step)));
    List<LeadKind> kinds = definition.leadKinds();
    this.primaryKind = kinds.isEmpty() ? LeadKind.CLIENT_LEAD : kinds.get(0);
    for (Organisation organisation : definition.organisations()) {
      professionals.putIfAbsent(organisation.id(), newProfessional(organisation.id()));
      if (index.organisation(organisation.id()).map(org -> ACCESS_AUTHORITIES.contains(org.kind())).orElse(false)) {
        authorities.add(organisation.id());
      }
    }
  }

  /** A professional of {@code organisation} in its first role (or an unknown role if it has none). */
  Actor.Professional professional(String organisation) {
    Actor.Professional known = professionals.get(organisation);
    return known != null ? known : newProfessional(organisation);
  }

  private Actor.Professional newProfessional(String organisation) {
    String role = index.organisation(organisation)
        .flatMap(org -> org.roles().stream().findFirst())
        .map(nl.schuldhulp.workflow.definition.Role::id)
        .orElse("medewerker");
    return Actor.professional(organisation, role, organisation + "-1");
  }

  /** The organisation that moves and closes the case: the holder of the primary kind of regie. */
  String mover(CaseState state) {
    return state.leadHolder(primaryKind)
        .orElseGet(() -> state.involvedOrganisations().isEmpty() ? "onbekend" : state.involvedOrganisations().get(0));
  }

  Actor.Client client(CaseState state) {
    return Actor.client(state.clients().get(0));
  }

  /** The actor who owns {@code owner}'s tasks. */
  Actor owner(CaseState state, Assignee owner) {
    return owner instanceof Assignee.OrganisationRole role
        ? Actor.professional(role.organisation(), role.role(), role.organisation() + "-1")
        : client(state);
  }

  /** The options in {@code state} for commands issued at {@code at}. */
  List<Option> in(CaseState state, Instant at) {
    if (!state.registered()) {
      return List.of(register(at));
    }
    if (state.closed()) {
      return List.of(Option.explored("heropenen", 1,
          List.of(new Command.ReopenCase(professional(mover(state)), at, "cliënt meldt zich opnieuw"))));
    }
    return whileOpen(state, at);
  }

  /**
   * The options of an open case; for a closed case, what would be done had it been open. Each
   * option builds its commands when asked for them (ADR 0067).
   */
  List<Option> whileOpen(CaseState state, Instant at) {
    List<Option> options = new ArrayList<>();
    Actor.Professional mover = professional(mover(state));
    Step step = index.step(state.step());
    options.add(Option.explored("verplaatsen", 12, () -> moves(step, state, at, mover, true)));
    options.add(Option.explored("verplaatsen zonder dat de voorwaarde geldt", 1, () -> moves(step, state, at, mover, false)));
    options.add(Option.drawn("richting volgende stap", 6, () -> {
      List<Command> steering = new ArrayList<>();
      step.transitions().forEach(transition -> steer(transition.guard(), state, at, mover, steering));
      return steering;
    }));
    tasks(state, at, options);
    handovers(state, at, options);
    records(state, at, mover, options);
    activities(state, at, mover, options);
    appointments(state, at, mover, options);
    options.add(Option.drawn("contact", 1, () -> List.of(
        new Command.RecordContact(mover, at, ContactChannel.PHONE, ContactDirection.OUTBOUND, true),
        new Command.RecordContact(client(state), at, ContactChannel.MESSAGE, ContactDirection.INBOUND, true),
        new Command.AcknowledgeMessage(mover, at),
        new Command.RecordLifeEvent(mover, at, LifeEventKind.values()[0]))));
    options.add(Option.drawn("taak toewijzen", 1, () -> List.of(new Command.AssignTask(mover, at,
        "Bel de schuldeiser terug", Assignee.client(), date(at).plusDays(7), true))));
    clocks(state, at, mover, options);
    participants(state, at, mover, options);
    options.add(Option.explored("afsluiten", 1, () -> {
      List<Command> closes = new ArrayList<>();
      index.exitsFrom(state.step()).forEach(exit -> closes.add(close(mover, at, exit)));
      return closes;
    }));
    return options;
  }

  /**
   * The moves along {@code step}'s transitions that the testkit's reading allows ({@code allowed}:
   * the required tasks are done and the guard holds), or, if not {@code allowed}, those it does not.
   */
  private List<Command> moves(Step step, CaseState state, Instant at, Actor.Professional mover, boolean allowed) {
    boolean tasksDone = !GuardReading.anyOpenRequiredTask(state);
    List<Command> moves = new ArrayList<>();
    for (Transition transition : step.transitions()) {
      if ((tasksDone && enabled(transition, state)) == allowed) {
        moves.add(new Command.MoveCase(mover, at, transition.to()));
      }
    }
    return moves;
  }

  /** Adds commands that make the positive parts of {@code guard} hold, so generated cases go deep. */
  private void steer(Guard guard, CaseState state, Instant at, Actor.Professional mover, List<Command> out) {
    if (guard instanceof Guard.FactEquals fact && !fact.value().equals(state.facts().get(fact.fact()))) {
      out.add(new Command.RecordFact(mover, at, fact.fact(), fact.value()));
    } else if (guard instanceof Guard.ScoreAtLeast score) {
      out.add(new Command.RecordAssessment(mover, at, score.domain(), score.score()));
    } else if (guard instanceof Guard.FlagSet flag && !state.flagged(flag.flag())) {
      out.add(new Command.RaiseFlag(mover, at, flag.flag(), "signaal"));
    } else if (guard instanceof Guard.AccessGranted && !state.admitted()) {
      authority(state).ifPresent(authority -> out.add(new Command.DecideAccess(professional(authority), at,
          AccessOutcome.ADMITTED, date(at), "voldoet aan de voorwaarden")));
    } else if (guard instanceof Guard.ActivityActive activity) {
      definition.activities().stream().filter(rule -> rule.kind() == activity.kind()).findFirst().ifPresent(rule ->
          out.add(new Command.StartActivity(mover, at, rule.kind(), rule.organisations().get(0))));
    } else if (guard instanceof Guard.AllOf all) {
      all.guards().forEach(inner -> steer(inner, state, at, mover, out));
    } else if (guard instanceof Guard.AnyOf any) {
      any.guards().forEach(inner -> steer(inner, state, at, mover, out));
    }
  }

  /** An involved organisation that may decide on access, if any. */
  java.util.Optional<String> authority(CaseState state) {
    for (String id : state.involvedOrganisations()) {
      if (authorities.contains(id)) {
        return java.util.Optional.of(id);
      }
    }
    return java.util.Optional.empty();
  }

  private Option register(Instant at) {
    List<Command> alternatives = new ArrayList<>();
    for (EntryPoint entry : definition.entryPoints()) {
      for (String organisation : entry.organisations()) {
        alternatives.add(new Command.RegisterCase(professional(organisation), at, entry.id(), List.of(FIRST_CLIENT)));
      }
    }
    return Option.explored("aanmelden", 1, alternatives);
  }

  private void tasks(CaseState state, Instant at, List<Option> options) {
    options.add(Option.explored("verplichte taak afronden", 8, () -> {
      List<Command> required = new ArrayList<>();
      for (Task task : GuardReading.openRequiredTasks(state)) {
        required.add(new Command.CompleteTask(owner(state, task.owner()), at, task.id()));
      }
      return required;
    }));
    options.add(Option.drawn("taak afronden", 2, () -> {
      List<Command> others = new ArrayList<>();
      for (Task task : state.tasks()) {
        if (task.open() && !(task.required() && task.step().equals(state.step()))) {
          others.add(new Command.CompleteTask(owner(state, task.owner()), at, task.id()));
        }
      }
      return others;
    }));
    options.add(Option.drawn("taak annuleren", 1, () -> {
      List<Command> cancels = new ArrayList<>();
      for (Task task : state.tasks()) {
        if (task.open() && !task.required()) {
          cancels.add(new Command.CancelTask(owner(state, task.owner()), at, task.id(), "niet meer nodig"));
        }
      }
      return cancels;
    }));
  }

  private void handovers(CaseState state, Instant at, List<Option> options) {
    options.add(Option.explored("overdracht beantwoorden", 6, () -> {
      List<Command> answers = new ArrayList<>();
      for (PendingHandover handover : state.handovers()) {
        Actor.Professional receiver = professional(handover.to());
        if (handover.mode() == HandoverMode.WARM && !meetingBooked(state, handover)) {
          answers.add(new Command.ScheduleAppointment(professional(handover.from()), at,
              AppointmentKind.HANDOVER_MEETING, at.plus(Duration.ofDays(1)), List.of(handover.from(), handover.to()), true));
        }
        answers.add(new Command.AcceptLeadHandover(receiver, at, handover.kind()));
        answers.add(new Command.DeclineLeadHandover(receiver, at, handover.kind(), "geen capaciteit"));
      }
      return answers;
    }));
    options.add(Option.explored("overdracht intrekken", 1, () -> {
      List<Command> withdrawals = new ArrayList<>();
      for (PendingHandover handover : state.handovers()) {
        withdrawals.add(new Command.WithdrawLeadHandover(professional(handover.from()), at, handover.kind(), "ingetrokken"));
      }
      return withdrawals;
    }));
    options.add(Option.drawn("regie overdragen", 1, () -> {
      List<Command> proposals = new ArrayList<>();
      for (LeadKind kind : index.leadKinds) {
        String holder = state.leadHolder(kind).orElse(null);
        if (holder == null || state.handover(kind).isPresent()) {
          continue;
        }
        for (Organisation organisation : definition.organisations()) {
          if (!organisation.id().equals(holder)) {
            proposals.add(new Command.ProposeLeadHandover(professional(holder), at, kind, organisation.id(),
                HandoverMode.FILE_TRANSFER, "andere organisatie past beter"));
          }
        }
      }
      return proposals;
    }));
  }

  /**
   * Whether a handover meeting of the sender and receiver of {@code handover} takes place at or
   * after the offer and is neither missed nor cancelled.
   */
  static boolean meetingBooked(CaseState state, PendingHandover handover) {
    for (Appointment appointment : state.appointments()) {
      if (appointment.kind() == AppointmentKind.HANDOVER_MEETING
          && (appointment.status() == AppointmentStatus.SCHEDULED || appointment.status() == AppointmentStatus.HELD)
          && !appointment.start().isBefore(handover.proposedAt())
          && appointment.organisations().contains(handover.from()) && appointment.organisations().contains(handover.to())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Facts, flags and scores can be recorded at any moment, so the model checker records only what
   * the current step's guards read, in that step (ADR 0053); the generator records anything.
   */
  private void records(CaseState state, Instant at, Actor.Professional mover, List<Option> options) {
    GuardReading here = readingPerStep.get(state.step());
    for (Fact fact : definition.facts()) {
      options.add(Option.of("feit", reading.facts.contains(fact.id()) ? 4 : 1,
          () -> recordFact(fact.values(), mover, at, fact),
          () -> here.facts.contains(fact.id()) ? recordFact(here.representativeValues(fact), mover, at, fact) : List.of()));
    }
    for (Flag flag : Flag.values()) {
      Supplier<List<Command>> command = () -> List.of(state.flagged(flag)
          ? new Command.ClearFlag(mover, at, flag, "opgelost")
          : new Command.RaiseFlag(mover, at, flag, "signaal"));
      options.add(here.flags.contains(flag)
          ? Option.explored("vlag", 2, command)
          : Option.drawn("vlag", reading.flags.contains(flag) ? 2 : 1, command));
    }
    for (AssessmentDomain domain : definition.domains()) {
      options.add(Option.of("score", reading.thresholds.containsKey(domain.id()) ? 4 : 1, () -> {
        List<Integer> scores = new ArrayList<>();
        for (int score = AssessmentDomain.MIN_SCORE; score <= AssessmentDomain.MAX_SCORE; score++) {
          scores.add(score);
        }
        return recordScores(scores, mover, at, domain);
      }, () -> recordScores(here.representativeScores(domain.id()), mover, at, domain)));
    }
    String authority = authority(state).orElse(null);
    if (authority == null) {
      Supplier<List<Command>> involve = () -> definition.organisations().stream()
          .filter(org -> ACCESS_AUTHORITIES.contains(org.kind()))
          .<Command>map(org -> new Command.ScheduleAppointment(mover, at, AppointmentKind.INTAKE, at.plus(Duration.ofHours(26)),
              org.id().equals(mover.organisation()) ? List.of(org.id()) : List.of(mover.organisation(), org.id()), true))
          .limit(1)
          .toList();
      options.add(reading.access
          ? Option.explored("toelating voorbereiden", 1, involve)
          : Option.drawn("toelating voorbereiden", 1, involve));
    } else {
      Supplier<List<Command>> decisions = () -> {
        Actor.Professional decider = professional(authority);
        return state.admitted()
            ? List.of(new Command.DecideTermination(decider, at, date(at), "afspraken niet nagekomen"))
            : List.of(new Command.DecideAccess(decider, at, AccessOutcome.ADMITTED, date(at), "voldoet aan de voorwaarden"),
                new Command.DecideAccess(decider, at, AccessOutcome.REFUSED, date(at), "recent nog hulp gehad"));
      };
      options.add(reading.access ? Option.sampled("toelating", 4, decisions) : Option.drawn("toelating", 1, decisions));
    }
  }

  private static List<Command> recordFact(List<String> values, Actor.Professional mover, Instant at, Fact fact) {
    List<Command> records = new ArrayList<>(values.size());
    values.forEach(value -> records.add(new Command.RecordFact(mover, at, fact.id(), value)));
    return records;
  }

  private static List<Command> recordScores(List<Integer> scores, Actor.Professional mover, Instant at,
      AssessmentDomain domain) {
    List<Command> records = new ArrayList<>(scores.size());
    scores.forEach(score -> records.add(new Command.RecordAssessment(mover, at, domain.id(), score)));
    return records;
  }

  private void activities(CaseState state, Instant at, Actor.Professional mover, List<Option> options) {
    for (ActivityRule rule : definition.activities()) {
      Supplier<List<Command>> starts = () -> {
        List<Command> commands = new ArrayList<>();
        for (String organisation : rule.organisations()) {
          commands.add(new Command.StartActivity(state.involves(organisation) ? professional(organisation) : mover, at,
              rule.kind(), organisation));
        }
        return commands;
      };
      options.add(reading.activities.contains(rule.kind())
          ? Option.explored("start", 3, starts) : Option.drawn("start", 1, starts));
    }
    options.add(Option.of("activiteit beëindigen", 1, () -> ends(state, at, mover, false), () -> ends(state, at, mover, true)));
  }

  /** Ends every running activity, or only those of the kinds the guards read ({@code read}). */
  private List<Command> ends(CaseState state, Instant at, Actor.Professional mover, boolean read) {
    List<Command> ends = new ArrayList<>();
    for (Activity activity : state.activities()) {
      if (activity.running() && (!read || reading.activities.contains(activity.kind()))) {
        ends.add(new Command.EndActivity(mover, at, activity.id(), "afgerond"));
      }
    }
    return ends;
  }

  private void appointments(CaseState state, Instant at, Actor.Professional mover, List<Option> options) {
    options.add(Option.drawn("afspraak plannen", 2, () -> {
      List<Command> schedules = new ArrayList<>();
      for (AppointmentKind kind : AppointmentKind.values()) {
        List<String> participants = kind == AppointmentKind.TRIPARTITE_MEETING
            ? tripartite()
            : List.of(mover.organisation());
        if (!participants.isEmpty()) {
          schedules.add(new Command.ScheduleAppointment(mover, at, kind, at.plus(Duration.ofHours(26)), participants, true));
        }
      }
      return schedules;
    }));
    options.add(Option.drawn("afspraak vastleggen", 2, () -> {
      List<Command> records = new ArrayList<>();
      for (Appointment appointment : state.appointments()) {
        if (appointment.status() != AppointmentStatus.SCHEDULED) {
          continue;
        }
        if (!appointment.start().isAfter(at)) {
          records.add(new Command.HoldAppointment(mover, at, appointment.id(), "besproken: de actielijst",
              followUp(state, appointment)));
        }
        records.add(new Command.MissAppointment(mover, at, appointment.id(), "cliënt niet verschenen"));
      }
      return records;
    }));
  }

  /** A neighbourhood team and a specialist organisation for a driegesprek, if the definition has both. */
  private List<String> tripartite() {
    String team = null;
    String specialist = null;
    for (Organisation organisation : definition.organisations()) {
      if (organisation.kind() == OrganisationKind.NEIGHBOURHOOD_TEAM) {
        team = team == null ? organisation.id() : team;
      } else {
        specialist = specialist == null ? organisation.id() : specialist;
      }
    }
    return team == null || specialist == null ? List.of() : List.of(team, specialist);
  }

  /** A later scheduled appointment as the follow-up if there is one, else a reason for none. */
  private static FollowUp followUp(CaseState state, Appointment held) {
    return state.appointments().stream()
        .filter(next -> next.status() == AppointmentStatus.SCHEDULED && next.start().isAfter(held.start()))
        .findFirst()
        .<FollowUp>map(next -> FollowUp.scheduled(next.id()))
        .orElse(FollowUp.none("cliënt kan verder zonder vervolggesprek"));
  }

  /**
   * add a participant in each organisation's first role, give an active one a task, end each
   * active one by the participant itself. Only the generator draws them: a participation changes
   * nothing the model checker keeps apart (ADR 0036).
   */
  private void participants(CaseState state, Instant at, Actor.Professional mover, List<Option> options) {
    options.add(Option.drawn("deelnemer", 2, () -> {
      List<Command> commands = new ArrayList<>();
      for (Organisation organisation : definition.organisations()) {
        Actor.Professional position = professional(organisation.id());
        if (state.participant(position.organisation(), position.role()).isEmpty()) {
          commands.add(new Command.AddParticipant(mover, at, position.organisation(), position.role(), "",
              "adviseert over werk en inkomen"));
        }
      }
      for (Participant participant : state.participants()) {
        if (participant.active()) {
          Assignee owner = Assignee.role(participant.organisation(), participant.role());
          commands.add(new Command.AssignTask(mover, at, "Geef advies", owner, date(at).plusDays(7), false));
          commands.add(new Command.EndParticipation((Actor.Professional) owner(state, owner), at,
              participant.organisation(), participant.role(), "advies gegeven"));
        }
      }
      return commands;
    }));
  }

  private void clocks(CaseState state, Instant at, Actor.Professional mover, List<Option> options) {
    options.add(Option.drawn("normklok", 1, () -> {
      List<Command> changes = new ArrayList<>();
      for (Norm norm : definition.norms()) {
        changes.add(state.suspendedNorms().contains(norm.id())
            ? new Command.ResumeClock(mover, at, norm.id())
            : new Command.SuspendClock(mover, at, norm.id(), "wacht op stukken van de cliënt"));
        changes.add(new Command.ExtendDeadline(mover, at, norm.id(), Term.weeks(1), "complexe situatie"));
      }
      return changes;
    }));
  }

  Command close(Actor.Professional mover, Instant at, ExitCriteria exit) {
    return new Command.CloseCase(mover, at, exit.type(), mover.organisation(),
        exit.requiresConsultation() ? "casuïstiekoverleg" : "", "loslaatcriteria besproken");
  }

  /** Whether {@code transition} may be taken in {@code state} by the testkit's own reading. */
  static boolean enabled(Transition transition, CaseState state) {
    return GuardReading.holds(transition.guard(), state);
  }

  static LocalDate date(Instant at) {
    return LocalDate.ofInstant(at, BusinessCalendar.ZONE);
  }
}
