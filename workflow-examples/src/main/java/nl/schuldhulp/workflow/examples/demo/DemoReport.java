package nl.schuldhulp.workflow.examples.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.schuldhulp.workflow.casefile.ActionList;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.examples.demo.CaseHistory.Period;
import nl.schuldhulp.workflow.examples.demo.CaseHistory.Regie;
import nl.schuldhulp.workflow.examples.demo.CaseHistory.StepVisit;
import nl.schuldhulp.workflow.store.CaseService;
import nl.schuldhulp.workflow.time.NormEvaluator;
import nl.schuldhulp.workflow.time.NormStatus;
import nl.schuldhulp.workflow.time.Signal;

/**
 * Prints a {@link Replay} as plain, aligned text with Dutch labels: the timeline by phase and step
 * with each line's outcome (a refusal with its rule code), who held regie when and per step, the
 * client's action list at the journey's midpoint as the client sees it, the norm statuses at the
 * midpoint and at the end, and every warning signal with when it arose and when it cleared.
 *
 * <p>Stateless and threadsafe.
 */
final class DemoReport {
  private static final int WIDTH = 100;
  private static final String INDENT = "    ";
  private static final String TEXT = " ".repeat(22);
  private static final String RULE = "=".repeat(WIDTH);

  private DemoReport() {}

  /** The report on one journey. */
  static String of(Replay replay) {
    Out out = new Out();
    Journey journey = replay.journey();
    WorkflowDefinition definition = replay.definition();
    out.line(RULE);
    out.line(journey.title() + "  ·  " + definition.label() + " (" + definition.id() + ", versie "
        + definition.version() + ")");
    out.wrapped("", journey.summary());
    out.line(RULE);
    timeline(replay, out);
    regie(replay, out);
    actionList(replay, out);
    norms(replay, out);
    signals(replay, out);
    return out.toString();
  }

  // ---- timeline ------------------------------------------------------------------------------

  private static void timeline(Replay replay, Out out) {
    out.heading("Verloop per fase en stap");
    List<Period<StepVisit>> visits = CaseHistory.steps(replay.events(), replay.journey().end());
    int next = 0; // the next visit to head
    for (Replay.Outcome outcome : replay.outcomes()) {
      List<Event> events = outcome.result() instanceof CaseService.Accepted
          ? ((CaseService.Accepted) outcome.result()).events() : List.of();
      long entered = events.stream().filter(event -> event.change() instanceof Change.StepEntered).count();
      boolean registers = !events.isEmpty() && events.get(0).change() instanceof Change.CaseRegistered;
      if (registers) { // the registration belongs to the step it lands on
        stepHeader(replay.definition(), visits.get(next++), out);
        entered--;
      }
      Journey.Line line = outcome.line();
      out.line(INDENT + String.format("%-16s  %s", Dutch.shortMoment(line.at()), actor(replay, line.actor())));
      out.wrapped(TEXT, line.story());
      if (outcome.result() instanceof CaseService.Rejected) {
        CaseService.Rejected rejected = (CaseService.Rejected) outcome.result();
        out.wrapped(TEXT + "  ✗ ", "GEWEIGERD " + rejected.rule() + ": " + rejected.reason());
      }
      for (Event event : events) {
        consequence(replay.definition(), event.change()).ifPresent(text -> out.wrapped(TEXT + "  → ", text));
      }
      for (; entered > 0; entered--) { // a move belongs to the step it leaves
        stepHeader(replay.definition(), visits.get(next++), out);
      }
    }
  }

  private static void stepHeader(WorkflowDefinition definition, Period<StepVisit> visit, Out out) {
    Step step = definition.step(visit.what().step()).orElseThrow();
    out.line("");
    out.line("  " + visit.what().phase().label().toUpperCase(Locale.ROOT) + " · " + step.label()
        + " [" + step.id() + "]");
    out.line("  " + Dutch.moment(visit.from()) + " – " + until(visit) + "  (" + Dutch.duration(visit.from(),
        visit.until()) + ")");
  }

  private static String until(Period<?> period) {
    return period.ongoing() ? "nu (" + Dutch.moment(period.until()) + ")" : Dutch.moment(period.until());
  }

