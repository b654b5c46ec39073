package nl.schuldhulp.workflow.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseEngine;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.examples.ExampleDefinitions;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import nl.schuldhulp.workflow.time.DutchCalendar;

/**
 * The workflow every scenario runs, on our engine and, through its {@link #graph}, on the
 * alternatives: Utrecht's definition (the bundled example {@value #EXAMPLE}: its step graph, guards,
 * regie and tasks), with one case registered at the neighbourhood team's front door and driven to
 * mid-stabilisation in 20 events: client regie handed warm to the debt service (sdv) after a
 * handover meeting, three open tasks, one appointment. Immutable and threadsafe.
 */
final class Workload {
  static final String EXAMPLE = "utrecht-2021";
  static final String ENTRY_POINT = "voordeur-buurtteam";
  static final String STABILISATION = "stabilisatie";
  static final String OFFER = "driegesprek-aanbod";
  /** Monday 4 March 2024, 09:00 in Amsterdam. */
  static final Instant START = Instant.parse("2024-03-04T08:00:00Z");

  private static final String BUURTTEAM = "buurtteam";
  private static final String SDV = "sdv";
  private static final Actor FRONT_DOOR = Actor.professional(BUURTTEAM, "voordeurmedewerker", "bt-2");
  private static final Actor NEIGHBOURHOOD = Actor.professional(BUURTTEAM, "buurtteammedewerker", "bt-17");
  private static final Actor COACH = Actor.professional(SDV, "trajectbegeleider", "sdv-3");
  private static final Actor COUNSELLOR = Actor.professional(SDV, "schuldhulpverlener", "sdv-8");

  final WorkflowDefinition definition = ExampleDefinitions.load(EXAMPLE);
  final CaseEngine engine = Cases.engine(definition, DutchCalendar.standard());
  final StepGraph graph = StepGraph.of(definition, ENTRY_POINT);
  /** The registration that opens a case. */
  final Command register = register("client-1", START);
  /** The guarded move out of stabilisation, once its required tasks are done and the situation is stable. */
  final Command leaveStabilisation = leaveStabilisation(START);

  /** The registration of a case of {@code client} at {@code start}. */
  static Command register(String client, Instant start) {
    return new Command.RegisterCase(FRONT_DOOR, start, ENTRY_POINT, List.of(client));
  }

  private static Command leaveStabilisation(Instant start) {
    return new Command.MoveCase(COUNSELLOR, day(start, 7), OFFER);
  }

  /** After registration at {@code start}: the commands that take a case to mid-stabilisation, 20 events in all. */
  private static List<Function<CaseState, Command>> toMidProcess(Actor client, Instant start) {
    return List.of(
        s -> new Command.CompleteTask(FRONT_DOOR, day(start, 1), openTask(s, "geldvragen-stellen")),
        s -> new Command.CompleteTask(NEIGHBOURHOOD, day(start, 1), openTask(s, "kennismaking-plannen")),
        s -> new Command.MoveCase(NEIGHBOURHOOD, day(start, 1), "huisbezoek"),
        s -> new Command.CompleteTask(client, day(start, 2), openTask(s, "post-klaarleggen")),
        s -> new Command.MoveCase(NEIGHBOURHOOD, day(start, 2), "driegesprek-advies"),
        s -> new Command.CompleteTask(COACH, day(start, 3), openTask(s, "actielijst")),
        s -> new Command.MoveCase(NEIGHBOURHOOD, day(start, 3), STABILISATION),
        s -> new Command.ScheduleAppointment(NEIGHBOURHOOD, day(start, 4), AppointmentKind.HANDOVER_MEETING,
            day(start, 5), List.of(BUURTTEAM, SDV), true),
        s -> new Command.AcceptLeadHandover(COACH, day(start, 4), LeadKind.CLIENT_LEAD),
        s -> new Command.AssignTask(COACH, day(start, 5), "Bel de energieleverancier over een betalingsregeling",
            Assignee.role(SDV, "trajectbegeleider"), start.atZone(BusinessCalendar.ZONE).toLocalDate().plusDays(11), false));
  }

