package nl.schuldhulp.workflow.casefile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * Turns a state and one random choice into a command for property tests. Half of the commands are
 * aimed at what the state allows (the owner completes an open task, the holder moves along a
 * transition), the rest are random, so both acceptances and every kind of rejection occur. The same
 * state and choice always give the same command, which makes shrinking a list of choices possible.
 */
final class CommandGenerator {
  private static final Instant START = Instant.parse("2024-03-04T08:00:00Z");
  private static final int KINDS = 25;
  private static final int CLOSE = 21;
  /** Move, complete (often), schedule, accept a handover, record a fact, a score, an access decision. */
  private static final Integer[] PROGRESS = {0, 0, 1, 1, 1, 4, 8, 13, 15, 16};

  private final WorkflowDefinition definition;
  private final List<Actor.Professional> professionals = new ArrayList<>();
  private final List<String> organisations = new ArrayList<>();

  CommandGenerator(WorkflowDefinition definition) {
    this.definition = definition;
    for (Organisation organisation : definition.organisations()) {
      organisations.add(organisation.id());
      for (Role role : organisation.roles()) {
        professionals.add(new Actor.Professional(organisation.id(), role.id(), organisation.id() + "-" + role.id()));
      }
    }
    organisations.add("onbekend");
  }

  /** The instant of the {@code index}th command: six hours apart, now and then one that lies in the past. */
  static Instant at(int index, long choice) {
    Instant at = START.plus(Duration.ofHours(6L * index));
    return Math.floorMod(choice, 23) == 0 ? at.minus(Duration.ofDays(2)) : at;
  }

  Command next(CaseState state, int index, long choice) {
    Random random = new Random(choice);
    Instant at = at(index, choice);
    if (!state.registered() && random.nextInt(10) > 0) {
      EntryPoint entry = pick(random, definition.entryPoints());
      Actor actor = professionalOf(random, pick(random, entry.organisations()));
      return new Command.RegisterCase(actor, at, entry.id(), random.nextInt(4) == 0 ? List.of("client-1", "client-2") : List.of("client-1"));
    }
    boolean aimed = random.nextBoolean();
    // aimed commands lean towards progress, so runs reach the later steps and their guards
    int kind = aimed && random.nextBoolean() ? pick(random, PROGRESS) : random.nextInt(KINDS);
    if (kind == CLOSE && random.nextInt(4) > 0) {
      kind = pick(random, PROGRESS); // closing ends the interesting part of a run; do it less often
    }
    return command(state, random, aimed, kind, at);
  }

  private Command command(CaseState s, Random r, boolean aimed, int kind, Instant at) {
    LocalDate date = LocalDate.ofInstant(at, BusinessCalendar.ZONE);
    switch (kind) {
      case 0:
        return new Command.MoveCase(aimed ? holder(s, r) : any(r), at, target(s, r));
      case 1: {
        Task task = task(s, r);
        return new Command.CompleteTask(aimed && task != null ? owner(task, r) : anyOrClient(r), at, task == null ? "T99" : task.id());
      }
      case 2: {
        Task task = task(s, r);
        return new Command.CancelTask(aimed && task != null ? owner(task, r) : any(r), at, task == null ? "T99" : task.id(), "niet meer nodig");
      }
      case 3:
        return new Command.AssignTask(any(r), at, "Actie " + r.nextInt(100),
            r.nextBoolean() ? Assignee.client() : assignee(r), date.plusDays(r.nextInt(30)), r.nextBoolean());
      case 4:
        return schedule(s, r, aimed, at);
      case 5:
        return new Command.HoldAppointment(aimed ? holder(s, r) : any(r), at, appointment(s, r), "Besproken", followUp(s, r));
      case 6:
        return new Command.MissAppointment(aimed ? holder(s, r) : any(r), at, appointment(s, r), "niet verschenen");
      case 7:
        return new Command.ProposeLeadHandover(aimed ? holder(s, r) : any(r), at, pick(r, LeadKind.values()),
            pick(r, organisations), pick(r, HandoverMode.values()), "overdracht");
      case 8:
        return new Command.AcceptLeadHandover(aimed ? receiver(s, r) : any(r), at, pendingKind(s, r));
      case 9:
        return new Command.DeclineLeadHandover(aimed ? receiver(s, r) : any(r), at, pendingKind(s, r), "geen plek");
      case 10:
        return new Command.WithdrawLeadHandover(aimed ? holder(s, r) : any(r), at, pendingKind(s, r), "toch niet");
      case 11:
        return new Command.RecordContact(anyOrClient(r), at, pick(r, ContactChannel.values()),
            pick(r, ContactDirection.values()), r.nextBoolean());
      case 12:
        return new Command.AcknowledgeMessage(any(r), at);
      default:
        return record(s, r, aimed, kind, at, date);
    }
  }

