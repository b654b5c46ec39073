package nl.schuldhulp.workflow.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
  final Command register = register("client-1");
  /** The guarded move out of stabilisation, once its required tasks are done and the situation is stable. */
  final Command leaveStabilisation = new Command.MoveCase(COUNSELLOR, day(7), OFFER);

  /** The registration of a case of {@code client}. */
  static Command register(String client) {
    return new Command.RegisterCase(FRONT_DOOR, day(0), ENTRY_POINT, List.of(client));
  }

  /** After registration: the commands that take a case to mid-stabilisation, 20 events in all. */
  private static List<Function<CaseState, Command>> toMidProcess(Actor client) {
    return List.of(
        s -> new Command.CompleteTask(FRONT_DOOR, day(1), openTask(s, "geldvragen-stellen")),
        s -> new Command.CompleteTask(NEIGHBOURHOOD, day(1), openTask(s, "kennismaking-plannen")),
        s -> new Command.MoveCase(NEIGHBOURHOOD, day(1), "huisbezoek"),
        s -> new Command.CompleteTask(client, day(2), openTask(s, "post-klaarleggen")),
        s -> new Command.MoveCase(NEIGHBOURHOOD, day(2), "driegesprek-advies"),
        s -> new Command.CompleteTask(COACH, day(3), openTask(s, "actielijst")),
        s -> new Command.MoveCase(NEIGHBOURHOOD, day(3), STABILISATION),
        s -> new Command.ScheduleAppointment(NEIGHBOURHOOD, day(4), AppointmentKind.HANDOVER_MEETING, day(5),
            List.of(BUURTTEAM, SDV), true),
        s -> new Command.AcceptLeadHandover(COACH, day(4), LeadKind.CLIENT_LEAD),
        s -> new Command.AssignTask(COACH, day(5), "Bel de energieleverancier over een betalingsregeling",
            Assignee.role(SDV, "trajectbegeleider"), LocalDate.of(2024, 3, 15), false));
  }

  /** Then the two required tasks of stabilisation are done and the situation is recorded as stable. */
  private static List<Function<CaseState, Command>> toReadyToLeave(Actor client) {
    return List.of(
        s -> new Command.CompleteTask(client, day(6), openTask(s, "werkboek")),
        s -> new Command.CompleteTask(COUNSELLOR, day(6), openTask(s, "budgetbeheer-regelen")),
        s -> new Command.RecordFact(COUNSELLOR, day(7), "situatie-stabiel", "ja"));
  }

  /** {@code days} days after {@link #START}. */
  static Instant day(int days) {
    return START.plus(Duration.ofDays(days));
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
    return drive(apply(Cases.newCase(id), register(client)), toMidProcess(Actor.client(client)), new ArrayList<>());
  }

  /** The 20 events of {@link #midProcess}. */
  List<Event> history(CaseId id) {
    List<Event> events = new ArrayList<>(accepted(Cases.newCase(id), register));
    drive(Cases.replay(id, events), toMidProcess(Actor.client("client-1")), events);
    return List.copyOf(events);
  }

  /** A case in stabilisation whose required tasks are done and whose situation is stable. */
  CaseState readyToLeaveStabilisation(CaseId id) {
    return drive(midProcess(id), toReadyToLeave(Actor.client("client-1")), new ArrayList<>());
  }

  /** What the alternatives' guards read in the same situation. */
  static CaseData readyToLeaveStabilisation() {
    CaseData data = new CaseData();
    data.facts.put("situatie-stabiel", "ja");
    return data;
  }

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