  /** What the engine did, in a few Dutch words; empty where the story says it already. */
  private static Optional<String> consequence(WorkflowDefinition definition, Change change) {
    if (change instanceof Change.CaseRegistered) {
      String entry = ((Change.CaseRegistered) change).entryPoint();
      return Optional.of("aangemeld via: " + definition.entryPoint(entry).map(e -> e.label()).orElse(entry));
    }
    if (change instanceof Change.LeadAssigned) {
      Change.LeadAssigned assigned = (Change.LeadAssigned) change;
      return Optional.of(assigned.kind().label() + ": " + assigned.organisation());
    }
    if (change instanceof Change.StepEntered) {
      return Optional.of("naar stap " + ((Change.StepEntered) change).step());
    }
    if (change instanceof Change.LeadHandoverProposed) {
      Change.LeadHandoverProposed proposed = (Change.LeadHandoverProposed) change;
      return Optional.of(proposed.kind().label() + " aangeboden aan " + proposed.to() + " (" + proposed.mode().label()
          + "); " + proposed.from() + " houdt de regie tot " + proposed.to() + " aanvaardt");
    }
    if (change instanceof Change.LeadHandoverAccepted) {
      Change.LeadHandoverAccepted accepted = (Change.LeadHandoverAccepted) change;
      return Optional.of(accepted.kind().label() + " gaat over van " + accepted.from() + " naar " + accepted.to());
    }
    if (change instanceof Change.TaskAssigned) {
      Change.TaskAssigned task = (Change.TaskAssigned) change;
      return Optional.of("taak voor " + task.owner() + ", uiterlijk " + Dutch.date(task.due()) + ": " + task.text()
          + (task.required() ? " (verplicht)" : ""));
    }
    if (change instanceof Change.TaskCancelled) {
      return Optional.of("taak vervallen: " + ((Change.TaskCancelled) change).reason());
    }
    if (change instanceof Change.AppointmentScheduled) {
      Change.AppointmentScheduled scheduled = (Change.AppointmentScheduled) change;
      return Optional.of(scheduled.kind().label() + " gepland op " + Dutch.moment(scheduled.start()) + " met "
          + String.join(", ", scheduled.organisations()) + (scheduled.client() ? " en de cliënt" : ""));
    }
    if (change instanceof Change.AppointmentHeld) {
      Change.AppointmentHeld held = (Change.AppointmentHeld) change;
      return Optional.of(held.kind().label() + " gehouden; verslag voor de cliënt: " + held.summary());
    }
    if (change instanceof Change.AppointmentMissed) {
      Change.AppointmentMissed missed = (Change.AppointmentMissed) change;
      return Optional.of(missed.kind().label() + " niet doorgegaan: " + missed.reason());
    }
    if (change instanceof Change.ContactRecorded) {
      Change.ContactRecorded contact = (Change.ContactRecorded) change;
      return Optional.of("contact per " + contact.channel().label() + ": "
          + (contact.reached() ? "bereikt" : "niet bereikt"));
    }
    if (change instanceof Change.FactRecorded) {
      Change.FactRecorded fact = (Change.FactRecorded) change;
      return Optional.of(definition.fact(fact.fact()).map(f -> f.label()).orElse(fact.fact()) + ": " + fact.value());
    }
    if (change instanceof Change.AccessDecided) {
      Change.AccessDecided decided = (Change.AccessDecided) change;
      return Optional.of("beschikking: " + decided.outcome().label() + " op " + Dutch.date(decided.decidedOn()));
    }
    if (change instanceof Change.ActivityStarted) {
      Change.ActivityStarted started = (Change.ActivityStarted) change;
      return Optional.of(started.kind().label() + " gestart bij " + started.organisation());
    }
    if (change instanceof Change.ActivityEnded) {
      Change.ActivityEnded ended = (Change.ActivityEnded) change;
      return Optional.of(ended.kind().label() + " beëindigd: " + ended.reason());
    }
    return Optional.empty();
  }

  private static String actor(Replay replay, Actor actor) {
    if (actor instanceof Actor.Client) {
      String client = ((Actor.Client) actor).client();
      return Character.toUpperCase(client.charAt(0)) + client.substring(1) + " (cliënt)";
    }
    Actor.Professional professional = (Actor.Professional) actor;
    String role = replay.definition().organisation(professional.organisation())
        .flatMap(organisation -> organisation.role(professional.role()))
        .map(Role::label)
        .orElse(professional.role());
    return role + " (" + professional.organisation() + ")";
  }

