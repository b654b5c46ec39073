package nl.schuldhulp.workflow.render;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.schuldhulp.workflow.casefile.AccessOutcome;
import nl.schuldhulp.workflow.casefile.ActionList;
import nl.schuldhulp.workflow.casefile.Activity;
import nl.schuldhulp.workflow.casefile.Appointment;
import nl.schuldhulp.workflow.casefile.AppointmentStatus;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.Participant;
import nl.schuldhulp.workflow.casefile.PendingHandover;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * Reads one case and writes its route map in plain Dutch (B1) as one self-contained HTML5 page,
 * section by section: the dates things were done come from the case's events, everything else from
 * the state they replay to. Only what the client may see is read (client-visible tasks,
 * appointments the client takes part in, the summaries shared with the client; never facts, flags,
 * scores, reasons or other notes).
 *
 * <p>The page has inline CSS, no scripts, no external resources, {@code lang="nl"}, one column that
 * reads on a phone, headings and lists for screen readers, {@code aria-current="step"} on where
 * the client is now, and status in words and symbols as well as colour. Every text is escaped; the
 * markup is also well-formed XML (polyglot). Not threadsafe; one instance writes one page.
 */
final class RouteMapWriter {
  /** Colours meet WCAG AA (4.5:1) for their text against their background. */
  private static final String STYLE = """
      body { margin: 0; background: #ffffff; color: #1a1a1a; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.125rem; line-height: 1.5; }
      main { max-width: 40rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
      h1 { font-size: 1.8rem; margin: 0.5rem 0; }
      h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #c5ccd3; }
      p { margin: 0.5rem 0; }
      ul, ol { padding-left: 1.25rem; }
      li { margin: 0.4rem 0; }
      .made { color: #4a4a4a; font-size: 1rem; }
      .score { font-size: 1.25rem; }
      progress { width: 100%; height: 1.25rem; accent-color: #1b5e20; }
      .path { list-style: none; padding: 0; margin: 0; }
      .path > li { position: relative; margin: 0 0 0 1rem; padding: 0.5rem 0.75rem 1rem 2rem; border-left: 4px solid #2e7d32; }
      .path > li:last-child { padding-bottom: 0.5rem; }
      .mark { position: absolute; left: -1.2rem; top: 0.5rem; width: 2rem; height: 2rem; border-radius: 50%; text-align: center; line-height: 2rem; font-weight: bold; }
      .status { display: block; font-size: 0.95rem; font-weight: bold; }
      .step { display: block; font-size: 1.15rem; font-weight: bold; }
      .phase, .when { display: block; }
      .done .mark::before { content: "\\2713"; }
      .now .mark::before { content: "\\25CF"; }
      .done .mark { background: #1b5e20; color: #ffffff; }
      .done .status { color: #1b5e20; }
      .path > li.now { background: #e3edf9; border-left-color: #0b4f9c; border-radius: 0 0.5rem 0.5rem 0; }
      .now .mark { background: #0b4f9c; color: #ffffff; }
      .now .status { color: #0b4f9c; }
      .path > li.later { border-left: 4px dashed #6b6b6b; }
      .later .mark { background: #ffffff; color: #3d3d3d; border: 3px solid #6b6b6b; width: 1.6rem; height: 1.6rem; line-height: 1.6rem; left: -1.1rem; }
      .later .status { color: #3d3d3d; }
      .later ul { margin: 0.25rem 0; }
      .wins, .actions, .ours { padding-left: 0; list-style: none; }
      .wins > li, .actions > li, .ours > li { padding: 0.6rem 0.75rem; border-radius: 0.5rem; }
      .wins > li { background: #edf7ee; }
      .actions > li { background: #fff4d6; border: 2px solid #8a5a00; }
      .ours > li { background: #f1f3f5; }
      .date { display: block; font-size: 0.95rem; color: #3d3d3d; }
      .due { display: block; font-weight: bold; }
      .late { display: block; color: #9b1c1c; font-weight: bold; }
      .queued { font-weight: bold; }
      .helpers > li { margin-bottom: 0.75rem; }
      .helpers ul { padding-left: 1.25rem; }
      """;

