package nl.schuldhulp.workflow.benchmarks;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.GENERALIST;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.TRAJECTBEGELEIDER;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;

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
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.time.DutchCalendar;

/**
 * The workflow every scenario runs, on our engine and, through its {@link #graph}, on the
 * alternatives: the Kanteling fixture (Utrecht's step graph, guards and regie, from the core's
 * test-jar) with one case driven from registration to mid-stabilisation in 20 events: regie handed
 * warm to W&amp;I, three open tasks, one appointment. Immutable and threadsafe.
 */
final class Workload {
  static final String ENTRY_POINT = "zelfmelding";
  static final String STABILISATION = "stabilisatie";
  static final String OFFER = "driegesprek-aanbod";
  /** Monday 4 March 2024, 09:00 in Amsterdam. */
  static final Instant START = Instant.parse("2024-03-04T08:00:00Z");

  private static final Actor NEIGHBOURHOOD = Actor.professional(BUURTTEAM, GENERALIST, "bt-17");
  private static final Actor COACH = Actor.professional(WENI, TRAJECTBEGELEIDER, "wi-3");

  final WorkflowDefinition definition = SampleDefinitions.kanteling();
  final CaseEngine engine = Cases.engine(definition, DutchCalendar.standard());
  final StepGraph graph = StepGraph.of(definition, ENTRY_POINT);
  /** The registration that opens a case. */
  final Command register = register("client-1");
  /** The guarded move out of stabilisation, once the required tasks are done and finances score 3. */
  final Command leaveStabilisation = new Command.MoveCase(COACH, day(6), OFFER);

  /** The registration of a case of {@code client}. */
  static Command register(String client) {
    return new Command.RegisterCase(NEIGHBOURHOOD, day(0), ENTRY_POINT, List.of(client));
  }

  /** After registration: the commands that take a case to mid-stabilisation, 20 events in all. */
  private static List<Function<CaseState, Command>> toMidProcess(Actor client) {
    return List.of(
        s -> new Command.CompleteTask(NEIGHBOURHOOD, day(1), openTask(s, "kennismaking-plannen")),
        s -> new Command.MoveCase(NEIGHBOURHOOD, day(1), "huisbezoek"),
        s -> new Command.CompleteTask(client, day(2), openTask(s, "post-verzamelen")),
        s -> new Command.MoveCase(NEIGHBOURHOOD, day(2), "driegesprek-advies"),
        s -> new Command.CompleteTask(COACH, day(3), openTask(s, "actielijst")),
        s -> new Command.MoveCase(NEIGHBOURHOOD, day(3), STABILISATION),
        s -> new Command.ScheduleAppointment(NEIGHBOURHOOD, day(4), AppointmentKind.HANDOVER_MEETING, day(5),
            List.of(BUURTTEAM, WENI), true),
        s -> new Command.AcceptLeadHandover(COACH, day(4), LeadKind.CLIENT_LEAD),
        s -> new Command.RecordAssessment(COACH, day(5), "financien", 3),
        s -> new Command.RecordContact(COACH, day(5), ContactChannel.PHONE, ContactDirection.OUTBOUND, true));
  }

  /** Then the client does the two required tasks of stabilisation. */
  private static List<Function<CaseState, Command>> toReadyToLeave(Actor client) {
    return List.of(
        s -> new Command.CompleteTask(client, day(6), openTask(s, "loonstroken")),
        s -> new Command.CompleteTask(client, day(6), openTask(s, "huur-betalen")));
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

  /** A case opened and driven to mid-stabilisation: regie with W&amp;I, three open tasks, one appointment. */
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

  /** A case in stabilisation whose required tasks are done and whose finances score 3. */
  CaseState readyToLeaveStabilisation(CaseId id) {
    return drive(midProcess(id), toReadyToLeave(Actor.client("client-1")), new ArrayList<>());
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