  // ---- regie ---------------------------------------------------------------------------------

  private static void regie(Replay replay, Out out) {
    out.heading("Regie: wie had de regie wanneer");
    WorkflowDefinition definition = replay.definition();
    LeadKind previous = null;
    for (Period<Regie> period : CaseHistory.regie(replay.events(), replay.journey().end())) {
      String kind = period.what().kind() == previous ? "" : period.what().kind().label();
      previous = period.what().kind();
      String holder = period.what().holder();
      String label = definition.organisation(holder).map(Organisation::label).orElse(holder);
      out.line(String.format("  %-20s %-12s %s – %s  (%s)", kind, holder, Dutch.moment(period.from()), until(period),
          Dutch.duration(period.from(), period.until())));
      out.wrapped("  " + " ".repeat(34), label);
    }
    out.line("");
    out.line(String.format("  %-22s %-36s %s", "stap", "regie op de klant volgens definitie", "feitelijk"));
    List<Period<Regie>> regie = CaseHistory.regie(replay.events(), replay.journey().end());
    String before = "";
    for (Period<StepVisit> visit : CaseHistory.steps(replay.events(), replay.journey().end())) {
      Step step = definition.step(visit.what().step()).orElseThrow();
      Optional<LeadRule> lead = step.lead(LeadKind.CLIENT_LEAD);
      String organisation = lead.map(LeadRule::organisation).orElse("-");
      String rule = organisation + (lead.isPresent() && !before.isEmpty() && !organisation.equals(before)
          ? " (" + lead.get().handover().label() + ")" : "");
      before = organisation;
      out.line(String.format("  %-22s %-36s %s", step.id(), rule, actual(regie, visit)));
    }
  }

  /** Who held client regie during {@code visit}: one holder, or each with the moment it changed. */
  private static String actual(List<Period<Regie>> regie, Period<StepVisit> visit) {
    List<String> parts = new ArrayList<>();
    for (Period<Regie> period : regie) {
      if (period.what().kind() != LeadKind.CLIENT_LEAD) {
        continue;
      }
      boolean overlaps = period.from().isBefore(visit.until()) && (period.ongoing() || period.until().isAfter(visit.from()))
          || period.from().equals(visit.from());
      if (overlaps) {
        parts.add(parts.isEmpty() ? period.what().holder()
            : "vanaf " + Dutch.moment(period.from()) + " " + period.what().holder());
      }
    }
    return String.join(", ", parts);
  }

  // ---- action list -----------------------------------------------------------------------------

  private static void actionList(Replay replay, Out out) {
    Journey journey = replay.journey();
    Instant at = journey.midpointInstant();
    ActionList list = ActionList.of(replay.stateAt(at), replay.definition().policy());
    String name = actor(replay, Actor.client(journey.client())).replace(" (cliënt)", "");
    out.heading("Actielijst van " + name + " op " + Dutch.moment(at) + ", zoals " + name + " hem ziet");
    if (list.open().isEmpty()) {
      out.line("  U hoeft nu niets te doen.");
    } else {
      out.line("  Dit kunt u nu doen:");
      for (ActionList.Item item : list.open()) {
        out.wrapped("    [ ] ", item.text() + " (uiterlijk " + Dutch.plainDate(item.due()) + ")");
      }
    }
    if (!list.queued().isEmpty()) {
      out.line("  Nog " + Dutch.count(list.queued().size(), "taak", "taken") + " in de wachtrij.");
    }
    out.line("  " + list.done() + " van " + list.total() + " klaar.");
  }

  // ---- norms ---------------------------------------------------------------------------------