  private Command record(CaseState s, Random r, boolean aimed, int kind, Instant at, LocalDate date) {
    switch (kind) {
      case 13: {
        Fact fact = definition.facts().isEmpty() ? null : pick(r, definition.facts());
        return new Command.RecordFact(any(r), at, fact == null ? "geen" : fact.id(),
            fact == null || r.nextInt(5) == 0 ? "onbekend" : pick(r, fact.values()));
      }
      case 14:
        return r.nextBoolean()
            ? new Command.RaiseFlag(any(r), at, pick(r, Flag.values()), "reden")
            : new Command.ClearFlag(any(r), at, pick(r, Flag.values()), "reden");
      case 15:
        return new Command.RecordAssessment(any(r), at,
            definition.domains().isEmpty() || r.nextInt(5) == 0 ? "onbekend" : pick(r, definition.domains()).id(),
            1 + r.nextInt(5));
      case 16:
        return new Command.DecideAccess(any(r), at, pick(r, AccessOutcome.values()), date.minusDays(r.nextInt(3) - 1), "gronden");
      case 17:
        return new Command.DecideTermination(any(r), at, date, "geen medewerking");
      case 18: {
        ActivityKind activity = definition.activities().isEmpty() ? ActivityKind.MORATORIUM
            : pick(r, definition.activities()).kind();
        String carrier = definition.activities().isEmpty() || !aimed ? pick(r, organisations)
            : pick(r, definition.activities().stream().filter(a -> a.kind() == activity).findFirst().orElseThrow().organisations());
        return new Command.StartActivity(aimed ? professionalOf(r, carrier) : any(r), at, activity, carrier);
      }
      case 19: {
        Activity activity = s.registered() && !s.activities().isEmpty() ? pick(r, s.activities()) : null;
        return new Command.EndActivity(aimed && activity != null ? professionalOf(r, activity.organisation()) : any(r), at,
            activity == null ? "P9" : activity.id(), "afgerond");
      }
      case 20:
        return clock(s, r, aimed, at);
      case 21:
        return new Command.CloseCase(aimed ? holder(s, r) : any(r), at, pick(r, ClosureType.values()), "MDO",
            r.nextBoolean() ? "MDO week 12" : "", "afgesloten");
      case 22:
        return new Command.ReopenCase(any(r), at, "opnieuw gemeld");
      case 23:
        return new Command.RecordLifeEvent(any(r), at, pick(r, LifeEventKind.values()));
      default:
        return new Command.RegisterCase(any(r), at, pick(r, definition.entryPoints()).id(), List.of("client-1"));
    }
  }

  private Command schedule(CaseState s, Random r, boolean aimed, Instant at) {
    AppointmentKind kind = pick(r, AppointmentKind.values());
    List<String> participants = new ArrayList<>();
    if (aimed && s.registered() && !s.handovers().isEmpty()) {
      kind = AppointmentKind.HANDOVER_MEETING;
      participants.add(s.handovers().get(0).to());
    }
    int count = 1 + r.nextInt(3);
    for (int i = 0; i < count; i++) {
      String organisation = pick(r, organisations);
      if (!participants.contains(organisation) && (aimed ? !organisation.equals("onbekend") : true)) {
        participants.add(organisation);
      }
    }
    return new Command.ScheduleAppointment(aimed ? holder(s, r) : any(r), at, kind,
        at.plus(Duration.ofHours(r.nextInt(4) * 6L)), participants, r.nextInt(4) > 0);
  }

