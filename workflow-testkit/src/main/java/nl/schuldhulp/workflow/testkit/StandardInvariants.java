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
  static final String PARTICIPANTS = "een deelnemer stopt nooit terwijl hij nog open taken heeft";
  static final String NORMS = NormConsistency.NAME;

  /**
   * Which steps of an exploration an invariant can fail on, as its code reads them (ADR 0067); the
   * model checker skips the others, where it would hold again.
   */
  enum Scope {
    /** Any step: a user's invariant, whose reading is unknown. */
    EVERY_STEP,
    /**
     * Accepted steps only: it reads only the step's events, or holds whenever the step is refused (a
     * refused step has no events and its state after is the state before, see {@link CaseRun#apply}).
     */
    ACCEPTED,
    /** Accepted steps into a state not explored before: it evaluates the whole history (the norms). */
    NEW_STATE,
    /**
     * Accepted steps only, and it reads only the state after the step: a refused step leaves the
     * state that was checked when it was reached.
     */
    STATE_AFTER,
    /**
     * As {@link #STATE_AFTER}, and whether it holds depends only on the step that state is in and
     * whether it is open (what it says when it fails may name more): once per step, as only the
     * first violation of an invariant is reported.
     */
    STEP_AFTER,
    /**
     * Refused steps only, and of them only the state before and its history: once per explored
     * state.
     */
    STATE_BEFORE_REFUSED
  }

  private final DefinitionIndex index;
  /** The state after the one event of the last step {@link #handover} folded, for {@link #replay} to reuse. */
  private volatile Folded folded;

  /** The state after the one event of {@code step}, by the real fold. */
  private record Folded(CaseStep step, CaseState after) {}

  private StandardInvariants(DefinitionIndex index) {
    this.index = index;
  }

  static List<CaseInvariant> all(DefinitionIndex index, BusinessCalendar calendar) {
    StandardInvariants invariants = new StandardInvariants(index);
    return List.of(
        CaseInvariant.of(ONE_HOLDER, invariants::oneHolder),
        CaseInvariant.of(NO_REGIE_GAP, invariants::noRegieGap),
        CaseInvariant.of(HANDOVER, invariants::handover),
        CaseInvariant.of(TASKS, invariants::tasks),
        CaseInvariant.of(CLOSED, StandardInvariants::closedChangesOnlyByReopen),
        CaseInvariant.of(REPLAY, invariants::replay),
        CaseInvariant.of(VERSIONS, StandardInvariants::versions),
        CaseInvariant.of(REFUSED, StandardInvariants::refusedChangesNothing),
        CaseInvariant.of(MUST_REFUSE, StandardInvariants::invalidIsRefused),
        CaseInvariant.of(MOVES, invariants::moves),
        CaseInvariant.of(WAY_OUT, invariants::wayOut),
        CaseInvariant.of(CLOSURE, invariants::closure),
        CaseInvariant.of(FOLLOW_UP, StandardInvariants::followUp),
        CaseInvariant.of(PARTICIPANTS, StandardInvariants::participants),
        CaseInvariant.of(NORMS, new NormConsistency(calendar)::holds));
  }

  /** The scope of the standard invariant named {@code name}. */
  static Scope scope(String name) {
    if (name.equals(NORMS)) {
      return Scope.NEW_STATE;
    } else if (name.equals(ONE_HOLDER)) {
      return Scope.STATE_AFTER;
    } else if (name.equals(NO_REGIE_GAP) || name.equals(WAY_OUT)) {
      return Scope.STEP_AFTER;
    }
    return name.equals(REFUSED) ? Scope.STATE_BEFORE_REFUSED : Scope.ACCEPTED;
  }

  /** Throws an {@link AssertionError} saying {@code problem} unless {@code ok}. */
  static boolean require(boolean ok, String problem, Object... args) {
    if (!ok) {
      throw fail(problem, args);
    }
    return true;
  }

  /** The {@link AssertionError} saying {@code problem}; its arguments are computed only on failure. */
  static AssertionError fail(String problem, Object... args) {
    return new AssertionError(String.format(problem, args));
  }

  private DefinitionIndex index(CaseStep step) {
    return index.of(step.definition());
  }

  /** each kind the definition uses has one holder, a known and involved organisation. */
  private boolean oneHolder(CaseStep step) {
    CaseState state = step.after();
    if (!state.open()) {
      return true;
    }
    DefinitionIndex definition = index(step);
    List<LeadKind> used = definition.leadKinds;
    require(!used.isEmpty(), "de definitie wijst nergens regie op de klant toe");
    for (LeadKind kind : LeadKind.values()) {
      String holder = state.leadHolder(kind).orElse(null);
      if (!used.contains(kind)) {
        if (holder != null) {
          throw fail("%s wordt gehouden door %s, maar de definitie gebruikt die soort niet", kind.label(), holder);
        }
      } else if (holder == null) {
        throw fail("niemand houdt %s", kind.label());
      } else if (definition.organisation(holder).isEmpty()) {
        throw fail("%s houdt %s, maar hoort niet bij de definitie", holder, kind.label());
      } else if (!state.involves(holder)) {
        throw fail("%s houdt %s, maar is niet betrokken", holder, kind.label());
      }
    }
    return true;
  }

  /** the step the case is in names who holds each kind of regie. */
  private boolean noRegieGap(CaseStep step) {
    return whileOpen(step, (state, current) -> {
      for (LeadKind kind : index(step).leadKinds) {
        if (current.lead(kind).isEmpty()) {
          throw fail("stap %s wijst niemand aan voor %s; %s houdt die alleen nog van eerder",
              current.id(), kind.label(), state.leadHolder(kind).orElse("niemand"));
        }
      }
      return true;
    });
  }

  /** True if the case is not open after {@code step}, else what {@code check} says of its state and step. */
  private boolean whileOpen(CaseStep step, java.util.function.BiPredicate<CaseState, Step> check) {
    CaseState state = step.after();
    return !state.open() || check.test(state, index(step).step(state.step()));
  }

  /**
   * between any two events of a step every kind keeps a holder; a handover takes effect only
   * when the receiver of a pending offer accepts, from the organisation that held it.
   */
  private boolean handover(CaseStep step) {
    if (!step.before().registered()) {
      return true;
    }
    CaseState state = step.before();
    List<LeadKind> used = index(step).leadKinds;
    for (Event event : step.events()) {
      if (event.change() instanceof Change.LeadHandoverAccepted accepted) {
        PendingHandover pending = state.handover(accepted.kind()).orElse(null);
        require(pending != null && pending.to().equals(accepted.to()),
            "%s aanvaard door %s zonder lopend aanbod aan %s", accepted.kind().label(), accepted.to(), accepted.to());
        String holder = state.leadHolder(accepted.kind()).orElse(null);
        if (!accepted.from().equals(holder)) {
          throw fail("%s overgedragen van %s, maar %s hield die", accepted.kind().label(), accepted.from(),
              holder == null ? "niemand" : holder);
        }
      }
      state = Cases.evolve(state, event);
      if (step.events().size() == 1) {
        folded = new Folded(step, state);
      }
      for (LeadKind kind : used) {
        if (state.leadHolder(kind).isEmpty() && !state.closed()) {
          throw fail("na %s houdt niemand %s", event.change().getClass().getSimpleName(), kind.label());
        }
      }
      for (PendingHandover pending : state.handovers()) {
        String holder = state.leadHolder(pending.kind()).orElse(null);
        if (!pending.from().equals(holder) || pending.to().equals(pending.from())) {
          throw fail("lopende overdracht van %s van %s aan %s past niet bij houder %s", pending.kind().label(),
              pending.from(), pending.to(), holder == null ? "niemand" : holder);
        }
      }
    }
    return true;
  }

  /** one owner who can act, and a due date not before the day the task was made. */
  private boolean tasks(CaseStep step) {
    if (!step.after().registered() || !step.accepted()) {
      return true;
    }
    LocalDate today = null;
    for (Event event : step.events()) {
      if (event.change() instanceof Change.TaskAssigned assigned) {
        today = today == null ? LocalDate.ofInstant(step.command().at(), BusinessCalendar.ZONE) : today;
        require(!assigned.due().isBefore(today), "taak %s vervalt op %s, voor hij gemaakt werd (%s)",
            assigned.task(), assigned.due(), today);
      }
    }
    DefinitionIndex definition = index(step);
    for (Task task : step.after().tasks()) {
      if (!task.open()) {
        continue;
      }
      if (task.owner() == null) {
        throw fail("taak %s heeft geen eigenaar", task.id());
      } else if (task.due() == null) {
        throw fail("taak %s heeft geen vervaldatum", task.id());
      } else if (task.owner() instanceof Assignee.OrganisationRole role
          && !definition.hasRole(role.organisation(), role.role())) {
        throw fail("taak %s is van %s, een rol die de definitie niet kent", task.id(), role);
      }
    }
    return true;
  }

  private static boolean closedChangesOnlyByReopen(CaseStep step) {
    if (!step.before().registered() || !step.before().closed() || !step.accepted()) {
      return true;
    }
    if (step.command() instanceof Command.ReopenCase && step.events().get(0).change() instanceof Change.CaseReopened) {
      return true;
    }
    throw fail("afgesloten zaak gewijzigd door %s", step.command().getClass().getSimpleName());
  }

  /**
   * The state after a step equals the state before with the step's events replayed by the real
   * fold; since the state before was checked the same way, this is replay of the whole history,
   * at the cost of one step.
   */
  private boolean replay(CaseStep step) {
    if (!step.after().registered() || !step.accepted()) {
      return true;
    }
    Folded last = folded;
    // one event replayed is that event evolved: the same fold as the handover invariant's
    CaseState replayed = last != null && last.step() == step ? last.after() : Cases.replay(step.before(), step.events());
    return require(replayed.equals(step.after()), "opnieuw afspelen van %s gebeurtenissen geeft %s, de engine gaf %s",
        step.history().size(), replayed, step.after());
  }

  private static boolean versions(CaseStep step) {
    List<Event> events = step.events();
    require(!step.accepted() || !events.isEmpty(), "aanvaard zonder gebeurtenissen");
    long before = step.before().version();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      if (event.version() != before + 1 + i) {
        throw fail("gebeurtenis %s heeft versie %s na versie %s", i + 1, event.version(), before + i);
      }
      if (!event.caseId().equals(step.before().id()) || !event.at().equals(step.command().at())
          || !event.actor().equals(step.command().actor())) {
        throw fail("gebeurtenis %s hoort niet bij het commando (zaak, tijdstip of actor wijkt af)", event.version());
      }
    }
    if (step.after().version() != before + events.size()) {
      throw fail("versie %s na %s gebeurtenissen vanaf versie %s", step.after().version(), events.size(), before);
    }
    return true;
  }

  private static boolean refusedChangesNothing(CaseStep step) {
    return step.accepted() || require(step.after().equals(step.before())
        && step.history().size() == step.before().version(), "geweigerd commando veranderde de zaak");
  }

  private static boolean invalidIsRefused(CaseStep step) {
    return !step.mustBeRefused() || require(!step.accepted(), "aanvaard, maar %s", step.refusalExpected());
  }

  /** a step is left only along a transition whose guard holds, with its required tasks done. */
  private boolean moves(CaseStep step) {
    for (Event event : step.events()) {
      if (!(event.change() instanceof Change.StepEntered entered) || entered.previousStep().isEmpty()
          || step.command() instanceof Command.ReopenCase) {
        continue;
      }
      Step from = index(step).step(entered.previousStep());
      boolean any = false;
      boolean holds = false;
      for (Transition transition : from.transitions()) {
        if (transition.to().equals(entered.step())) {
          any = true;
          holds = holds || GuardReading.holds(transition.guard(), step.before());
        }
      }
      require(any, "van %s naar %s zonder overgang", from.id(), entered.step());
      require(holds, "van %s naar %s terwijl de voorwaarde niet geldt", from.id(), entered.step());
      require(!GuardReading.anyOpenRequiredTask(step.before()), "%s verlaten met verplichte taken open", from.id());
    }
    return true;
  }

  private boolean wayOut(CaseStep step) {
    return whileOpen(step, (state, current) ->
        require(!current.transitions().isEmpty() || !index(step).exitsFrom(current.id()).isEmpty(),
            "stap %s heeft geen overgang en geen loslaatcriteria", current.id()));
  }

  private boolean closure(CaseStep step) {
    for (Event event : step.events()) {
      if (event.change() instanceof Change.CaseClosed closed) {
        ExitCriteria exit = index(step).exit(closed.exit());
        require(exit != null, "gesloten volgens onbekende criteria %s", closed.exit());
        require(exit.steps().contains(step.before().step()), "gesloten vanuit %s, dat %s niet noemt",
            step.before().step(), exit.id());
        require(GuardReading.holds(exit.condition(), step.before()), "gesloten terwijl %s niet geldt", exit.id());
      }
    }
    return true;
  }

  /** reads only the step's events and the state after them (scope {@link Scope#ACCEPTED}). */
  private static boolean participants(CaseStep step) {
    for (Event event : step.events()) {
      if (event.change() instanceof Change.ParticipationEnded ended) {
        Assignee position = Assignee.role(ended.organisation(), ended.role());
        for (Task task : step.after().tasks()) {
          require(!task.open() || !task.owner().equals(position), "deelname van %s (%s) beëindigd terwijl taak %s open is",
              ended.organisation(), ended.role(), task.id());
        }
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
