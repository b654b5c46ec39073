package nl.schuldhulp.workflow.testkit;

import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.FollowUp;
import nl.schuldhulp.workflow.casefile.PendingHandover;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * The invariants that hold for every correct definition and engine (issue 6), each checked on
 * every step. A violation throws an {@link AssertionError} saying what is wrong. Threadsafe.
 */
final class StandardInvariants {
  static final String ONE_HOLDER = "precies één regiehouder per soort regie zolang de zaak open is";
  static final String NO_REGIE_GAP = "elke stap wijst voor elke soort regie een houder aan (geen regiegat)";
  static final String HANDOVER = "een overdracht laat geen moment zonder regiehouder";
  static final String TASKS = "elke open taak heeft één eigenaar en een vervaldatum";
  static final String CLOSED = "een afgesloten zaak verandert alleen door heropenen";
  static final String REPLAY = "opnieuw afspelen geeft dezelfde toestand";
  static final String VERSIONS = "versies stijgen met één per gebeurtenis";
  static final String REFUSED = "een geweigerd commando verandert niets";
  static final String MUST_REFUSE = "een ongeldig commando wordt geweigerd";
  static final String MOVES = "een stap wordt alleen verlaten langs een overgang waarvan de voorwaarde geldt";
  static final String WAY_OUT = "elke bereikte stap heeft een uitweg: een overgang of loslaatcriteria";
  static final String CLOSURE = "een zaak sluit alleen als loslaatcriteria van de huidige stap gelden";
  static final String FOLLOW_UP = "een gehouden driegesprek of adviesgesprek heeft een vervolg of een reden";
  static final String NORMS = NormConsistency.NAME;

  private StandardInvariants() {}

  static List<CaseInvariant> all(BusinessCalendar calendar) {
    return List.of(
        CaseInvariant.of(ONE_HOLDER, StandardInvariants::oneHolder),
        CaseInvariant.of(NO_REGIE_GAP, StandardInvariants::noRegieGap),
        CaseInvariant.of(HANDOVER, StandardInvariants::handover),
        CaseInvariant.of(TASKS, StandardInvariants::tasks),
        CaseInvariant.of(CLOSED, StandardInvariants::closedChangesOnlyByReopen),
        CaseInvariant.of(REPLAY, StandardInvariants::replay),
        CaseInvariant.of(VERSIONS, StandardInvariants::versions),
        CaseInvariant.of(REFUSED, StandardInvariants::refusedChangesNothing),
        CaseInvariant.of(MUST_REFUSE, StandardInvariants::invalidIsRefused),
        CaseInvariant.of(MOVES, StandardInvariants::moves),
        CaseInvariant.of(WAY_OUT, StandardInvariants::wayOut),
        CaseInvariant.of(CLOSURE, StandardInvariants::closure),
        CaseInvariant.of(FOLLOW_UP, StandardInvariants::followUp),
        CaseInvariant.of(NORMS, new NormConsistency(calendar)::holds));
  }

  /** Throws an {@link AssertionError} saying {@code problem} unless {@code ok}. */
  static boolean require(boolean ok, String problem, Object... args) {
    if (!ok) {
      throw new AssertionError(String.format(problem, args));
    }
    return true;
  }

  /** each kind the definition uses has one holder, a known and involved organisation. */
  private static boolean oneHolder(CaseStep step) {
    CaseState state = step.after();
    if (!state.open()) {
      return true;
    }
    List<LeadKind> used = step.definition().leadKinds();
    require(!used.isEmpty(), "de definitie wijst nergens regie op de klant toe");
    for (LeadKind kind : LeadKind.values()) {
      String holder = state.leadHolder(kind).orElse(null);
      if (!used.contains(kind)) {
        require(holder == null, "%s wordt gehouden door %s, maar de definitie gebruikt die soort niet", kind.label(), holder);
        continue;
      }
      require(holder != null, "niemand houdt %s", kind.label());
      require(step.definition().organisation(holder).isPresent(), "%s houdt %s, maar hoort niet bij de definitie",
          holder, kind.label());
      require(state.involves(holder), "%s houdt %s, maar is niet betrokken", holder, kind.label());
    }
    return true;
  }

