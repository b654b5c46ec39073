package nl.schuldhulp.workflow.testing;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.GENERALIST;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.SCHULDHULPVERLENER;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.TRAJECTBEGELEIDER;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseEngine;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.FollowUp;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * Cases driven through the real engine for tests across modules (shipped in the core's test-jar):
 * a {@link Driver} that applies commands which must be accepted, and a Kanteling case told day by
 * day. Not threadsafe.
 */
public final class SampleCases {
  /** Monday 4 March 2024, 09:00 in Amsterdam. */
  public static final Instant START = Instant.parse("2024-03-04T08:00:00Z");
  /** A neighbourhood-team generalist. */
  public static final Actor NEIGHBOURHOOD_WORKER = Actor.professional(BUURTTEAM, GENERALIST, "bt-17");
  /** The W&amp;I trajectory coach. */
  public static final Actor COACH = Actor.professional(WENI, TRAJECTBEGELEIDER, "wi-3");
  /** The W&amp;I debt counsellor. */
  public static final Actor COUNSELLOR = Actor.professional(WENI, SCHULDHULPVERLENER, "wi-8");
  /** The client. */
  public static final Actor CLIENT = Actor.client("client-1");

  private SampleCases() {}

  /** {@code days} days after {@link #START}. */
  public static Instant day(int days) {
    return START.plus(Duration.ofDays(days));
  }

  /** The date {@code days} days after {@link #START}. */
  public static LocalDate date(int days) {
    return LocalDate.ofInstant(day(days), BusinessCalendar.ZONE);
  }

  /**
   * A Kanteling case on day 9 (Wednesday 13 March 2024), told through the engine: registered at the
   * neighbourhood team, home visit held, post collected, advice given, moved to stabilisation, the
   * warm handover to W&amp;I held and accepted, three more client actions and one client-visible
   * W&amp;I task written on the action list, budget management started, pay slips handed in, and a
   * progress review planned on day 15. The client then has 2 of 6 actions done, 3 open (the
   * default dose) and 1 queued.
   */
  public static Driver kantelingInStabilisation() {
    Driver driver = new Driver(SampleDefinitions.kanteling());
    driver.accept(new Command.RegisterCase(NEIGHBOURHOOD_WORKER, day(0), "zelfmelding", List.of("client-1")));
    driver.accept(new Command.CompleteTask(NEIGHBOURHOOD_WORKER, day(1), driver.task("kennismaking-plannen")));
    driver.accept(new Command.ScheduleAppointment(NEIGHBOURHOOD_WORKER, day(1), AppointmentKind.HOME_VISIT,
        day(2), List.of(BUURTTEAM), true));
    driver.accept(new Command.MoveCase(NEIGHBOURHOOD_WORKER, day(1), "huisbezoek"));
    driver.accept(new Command.HoldAppointment(NEIGHBOURHOOD_WORKER, day(2), driver.lastAppointment(),
        "U legt uw post klaar. Wij helpen u met de brieven.", FollowUp.none("driegesprek volgt")));
    driver.accept(new Command.CompleteTask(CLIENT, day(2), driver.task("post-verzamelen")));
    driver.accept(new Command.MoveCase(NEIGHBOURHOOD_WORKER, day(2), "driegesprek-advies"));
    driver.accept(new Command.CompleteTask(COACH, day(3), driver.task("actielijst")));
    driver.accept(new Command.MoveCase(NEIGHBOURHOOD_WORKER, day(3), "stabilisatie"));
    driver.accept(new Command.ScheduleAppointment(NEIGHBOURHOOD_WORKER, day(4), AppointmentKind.HANDOVER_MEETING,
        day(7), List.of(BUURTTEAM, WENI), true));
    driver.accept(new Command.HoldAppointment(COACH, day(7), driver.lastAppointment(),
        "Werk en Inkomen helpt u verder met uw geldzaken.", FollowUp.none("voortgang volgt")));
    driver.accept(new Command.AcceptLeadHandover(COACH, day(7), LeadKind.CLIENT_LEAD));
    driver.accept(new Command.AssignTask(COACH, day(7), "Bel uw zorgverzekeraar over een betalingsregeling",
        Assignee.client(), date(14), true));
    driver.accept(new Command.AssignTask(COACH, day(7), "Zet uw vaste lasten op een rij", Assignee.client(),
        date(21), true));
    driver.accept(new Command.AssignTask(COACH, day(7), "Open elke week uw post", Assignee.client(), date(35), true));
    driver.accept(new Command.AssignTask(COACH, day(7), "Bel de woningcorporatie over uw huurachterstand",
        Assignee.role(WENI, SCHULDHULPVERLENER), date(10), true));
    driver.accept(new Command.StartActivity(COACH, day(7), ActivityKind.BUDGET_MANAGEMENT, WENI));
    driver.accept(new Command.CompleteTask(CLIENT, day(8), driver.task("loonstroken")));
    driver.accept(new Command.ScheduleAppointment(COACH, day(8), AppointmentKind.PROGRESS_REVIEW,
        day(15).plus(Duration.ofHours(1)), List.of(WENI), true));
    return driver;
  }

  /**
   * Drives one case through an engine: every command must be accepted. Not threadsafe.
   */
  public static final class Driver {
    private final CaseEngine engine;
    private final List<Event> events = new ArrayList<>();
    private CaseState state = Cases.newCase(CaseId.of("case-1"));

    /** A driver for a new case of {@code definition}, on the weekday calendar. */
    public Driver(WorkflowDefinition definition) {
      this.engine = Cases.engine(definition, BusinessCalendar.weekdays());
    }

    /** The definition the case runs under. */
    public WorkflowDefinition definition() {
      return engine.definition();
    }

    /** Every event so far, in order. */
    public List<Event> events() {
      return List.copyOf(events);
    }

    /** The current state. */
    public CaseState state() {
      return state;
    }

    /**
     * Applies {@code command}.
     *
     * @throws IllegalStateException if the engine rejects it
     */
    public Driver accept(Command command) {
      if (!tryAccept(command)) {
        throw new IllegalStateException("rejected: " + command + ": " + engine.decide(state, command));
      }
      return this;
    }

    /** Applies {@code command} if the engine accepts it; returns whether it did. */
    public boolean tryAccept(Command command) {
      Decision decision = engine.decide(state, command);
      if (!(decision instanceof Decision.Accepted accepted)) {
        return false;
      }
      state = Cases.replay(state, accepted.events());
      events.addAll(accepted.events());
      return true;
    }

    /** The id of the open task created from template {@code template}. */
    public String task(String template) {
      return state.tasks().stream().filter(t -> t.template().equals(template) && t.open()).findFirst()
          .map(Task::id).orElseThrow(() -> new IllegalStateException("no open task from " + template));
    }

    /** The id of the open task with text {@code text}. */
    public String taskWithText(String text) {
      return state.tasks().stream().filter(t -> t.text().equals(text) && t.open()).findFirst()
          .map(Task::id).orElseThrow(() -> new IllegalStateException("no open task " + text));
    }

    /** The id of the appointment made last. */
    public String lastAppointment() {
      return state.appointments().get(state.appointments().size() - 1).id();
    }
  }
}