  private static void norms(Replay replay, Out out) {
    Journey journey = replay.journey();
    Instant middle = journey.midpointInstant();
    Instant end = journey.end();
    out.heading("Normen op " + Dutch.moment(middle) + " en aan het eind (" + Dutch.moment(end) + ")");
    List<NormStatus> atMiddle = NormEvaluator.evaluate(replay.definition(), replay.eventsUntil(middle), middle,
        replay.calendar());
    List<NormStatus> atEnd = NormEvaluator.evaluate(replay.definition(), replay.events(), end, replay.calendar());
    List<String> notApplicable = new ArrayList<>();
    for (Norm norm : replay.definition().norms()) {
      List<NormStatus> middleRuns = of(atMiddle, norm);
      List<NormStatus> endRuns = of(atEnd, norm);
      if (allNotApplicable(middleRuns) && allNotApplicable(endRuns)) {
        notApplicable.add(norm.label());
        continue;
      }
      out.wrapped("  ", norm.label() + " [" + norm.source().label() + "; " + norm.citation() + "]");
      middleRuns.forEach(status -> out.wrapped("      " + Dutch.date(middle) + "  ", status(status)));
      endRuns.forEach(status -> out.wrapped("      " + Dutch.date(end) + "  ", status(status)));
    }
    if (!notApplicable.isEmpty()) {
      out.wrapped("  Niet van toepassing (klok niet gestart): ", String.join("; ", notApplicable) + ".");
    }
  }

  private static List<NormStatus> of(List<NormStatus> statuses, Norm norm) {
    return statuses.stream().filter(status -> status.norm().equals(norm.id())).toList();
  }

  private static boolean allNotApplicable(List<NormStatus> statuses) {
    return statuses.stream().allMatch(status -> status instanceof NormStatus.NotApplicable);
  }

  /** One norm status in words. */
  static String status(NormStatus status) {
    if (status instanceof NormStatus.Pending) {
      NormStatus.Pending pending = (NormStatus.Pending) status;
      return "loopt sinds " + Dutch.date(pending.started()) + ", uiterlijk " + Dutch.date(pending.due())
          + (pending.suspended() ? " (klok stilgezet)" : "");
    }
    if (status instanceof NormStatus.Met) {
      NormStatus.Met met = (NormStatus.Met) status;
      return "GEHAALD op " + Dutch.date(met.at()) + " (gestart " + Dutch.date(met.started()) + ", uiterlijk "
          + Dutch.date(met.due()) + ")";
    }
    if (status instanceof NormStatus.Breached) {
      NormStatus.Breached breached = (NormStatus.Breached) status;
      String late = Dutch.duration(breached.since(), breached.since().plus(breached.by())) + " te laat";
      String how;
      switch (breached.clock()) {
        case RUNNING:
          how = "de klok loopt nog, nu " + late;
          break;
        case REACHED:
          how = "bereikt op " + Dutch.date(breached.since().plus(breached.by())) + ", " + late;
          break;
        default:
          how = "zaak gesloten zonder het eindmoment, " + late;
      }
      return "OVERSCHREDEN (gestart " + Dutch.date(breached.started()) + ", uiterlijk " + Dutch.date(breached.due())
          + "): " + how;
    }
    return "niet van toepassing: " + ((NormStatus.NotApplicable) status).reason();
  }

  // ---- signals -------------------------------------------------------------------------------

  private static void signals(Replay replay, Out out) {
    out.heading("Signalen: wanneer ontstaan, wanneer opgeheven");
    List<Period<Signal>> periods =
        CaseHistory.signals(replay.definition(), replay.events(), replay.journey().end(), replay.calendar());
    if (periods.isEmpty()) {
      out.line("  Geen signalen.");
    }
    for (Period<Signal> period : periods) {
      Signal signal = period.what();
      out.line(String.format("  %-28s %s → %s  (%s)", signal.kind().label(), Dutch.moment(period.from()),
          period.ongoing() ? "loopt nog" : Dutch.moment(period.until()), Dutch.duration(period.from(), period.until())));
      out.wrapped("  " + " ".repeat(29), signal.reason() + (signal.owner().isEmpty() ? "" : " · opvolging: " + signal.owner()));
    }
  }

  /** Text under construction. Not threadsafe. */
  private static final class Out {
    private final StringBuilder text = new StringBuilder();

    void line(String line) {
      text.append(line.stripTrailing()).append('\n');
    }

    void heading(String heading) {
      line("");
      line(heading.toUpperCase(Locale.ROOT));
    }

    /** {@code body} wrapped to the width, the first line after {@code prefix}, the rest aligned under it. */
    void wrapped(String prefix, String body) {
      List<String> lines = Dutch.wrap(body, Math.max(40, WIDTH - prefix.length()));
      for (int i = 0; i < lines.size(); i++) {
        line((i == 0 ? prefix : " ".repeat(prefix.length())) + lines.get(i));
      }
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
