package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.GENERALIST;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.SCHULDHULPVERLENER;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static nl.schuldhulp.workflow.time.CaseScript.BT;
import static nl.schuldhulp.workflow.time.CaseScript.WI;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.casefile.AccessOutcome;
import nl.schuldhulp.workflow.casefile.Activity;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.Appointment;
import nl.schuldhulp.workflow.casefile.AppointmentStatus;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.casefile.FollowUp;
import nl.schuldhulp.workflow.casefile.LifeEventKind;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * A compact seeded generator of case histories for property tests: a case is a start offset and a
 * list of {@link Move}s, each read against the case state into a command of the Kanteling fixture
 * (contacts, appointments, flags, access, activities, life events, assessments, clock changes,
 * tasks, moves, handovers offered, accepted and declined, closing and reopening). The engine refuses some; those are skipped, so
 * every history is one the engine produced. Shrinks by dropping moves and cases.
 */
final class RandomCases {
  private static final int ACTIONS = 23;
  private static final AppointmentKind[] KINDS = {
      AppointmentKind.INTAKE, AppointmentKind.TRIPARTITE_MEETING, AppointmentKind.ADVICE_MEETING, AppointmentKind.HOME_VISIT};
  private static final ActivityKind[] ACTIVITIES = {
      ActivityKind.CRISIS_INTERVENTION, ActivityKind.DEBT_SETTLEMENT, ActivityKind.BUDGET_MANAGEMENT};

  private RandomCases() {}

  /** One step of a history: what to try, how many hours after the previous, and which one to pick. */
  record Move(int action, int hours, int pick) {
    @Override
    public String toString() {
      return action + "/" + hours + "h/" + pick;
    }
  }

  /** One case: days after the shared start, then its moves. */
  record CaseSpec(int startDay, List<Move> moves) {}

  static CaseSpec caseSpec(Random random, int maxMoves) {
    List<Move> moves = new ArrayList<>();
    int count = random.nextInt(maxMoves + 1);
    for (int i = 0; i < count; i++) {
      moves.add(new Move(random.nextInt(ACTIONS), random.nextInt(4) == 0 ? 24 * random.nextInt(40) : random.nextInt(72),
          random.nextInt(1000)));
    }
    return new CaseSpec(random.nextInt(400), moves);
  }

  static List<CaseSpec> load(Random random, int maxCases, int maxMoves) {
    return IntStream.range(0, 1 + random.nextInt(maxCases)).mapToObj(i -> caseSpec(random, maxMoves)).toList();
  }

  /** Smaller loads: without one case, or with one move of one case dropped. */
  static Stream<List<CaseSpec>> shrink(List<CaseSpec> load) {
    Stream<List<CaseSpec>> fewerCases = IntStream.range(0, load.size()).filter(i -> load.size() > 1)
        .mapToObj(i -> without(load, i));
    Stream<List<CaseSpec>> fewerMoves = IntStream.range(0, load.size()).boxed()
        .flatMap(i -> shrink(load.get(i)).map(smaller -> with(load, i, smaller)));
    return Stream.concat(fewerCases, fewerMoves);
  }

  static Stream<CaseSpec> shrink(CaseSpec spec) {
    return IntStream.range(0, spec.moves().size())
        .mapToObj(i -> new CaseSpec(spec.startDay(), without(spec.moves(), i)));
  }

  private static <T> List<T> without(List<T> list, int index) {
    List<T> copy = new ArrayList<>(list);
    copy.remove(index);
    return copy;
  }