  /** the step the case is in names who holds each kind of regie. */
  private static boolean noRegieGap(CaseStep step) {
    return whileOpen(step, (state, current) -> {
      for (LeadKind kind : step.definition().leadKinds()) {
        require(current.lead(kind).isPresent(), "stap %s wijst niemand aan voor %s; %s houdt die alleen nog van eerder",
            current.id(), kind.label(), state.leadHolder(kind).orElse("niemand"));
      }
      return true;
    });
  }

  /** True if the case is not open after {@code step}, else what {@code check} says of its state and step. */
  private static boolean whileOpen(CaseStep step, java.util.function.BiPredicate<CaseState, Step> check) {
    CaseState state = step.after();
    return !state.open() || check.test(state, step.definition().step(state.step()).orElseThrow());
  }

  /**
   * between any two events of a step every kind keeps a holder; a handover takes effect only
   * when the receiver of a pending offer accepts, from the organisation that held it.
   */
  private static boolean handover(CaseStep step) {
    if (!step.before().registered()) {
      return true;
    }
    CaseState state = step.before();
    for (Event event : step.events()) {
      if (event.change() instanceof Change.LeadHandoverAccepted accepted) {
        PendingHandover pending = state.handover(accepted.kind()).orElse(null);
        require(pending != null && pending.to().equals(accepted.to()),
            "%s aanvaard door %s zonder lopend aanbod aan %s", accepted.kind().label(), accepted.to(), accepted.to());
        require(state.leadHolder(accepted.kind()).map(accepted.from()::equals).orElse(false),
            "%s overgedragen van %s, maar %s hield die", accepted.kind().label(), accepted.from(),
            state.leadHolder(accepted.kind()).orElse("niemand"));
      }
      state = Cases.evolve(state, event);
      for (LeadKind kind : step.definition().leadKinds()) {
        require(state.leadHolder(kind).isPresent() || state.closed(), "na %s houdt niemand %s",
            event.change().getClass().getSimpleName(), kind.label());
      }
      for (PendingHandover pending : state.handovers()) {
        require(state.leadHolder(pending.kind()).map(pending.from()::equals).orElse(false)
            && !pending.to().equals(pending.from()),
            "lopende overdracht van %s van %s aan %s past niet bij houder %s", pending.kind().label(),
            pending.from(), pending.to(), state.leadHolder(pending.kind()).orElse("niemand"));
      }
    }
    return true;
  }

  /** one owner who can act, and a due date not before the day the task was made. */
  private static boolean tasks(CaseStep step) {
    if (!step.after().registered() || !step.accepted()) {
      return true;
    }
    LocalDate today = LocalDate.ofInstant(step.command().at(), BusinessCalendar.ZONE);
    for (Event event : step.events()) {
      if (event.change() instanceof Change.TaskAssigned assigned) {
        require(!assigned.due().isBefore(today), "taak %s vervalt op %s, voor hij gemaakt werd (%s)",
            assigned.task(), assigned.due(), today);
      }
    }
    for (Task task : step.after().tasks()) {
      if (!task.open()) {
        continue;
      }
      require(task.owner() != null, "taak %s heeft geen eigenaar", task.id());
      require(task.due() != null, "taak %s heeft geen vervaldatum", task.id());
      if (task.owner() instanceof Assignee.OrganisationRole role) {
        require(step.definition().organisation(role.organisation()).flatMap(org -> org.role(role.role())).isPresent(),
            "taak %s is van %s, een rol die de definitie niet kent", task.id(), role);
      }
    }
    return true;
  }

  private static boolean closedChangesOnlyByReopen(CaseStep step) {
    if (!step.before().registered() || !step.before().closed() || !step.accepted()) {
      return true;
    }
    return require(step.command() instanceof Command.ReopenCase
        && step.events().get(0).change() instanceof Change.CaseReopened,
        "afgesloten zaak gewijzigd door %s", step.command().getClass().getSimpleName());
  }