  private static final Locale LOCALE = new Locale("nl", "NL");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);
  /** What each phase means for the client, without the professionals' words. */
  private static final Map<Phase, String> PHASES = Map.of(
      Phase.EARLY_SIGNALLING, "Er is een signaal over geldzorgen",
      Phase.REGISTRATION, "Aanmelden",
      Phase.INTAKE, "Kennismaken en samen uitzoeken",
      Phase.STABILISATION, "Rust in uw geldzaken",
      Phase.SOLUTION, "Uw schulden oplossen",
      Phase.AFTERCARE, "Hulp na afloop");

  private final StringBuilder out = new StringBuilder(8192);
  private final WorkflowDefinition definition;
  private final CaseState state;
  private final List<Event> history;
  private final Instant at;
  /** The date the page is made for, in Amsterdam. */
  private final LocalDate today;
  /** The kind of regie whose holder is the client's fixed contact. */
  private final LeadKind primary;
  /** The client's own action list, dosed as the engine doses it. */
  private final ActionList actions;

  private RouteMapWriter(WorkflowDefinition definition, CaseState state, List<Event> history, Instant at) {
    this.definition = definition;
    this.state = state;
    this.history = history;
    this.at = at;
    this.today = day(at);
    List<LeadKind> kinds = definition.leadKinds();
    this.primary = kinds.isEmpty() || kinds.contains(LeadKind.CLIENT_LEAD) ? LeadKind.CLIENT_LEAD : kinds.get(0);
    this.actions = ActionList.of(state, definition.policy());
  }

  /** The page of the case whose events are {@code history}; see {@link RouteMap#html}. */
  static String write(WorkflowDefinition definition, List<Event> history, Instant at) {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(at, "at");
    checkArgument(!history.isEmpty(), "history is empty: a route map needs a registered case");
    CaseState state = Cases.replay(history.get(0).caseId(), history);
    checkArgument(state.registered(), "case %s is not registered", state.id());
    checkArgument(
        state.definitionId().equals(definition.id()) && state.definitionVersion() == definition.version(),
        "case %s runs under %s version %s, not %s version %s",
        state.id(), state.definitionId(), state.definitionVersion(), definition.id(), definition.version());
    return new RouteMapWriter(definition, state, history, at).page();
  }

  private String page() {
    out.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>Uw routekaart</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    header();
    path();
    actions();
    ours();
    meeting();
    wins();
    helpers();
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header() {
    out.append("<header>\n<h1>Uw routekaart</h1>\n");
    line("p", "", "Hulp bij geldzaken in " + definition.municipality() + ". Hier ziet u waar u nu bent, wat al klaar is"
        + " en wat er nog komt.");
    int total = actions.total();
    line("p", "score", "U heeft " + actions.done() + " van de " + total + (total == 1 ? " taak" : " taken") + " klaar.");
    if (total > 0) {
      out.append("<progress max=\"").append(total).append("\" value=\"").append(actions.done())
          .append("\" aria-label=\"Taken klaar\">").append(actions.done()).append(" van ").append(total)
          .append("</progress>\n");
    }
    out.append("<p class=\"made\">Gemaakt op ").append(time(today)).append(".</p>\n</header>\n");
  }

  /** The steps the case went through, the one it is in (or its closure), and what may come next. */
  private void path() {
    section("route", "Waar bent u nu?");
    out.append("<ol class=\"path\">\n");
    List<String> steps = new ArrayList<>();
    List<LocalDate> entered = new ArrayList<>();
    LocalDate closedOn = null;
    for (Event event : history) {
      if (event.change() instanceof Change.StepEntered entry) {
        steps.add(entry.step());
        entered.add(day(event.at()));
      } else if (event.change() instanceof Change.CaseClosed) {
        closedOn = day(event.at());
      }
    }
    for (int i = 0; i < steps.size(); i++) {
      boolean last = i == steps.size() - 1;
      boolean now = last && !state.closed();
      openPlace(now);
      step(steps.get(i));
      closePlace(now
          ? "Hier bent u nu, sinds " + date(entered.get(i))
          : "Klaar op " + date(last ? closedOn : entered.get(i + 1)));
    }
    if (state.closed()) {
      openPlace(true);
      step("Uw hulp is afgesloten", "");
      closePlace("Afgesloten op " + date(closedOn));
    }
    next();
    out.append("</ol>\n</section>\n");
  }

  /** The steps that may come next, in the definition's order: the current step's targets. */
  private void next() {
    Step current = state.open() ? definition.step(state.step()).orElse(null) : null;
    if (current == null) {
      return;
    }
    Set<String> targets = new LinkedHashSet<>();
    for (Transition transition : current.transitions()) {
      targets.add(transition.to());
    }
    if (targets.size() > 1) {
      later();
      line("span", "when", "Daarna komt \u00e9\u00e9n van deze stappen. Welke, dat bespreken we samen met u.");
      out.append("<ul>\n");
      for (String target : targets) {
        out.append("<li>");
        step(target);
        out.append("</li>\n");
      }
      out.append("</ul>\n</li>\n");
    } else if (!targets.isEmpty()) {
      later();
      step(targets.iterator().next());
      out.append("</li>\n");
    } else if (!definition.exitsFrom(current.id()).isEmpty()) {
      later();
      step("Afronden van uw hulp", "");
      out.append("</li>\n");
    }
  }

  /** Opens a place on the path: one done before, or where the client is {@code now}. */
  private void openPlace(boolean now) {
    out.append(now ? "<li class=\"now\" aria-current=\"step\">" : "<li class=\"done\">");
    mark();
    line("span", "status", now ? "Nu" : "Klaar");
  }

  private void closePlace(String when) {
    line("span", "when", when);
    out.append("</li>\n");
  }

  /** Opens the place that comes next. */
  private void later() {
    out.append("<li class=\"later\">");
    mark();
    line("span", "status", "Hierna");
  }

  private void mark() {
    out.append("<span class=\"mark\" aria-hidden=\"true\"></span>\n");
  }

  /** A step's label and what its phase means for the client; an unknown step by its id. */
  private void step(String stepId) {
    Step step = definition.step(stepId).orElse(null);
    step(step == null ? stepId : step.label(), step == null ? "" : PHASES.get(step.phase()));
  }

  private void step(String title, String phase) {
    line("span", "step", title);
    if (!phase.isEmpty()) {
      line("span", "phase", phase);
    }
  }

  /** What was done or reached, newest first (small wins, R-45). */
  private void wins() {
    section("done", "Wat is al gedaan");
    int first = out.length();
    for (int i = history.size() - 1; i >= 0; i--) {
      win(history.get(i));
    }
    if (out.length() == first) {
      line("p", "", "Hier ziet u straks wat er al klaar is.");
    } else {
      out.insert(first, "<p>Kijk wat er al gelukt is. Het nieuwste staat bovenaan.</p>\n<ul class=\"wins\">\n");
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private void win(Event event) {
    Change change = event.change();
    if (change instanceof Change.CaseRegistered registered) {
      win(event, registered.channel() == EntryChannel.SELF
          ? "U heeft zich aangemeld voor hulp." : "U bent aangemeld voor hulp.", "");
    } else if (change instanceof Change.StepEntered entry && !entry.previousStep().isEmpty()) {
      win(event, "Deze stap is klaar: " + stepLabel(entry.previousStep()) + ".", "");
    } else if (change instanceof Change.TaskCompleted completed) {
      Task task = state.task(completed.task()).orElse(null);
      if (task != null && task.clientVisible()) {
        win(event, (task.owner().isClient() ? "U heeft" : owner(task) + " heeft") + " dit gedaan: " + task.text(), "");
      }
    } else if (change instanceof Change.AppointmentHeld held) {
      Appointment appointment = state.appointment(held.appointment()).orElse(null);
      if (appointment != null && appointment.client()) {
        win(event, capitalised(held.kind().label()) + " gehouden.",
            held.summary().isBlank() ? "" : "Wat we hebben afgesproken: " + held.summary());
      }
    } else if (change instanceof Change.AccessDecided decided && decided.outcome() == AccessOutcome.ADMITTED) {
      win(event, "U bent toegelaten tot de schuldhulp.", "");
    } else if (change instanceof Change.ActivityStarted started) {
      win(event, organisation(started.organisation()) + " is begonnen met " + started.kind().label() + ".", "");
    } else if (change instanceof Change.LeadHandoverAccepted accepted && accepted.kind() == primary) {
      win(event, "Uw vaste contactpersoon is nu van " + organisation(accepted.to()) + ".", "");
    }
  }

  /** Something done or reached on the day of {@code event}, with optional detail ("" when none). */
  private void win(Event event, String text, String detail) {
    out.append("<li>");
    out.append("<span class=\"date\">").append(time(day(event.at()))).append("</span>\n");
    line("span", "", text);
    if (!detail.isEmpty()) {
      line("p", "", detail);
    }
    out.append("</li>\n");
  }

  private void actions() {
    section("todo", "Wat moet u nu doen");
    if (!state.open()) {
      line("p", "", "Uw hulp is afgesloten. U hoeft niets meer te doen.");
    } else if (actions.open().isEmpty()) {
      line("p", "", "U hoeft nu niets te doen.");
    } else {
      out.append("<ol class=\"actions\">\n");
      for (ActionList.Item item : actions.open()) {
        out.append("<li>");
        line("span", "", item.text());
        out.append("<span class=\"due\">Uiterlijk ").append(time(item.due())).append("</span>");
        if (item.due().isBefore(today)) {
          line("span", "late", "Deze datum is voorbij. Lukt het niet? Bel dan uw contactpersoon.");
        }
        out.append("</li>\n");
      }
      out.append("</ol>\n");
    }
    int queued = actions.queued().size();
    if (state.open() && queued > 0) {
      line("p", "queued", (queued == 1 ? "Daarna komt nog 1 taak." : "Daarna komen nog " + queued + " taken.")
          + " U ziet " + (queued == 1 ? "die" : "ze") + " hier als u klaar bent met de taken hierboven.");
    }
    out.append("</section>\n");
  }

  /** The next appointment to come that the client takes part in, and how many follow. */
  private void meeting() {
    section("appointment", "Uw volgende afspraak");
    List<Appointment> meetings = new ArrayList<>();
    for (Appointment appointment : state.appointments()) {
      if (appointment.status() == AppointmentStatus.SCHEDULED && appointment.client()
          && !appointment.start().isBefore(at)) {
        meetings.add(appointment);
      }
    }
    meetings.sort(Comparator.comparing(Appointment::start));
    if (meetings.isEmpty()) {
      line("p", "", "Er is nu geen afspraak gepland.");
    } else {
      Appointment meeting = meetings.get(0);
      Instant start = meeting.start();
      String when = date(day(start)) + " om " + TIME.format(start.atZone(BusinessCalendar.ZONE)); // Amsterdam time
      out.append("<p><strong>").append(Text.xml(capitalised(meeting.kind().label())))
          .append("</strong> op <time datetime=\"").append(start).append("\">").append(Text.xml(when))
          .append("</time>.</p>\n");
      if (!meeting.organisations().isEmpty()) {
        List<String> with = meeting.organisations().stream().map(this::organisation).toList();
        line("p", "", "U praat met " + Wording.join(with, "en") + ".");
      }
      int later = meetings.size() - 1;
      if (later > 0) {
        line("p", "", "Daarna " + (later == 1 ? "heeft u nog 1 afspraak." : "heeft u nog " + later + " afspraken."));
      }
    }
    out.append("</section>\n");
  }

  /** The professionals' open tasks the client may see, earliest due first. */
  private void ours() {
    section("ours", "Wat doen wij");
    List<Task> ours = new ArrayList<>();
    for (Task task : state.tasks()) {
      if (task.open() && task.clientVisible() && !task.owner().isClient()) {
        ours.add(task);
      }
    }
    ours.sort(Comparator.comparing(Task::due)); // stable: creation order within a day
    if (ours.isEmpty()) {
      line("p", "", "Er staan nu geen taken van ons op uw lijst. Heeft u een vraag? Bel dan uw contactpersoon.");
    } else {
      out.append("<ul class=\"ours\">\n");
      for (Task task : ours) {
        out.append("<li><strong>").append(Text.xml(owner(task))).append("</strong>: ").append(Text.xml(task.text()))
            .append(" \u2014 uiterlijk ").append(time(task.due())).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  /**
   * Who the fixed contact works for, a pending handover of that contact, and every organisation
   * helping, with the role of each active participant.
   */
  private void helpers() {
    section("helpers", "Wie helpt u");
    String holder = state.leadHolder(primary).orElse(null);
    PendingHandover pending = state.handover(primary).orElse(null);
    if (holder != null) {
      line("p", "score", "Uw vaste contactpersoon is van " + organisation(holder) + ".");
    }
    if (pending != null) {
      line("p", "", organisation(pending.to()) + " neemt dit binnenkort over van " + organisation(pending.from()) + ". "
          + (pending.mode() == HandoverMode.WARM
              ? "Dat gebeurt in een gesprek waar u ook bij bent."
              : "Wij laten u weten wie uw nieuwe contactpersoon wordt."));
    }
    Map<String, List<String>> does = new LinkedHashMap<>();
    if (holder != null) {
      add(does, holder, "Hier werkt uw vaste contactpersoon.");
    }
    if (pending != null) {
      add(does, pending.to(), "Wordt binnenkort uw vaste contactpersoon.");
    }
    holder(does, LeadKind.PROCESS_LEAD, "Zorgt dat alle hulp goed samenwerkt.");
    holder(does, LeadKind.EXECUTION_LEAD, "Zorgt dat de afspraken worden uitgevoerd.");
    for (Activity activity : state.activities()) {
      if (activity.running()) {
        add(does, activity.organisation(), "Doet voor u: " + activity.kind().label() + ".");
      }
    }
    for (Participant participant : state.participants()) {
      if (participant.active()) { // the role only: what a professional wrote as the reason is a note
        add(does, participant.organisation(), "Doet mee als " + roleLabel(participant) + ".");
      }
    }
    for (String organisation : state.involvedOrganisations()) {
      does.putIfAbsent(organisation, List.of());
    }
    out.append("<ul class=\"helpers\">\n");
    for (Map.Entry<String, List<String>> helper : does.entrySet()) {
      out.append("<li><strong>").append(Text.xml(helperName(helper.getKey()))).append("</strong>\n<ul>\n");
      for (String sentence : helper.getValue().isEmpty() ? List.of("Doet mee aan uw hulp.") : helper.getValue()) {
        line("li", "", sentence);
      }
      out.append("</ul>\n</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  /** Adds what the holder of {@code kind} of regie does, unless that regie makes it the fixed contact. */
  private void holder(Map<String, List<String>> does, LeadKind kind, String sentence) {
    if (kind != primary) {
      state.leadHolder(kind).ifPresent(organisation -> add(does, organisation, sentence));
    }
  }

  private static void add(Map<String, List<String>> does, String organisation, String sentence) {
    does.computeIfAbsent(organisation, key -> new ArrayList<>()).add(sentence);
  }

  private String owner(Task task) {
    return organisation(((Assignee.OrganisationRole) task.owner()).organisation());
  }

  private String stepLabel(String stepId) {
    return definition.step(stepId).map(Step::label).orElse(stepId);
  }

  private String organisation(String id) {
    return definition.organisation(id).map(Organisation::label).orElse(id);
  }

  private String roleLabel(Participant participant) {
    return definition.organisation(participant.organisation()).flatMap(organisation -> organisation.role(participant.role()))
        .map(Role::label).orElse(participant.role());
  }

  /** The organisation's name, with its kind when the name does not say it ("Madi Noord (welzijnsorganisatie)"). */
  private String helperName(String id) {
    Organisation organisation = definition.organisation(id).orElse(null);
    if (organisation == null) {
      return id;
    }
    OrganisationKind type = organisation.kind();
    // the kind in the client's words; none for "other"
    String kind = type == OrganisationKind.OTHER ? ""
        : type == OrganisationKind.MUNICIPAL_DEBT_SERVICE ? "schuldhulp van de gemeente"
        : type.label();
    return kind.isEmpty() || organisation.label().toLowerCase(LOCALE).contains(kind.toLowerCase(LOCALE))
        ? organisation.label()
        : organisation.label() + " (" + kind + ")";
  }

  private void section(String id, String heading) {
    out.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-kop\">\n<h2 id=\"")
        .append(id).append("-kop\">").append(Text.xml(heading)).append("</h2>\n");
  }

  /** "dinsdag 12 maart 2024". */
  private static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** The date in Amsterdam of an instant. */
  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, BusinessCalendar.ZONE);
  }

  /** The text with its first letter in upper case. */
  private static String capitalised(String text) {
    return Text.withFirst(text, Character::toUpperCase);
  }

  /** A {@code <time>} element for a date, in words with the ISO date as its value. */
  private static String time(LocalDate date) {
    return "<time datetime=\"" + date + "\">" + Text.xml(date(date)) + "</time>";
  }

  /** One element with escaped text and an optional class. */
  private void line(String element, String css, String text) {
    out.append('<').append(element);
    if (!css.isEmpty()) {
      out.append(" class=\"").append(css).append('"');
    }
    out.append('>').append(Text.xml(text)).append("</").append(element).append(">\n");
  }
}