  private static <T> List<T> with(List<T> list, int index, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, element);
    return copy;
  }

  /** Plays {@code spec} as case {@code caseId} of {@code definition}. */
  static CaseScript play(WorkflowDefinition definition, String caseId, CaseSpec spec) {
    return play(definition, caseId, spec, (script, command) -> { });
  }

  /** Plays {@code spec}, showing {@code observer} each command before it is attempted. */
  static CaseScript play(WorkflowDefinition definition, String caseId, CaseSpec spec,
      BiConsumer<CaseScript, Command> observer) {
    CaseScript script = new CaseScript(definition, caseId);
    Instant at = CaseScript.START.plus(Duration.ofDays(spec.startDay()));
    script.accept(new Command.RegisterCase(BT, at, "zelfmelding", List.of("client-1")));
    for (Move move : spec.moves()) {
      at = at.plus(Duration.ofHours(move.hours()));
      Command command = command(script, move, at);
      if (command != null) {
        observer.accept(script, command);
        script.attempt(command);
      }
    }
    return script;
  }

  private static Command command(CaseScript script, Move move, Instant at) {
    int pick = move.pick();
    Actor lead = actorOf(script.state.leadHolder(LeadKind.CLIENT_LEAD).orElse(BUURTTEAM));
    List<Appointment> scheduled = script.state.appointments().stream()
        .filter(a -> a.status() == AppointmentStatus.SCHEDULED).toList();
    List<Norm> norms = script.definition.norms();
    String norm = norms.get(pick % norms.size()).id();
    switch (move.action()) {
      case 0:
      case 1:
        return new Command.RecordContact(BT, at, ContactChannel.PHONE, ContactDirection.OUTBOUND, move.action() == 0);
      case 2:
        return new Command.ScheduleAppointment(BT, at, KINDS[pick % KINDS.length], at, List.of(BUURTTEAM, WENI), true);
      case 3:
        return scheduled.isEmpty() ? null : new Command.HoldAppointment(lead, at, pick(scheduled, pick).id(), "samenvatting",
            pick % 3 == 0 ? FollowUp.none("geen vervolg") : later(scheduled, pick(scheduled, pick)));
      case 4:
        return scheduled.isEmpty() ? null : new Command.MissAppointment(lead, at, pick(scheduled, pick).id(), "niet verschenen");
      case 5:
        return new Command.RaiseFlag(BT, at, Flag.values()[pick % Flag.values().length], "reden");
      case 6:
        List<Flag> raised = List.copyOf(script.state.flags());
        return raised.isEmpty() ? null : new Command.ClearFlag(BT, at, pick(raised, pick), "reden");
      case 7:
        return new Command.DecideAccess(WI, at, pick % 3 == 0 ? AccessOutcome.REFUSED : AccessOutcome.ADMITTED,
            LocalDate.ofInstant(at, BusinessCalendar.ZONE), "besluit");
      case 8:
        return new Command.StartActivity(lead, at, ACTIVITIES[pick % ACTIVITIES.length], WENI);
      case 9:
        List<Activity> running = script.state.activities().stream().filter(Activity::running).toList();
        return running.isEmpty() ? null : new Command.EndActivity(lead, at, pick(running, pick).id(), "klaar");
      case 10:
        return new Command.RecordLifeEvent(BT, at, LifeEventKind.values()[pick % LifeEventKind.values().length]);
      case 11:
        return new Command.RecordAssessment(BT, at, "financien", 1 + pick % 5);
      case 12:
        return new Command.SuspendClock(lead, at, norm, "opschorting");
      case 13:
        List<String> stopped = script.state.suspendedNorms();
        return stopped.isEmpty() ? null : new Command.ResumeClock(lead, at, pick(stopped, pick));
      case 14:
        return new Command.ExtendDeadline(lead, at, norm, pick % 2 == 0 ? Term.days(pick % 20) : Term.workingDays(pick % 7), "verlenging");
      case 15:
        List<Task> open = script.state.tasks().stream().filter(Task::open).toList();
        return open.isEmpty() ? null : new Command.CompleteTask(ownerOf(pick(open, pick)), at, pick(open, pick).id());
      case 16:
        Assignee[] owners = {Assignee.role(BUURTTEAM, GENERALIST), Assignee.role(WENI, SCHULDHULPVERLENER), Assignee.client()};
        return new Command.AssignTask(lead, at, "actie", owners[pick % owners.length],
            LocalDate.ofInstant(at, BusinessCalendar.ZONE).plusDays(pick % 30), pick % 2 == 0);
      case 17:
        List<Step> steps = script.definition.steps();
        return new Command.MoveCase(lead, at, steps.get(pick % steps.size()).id());
      case 18:
        String holder = script.state.leadHolder(LeadKind.CLIENT_LEAD).orElse(BUURTTEAM);
        return new Command.ProposeLeadHandover(lead, at, LeadKind.CLIENT_LEAD, holder.equals(WENI) ? BUURTTEAM : WENI,
            HandoverMode.COLD, "overdracht");
      case 19:
        return script.state.handover(LeadKind.CLIENT_LEAD)
            .map(handover -> (Command) new Command.AcceptLeadHandover(actorOf(handover.to()), at, LeadKind.CLIENT_LEAD))
            .orElse(null);
      case 21:
        return script.state.handover(LeadKind.CLIENT_LEAD)
            .map(handover -> (Command) new Command.DeclineLeadHandover(actorOf(handover.to()), at, LeadKind.CLIENT_LEAD, "weigering"))
            .orElse(null);
      case 20:
        return pick % 3 != 0 ? null : new Command.CloseCase(lead, at, ClosureType.NEGATIVE, "team", "", "teruggetrokken");
      default:
        return new Command.ReopenCase(lead, at, "terug");
    }
  }

  private static <T> T pick(List<T> list, int pick) {
    return list.get(pick % list.size());
  }

  private static FollowUp later(List<Appointment> scheduled, Appointment held) {
    return scheduled.stream().filter(a -> a.start().isAfter(held.start())).findFirst()
        .map(a -> FollowUp.scheduled(a.id())).orElse(FollowUp.none("geen vervolg"));
  }

  private static Actor actorOf(String organisation) {
    return organisation.equals(WENI) ? WI : BT;
  }

  private static Actor ownerOf(Task task) {
    if (task.owner() instanceof Assignee.OrganisationRole) {
      Assignee.OrganisationRole owner = (Assignee.OrganisationRole) task.owner();
      return Actor.professional(owner.organisation(), owner.role(), "p-1");
    }
    return Actor.client("client-1");
  }
}