  private Command clock(CaseState s, Random r, boolean aimed, Instant at) {
    String norm = definition.norms().isEmpty() || r.nextInt(6) == 0 ? "onbekend" : pick(r, definition.norms()).id();
    Actor actor = aimed ? holder(s, r) : any(r);
    switch (r.nextInt(3)) {
      case 0:
        return new Command.SuspendClock(actor, at, norm, "wacht op papieren");
      case 1:
        return new Command.ResumeClock(actor, at, norm);
      default:
        return new Command.ExtendDeadline(actor, at, norm, Term.weeks(2), "complex");
    }
  }

  // ---- picking from the state ----------------------------------------------------------------

  private String target(CaseState s, Random r) {
    if (s.registered() && r.nextInt(5) > 0) {
      List<Transition> transitions = definition.step(s.step()).orElseThrow().transitions();
      if (!transitions.isEmpty()) {
        return pick(r, transitions).to();
      }
    }
    return pick(r, definition.steps()).id();
  }

  private Task task(CaseState s, Random r) {
    if (!s.registered() || s.tasks().isEmpty()) {
      return null;
    }
    List<Task> open = s.tasks().stream().filter(Task::open).toList();
    return !open.isEmpty() && r.nextInt(4) > 0 ? pick(r, open) : pick(r, s.tasks());
  }

  private String appointment(CaseState s, Random r) {
    return !s.registered() || s.appointments().isEmpty() ? "A99" : pick(r, s.appointments()).id();
  }

  private FollowUp followUp(CaseState s, Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return FollowUp.notRecorded();
      case 1:
        return FollowUp.none("cliënt belt zelf");
      default:
        return FollowUp.scheduled(appointment(s, r));
    }
  }

  private LeadKind pendingKind(CaseState s, Random r) {
    return s.registered() && !s.handovers().isEmpty() && r.nextInt(5) > 0
        ? pick(r, s.handovers()).kind() : pick(r, LeadKind.values());
  }

  private Actor holder(CaseState s, Random r) {
    if (!s.registered() || s.leads().isEmpty()) {
      return any(r);
    }
    return professionalOf(r, pick(r, List.copyOf(s.leads().values())));
  }

  private Actor receiver(CaseState s, Random r) {
    return s.registered() && !s.handovers().isEmpty() ? professionalOf(r, pick(r, s.handovers()).to()) : any(r);
  }

  private Actor owner(Task task, Random r) {
    if (task.owner() instanceof Assignee.OrganisationRole) {
      Assignee.OrganisationRole role = (Assignee.OrganisationRole) task.owner();
      return new Actor.Professional(role.organisation(), role.role(), role.organisation() + "-" + role.role());
    }
    return Actor.client(r.nextInt(3) == 0 ? "client-2" : "client-1");
  }

  private Actor professionalOf(Random r, String organisation) {
    List<Actor.Professional> of = professionals.stream().filter(p -> p.organisation().equals(organisation)).toList();
    return of.isEmpty() ? any(r) : pick(r, of);
  }

  private Actor any(Random r) {
    return r.nextInt(30) == 0 ? Actor.professional("onbekend", "x", "x-1") : pick(r, professionals);
  }

  private Actor anyOrClient(Random r) {
    return r.nextInt(3) == 0 ? Actor.client(r.nextInt(4) == 0 ? "client-9" : "client-1") : any(r);
  }

  private Assignee assignee(Random r) {
    Actor.Professional professional = pick(r, professionals);
    return Assignee.role(professional.organisation(), r.nextInt(10) == 0 ? "onbekend" : professional.role());
  }

  private static <T> T pick(Random r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... values) {
    return values[r.nextInt(values.length)];
  }
}