  /**
   * The state after a step equals the state before with the step's events replayed by the real
   * fold; since the state before was checked the same way, this is replay of the whole history,
   * at the cost of one step.
   */
  private static boolean replay(CaseStep step) {
    if (!step.after().registered() || !step.accepted()) {
      return true;
    }
    CaseState replayed = Cases.replay(step.before(), step.events());
    return require(replayed.equals(step.after()), "opnieuw afspelen van %s gebeurtenissen geeft %s, de engine gaf %s",
        step.history().size(), replayed, step.after());
  }

  private static boolean versions(CaseStep step) {
    List<Event> events = step.events();
    require(!step.accepted() || !events.isEmpty(), "aanvaard zonder gebeurtenissen");
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      require(event.version() == step.before().version() + 1 + i, "gebeurtenis %s heeft versie %s na versie %s",
          i + 1, event.version(), step.before().version() + i);
      require(event.caseId().equals(step.before().id()) && event.at().equals(step.command().at())
          && event.actor().equals(step.command().actor()),
          "gebeurtenis %s hoort niet bij het commando (zaak, tijdstip of actor wijkt af)", event.version());
    }
    return require(step.after().version() == step.before().version() + events.size(),
        "versie %s na %s gebeurtenissen vanaf versie %s", step.after().version(), events.size(), step.before().version());
  }

  private static boolean refusedChangesNothing(CaseStep step) {
    return step.accepted() || require(step.after().equals(step.before())
        && step.history().size() == step.before().version(), "geweigerd commando veranderde de zaak");
  }

  private static boolean invalidIsRefused(CaseStep step) {
    return !step.mustBeRefused() || require(!step.accepted(), "aanvaard, maar %s", step.refusalExpected());
  }

  /** a step is left only along a transition whose guard holds, with its required tasks done. */
  private static boolean moves(CaseStep step) {
    for (Event event : step.events()) {
      if (!(event.change() instanceof Change.StepEntered entered) || entered.previousStep().isEmpty()
          || step.command() instanceof Command.ReopenCase) {
        continue;
      }
      Step from = step.definition().step(entered.previousStep()).orElseThrow();
      List<Transition> transitions = from.transitions().stream().filter(t -> t.to().equals(entered.step())).toList();
      require(!transitions.isEmpty(), "van %s naar %s zonder overgang", from.id(), entered.step());
      require(transitions.stream().anyMatch(t -> GuardReading.holds(t.guard(), step.before())),
          "van %s naar %s terwijl de voorwaarde niet geldt", from.id(), entered.step());
      require(GuardReading.openRequiredTasks(step.before()).isEmpty(),
          "%s verlaten met verplichte taken open", from.id());
    }
    return true;
  }

  private static boolean wayOut(CaseStep step) {
    return whileOpen(step, (state, current) ->
        require(!current.transitions().isEmpty() || GuardReading.closing(step.definition(), current.id()),
            "stap %s heeft geen overgang en geen loslaatcriteria", current.id()));
  }

  private static boolean closure(CaseStep step) {
    for (Event event : step.events()) {
      if (event.change() instanceof Change.CaseClosed closed) {
        WorkflowDefinition definition = step.definition();
        ExitCriteria exit = definition.exits().stream().filter(e -> e.id().equals(closed.exit())).findFirst().orElse(null);
        require(exit != null, "gesloten volgens onbekende criteria %s", closed.exit());
        require(exit.steps().contains(step.before().step()), "gesloten vanuit %s, dat %s niet noemt",
            step.before().step(), exit.id());
        require(GuardReading.holds(exit.condition(), step.before()), "gesloten terwijl %s niet geldt", exit.id());
      }
    }
    return true;
  }

  /** */
  private static boolean followUp(CaseStep step) {
    for (Event event : step.events()) {
      if (event.change() instanceof Change.AppointmentHeld held && held.kind().needsFollowUp()) {
        require(!(held.followUp() instanceof FollowUp.NotRecorded), "%s %s gehouden zonder vervolg of reden",
            held.kind().label(), held.appointment());
      }
    }
    return true;
  }
}