  /** Then the two required tasks of stabilisation are done and the situation is recorded as stable. */
  private static List<Function<CaseState, Command>> toReadyToLeave(Actor client, Instant start) {
    return List.of(
        s -> new Command.CompleteTask(client, day(start, 6), openTask(s, "werkboek")),
        s -> new Command.CompleteTask(COUNSELLOR, day(start, 6), openTask(s, "budgetbeheer-regelen")),
        s -> new Command.RecordFact(COUNSELLOR, day(start, 7), "situatie-stabiel", "ja"));
  }

  /** {@code days} days after {@code start}. */
  private static Instant day(Instant start, int days) {
    return start.plus(Duration.ofDays(days));
  }

  /** The state after deciding and applying {@code command}; the command must be accepted. */
  CaseState apply(CaseState state, Command command) {
    return Cases.replay(state, accepted(state, command));
  }

  /** The events {@code command} causes; it must be accepted. */
  List<Event> accepted(CaseState state, Command command) {
    Decision decision = engine.decide(state, command);
    if (!(decision instanceof Decision.Accepted)) {
      throw new IllegalStateException(command + " was rejected: " + ((Decision.Rejected) decision).rejection());
    }
    return ((Decision.Accepted) decision).events();
  }

  /** A case opened and driven to mid-stabilisation: regie with the sdv, three open tasks, one appointment. */
  CaseState midProcess(CaseId id) {
    return midProcess(id, "client-1");
  }

  /** {@link #midProcess(CaseId)} for a case of {@code client}. */
  CaseState midProcess(CaseId id, String client) {
    return drive(apply(Cases.newCase(id), register(client, START)), toMidProcess(Actor.client(client), START), new ArrayList<>());
  }

  /** The 20 events of {@link #midProcess}. */
  List<Event> history(CaseId id) {
    List<Event> events = new ArrayList<>(accepted(Cases.newCase(id), register));
    drive(Cases.replay(id, events), toMidProcess(Actor.client("client-1"), START), events);
    return List.copyOf(events);
  }

  /** A case in stabilisation whose required tasks are done and whose situation is stable. */
  CaseState readyToLeaveStabilisation(CaseId id) {
    return drive(midProcess(id), toReadyToLeave(Actor.client("client-1"), START), new ArrayList<>());
  }

  /** What the alternatives' guards read in the same situation. */
  static CaseData readyToLeaveStabilisation() {
    CaseData data = new CaseData();
    data.facts.put("situatie-stabiel", "ja");
    return data;
  }

  /**
   * The whole journey of a case of {@code client} registered at {@code start}: registration,
   * {@link #midProcess}, {@link #readyToLeaveStabilisation} and the move into the offer meeting
   * (driegesprek-aanbod), as one event stream with the number of events after each command.
   */
  Journey journey(CaseId id, String client, Instant start) {
    List<Function<CaseState, Command>> script = new ArrayList<>();
    script.add(s -> register(client, start));
    script.addAll(toMidProcess(Actor.client(client), start));
    script.addAll(toReadyToLeave(Actor.client(client), start));
    script.add(s -> leaveStabilisation(start));
    List<Event> events = new ArrayList<>();
    int[] ends = new int[script.size()];
    CaseState state = Cases.newCase(id);
    for (int i = 0; i < script.size(); i++) {
      state = drive(state, script.subList(i, i + 1), events);
      ends[i] = events.size();
    }
    return new Journey(List.copyOf(events), ends);
  }

  /**
   * A case's events and after how many of them each command of its script ended.
   *
   * @param events the events in order
   * @param ends {@code ends[k]}: the number of events after command {@code k} (0: the registration)
   */
  record Journey(List<Event> events, int[] ends) {}

  private CaseState drive(CaseState start, List<Function<CaseState, Command>> script, List<Event> events) {
    CaseState state = start;
    for (Function<CaseState, Command> step : script) {
      List<Event> fresh = accepted(state, step.apply(state));
      events.addAll(fresh);
      state = Cases.replay(state, fresh);
    }
    return state;
  }

  private static String openTask(CaseState state, String template) {
    return state.tasks().stream().filter(t -> t.open() && t.template().equals(template)).map(Task::id)
        .findFirst().orElseThrow(() -> new IllegalStateException("no open task " + template));
  }
}
