package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;
import static nl.schuldhulp.workflow.time.NormClock.date;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * The agenda across a case load: what is due or overdue by a date for an organisation
 * or one of its roles, and which cases have a signal now, answered from an index that is updated as
 * events arrive, never by scanning the cases.
 *
 * <p>Feed it every event of every case, in each case's order ({@link #apply}; e.g. from the code
 * that appends to the event store). Per case it keeps a compact timeline (ADR 0032); per
 * organisation and per organisation role an ordered set of the due items with a count per day, so
 * {@link #due} costs O(log n + page); per signal kind the raised cases and the windows still to
 * arise or end, keyed by day, so {@link #casesWithSignal} costs O(log n + page) plus the windows
 * that arose or ended since the previous query. Signal queries move a clock that never goes back:
 * ask about the present, not the past.
 *
 * <pre>{@code
 * Agenda agenda = Agenda.of(List.of(definition), DutchCalendar.standard());
 * events.forEach(agenda::apply);
 * Page<AgendaItem> overdue = agenda.due("weni", LocalDate.now(BusinessCalendar.ZONE), 50);
 * Page<CaseId> lost = agenda.casesWithSignal(SignalKind.CONTACT_LOST, Instant.now(), 50);
 * }</pre>
 *
 * <p>This class is threadsafe: every method holds the agenda's lock.
 */
public final class Agenda {
  private static final Comparator<AgendaItem> ITEM_ORDER =
      Comparator.comparing(AgendaItem::due)
          .thenComparing(AgendaItem::caseId, SignalIndex.CASE_ORDER)
          .thenComparing(AgendaItem::kind)
          .thenComparing(AgendaItem::subject);

  private final Map<String, WorkflowDefinition> definitions = new HashMap<>();
  private final BusinessCalendar calendar;
  private final Map<CaseId, Entry> cases = new HashMap<>();
  private final Map<String, DueIndex> dueByOwner = new HashMap<>();
  private final Map<SignalKind, SignalIndex> bySignal = new EnumMap<>(SignalKind.class);
  private long today = Long.MIN_VALUE; // the epoch day of the latest signal query
  private long nextWindow;

  private Agenda(List<WorkflowDefinition> definitions, BusinessCalendar calendar) {
    definitions.forEach(definition -> this.definitions.put(key(definition.id(), definition.version()), definition));
    this.calendar = calendar;
    for (SignalKind kind : SignalKind.values()) {
      bySignal.put(kind, new SignalIndex());
    }
  }

  /**
   * An empty agenda for cases under any of {@code definitions} (several versions may run side by
   * side), counting working days on {@code calendar}.
   */
  public static Agenda of(List<WorkflowDefinition> definitions, BusinessCalendar calendar) {
    return new Agenda(List.copyOf(definitions), Objects.requireNonNull(calendar, "calendar"));
  }

  /**
   * Takes in the next event of a case.
   *
   * @throws IllegalArgumentException if the event does not follow the case's previous event, or
   *     registers a case under a definition the agenda was not given
   */
  public synchronized void apply(Event event) {
    Objects.requireNonNull(event, "event");
    Entry entry = cases.get(event.caseId());
    if (entry == null) {
      checkArgument(event.change() instanceof Change.CaseRegistered,
          "the first event of case %s must register it, not %s", event.caseId(), event.change().getClass().getSimpleName());
      Change.CaseRegistered registered = (Change.CaseRegistered) event.change();
      WorkflowDefinition definition = definitions.get(key(registered.definition(), registered.definitionVersion()));
      checkArgument(definition != null, "case %s runs under definition %s version %s, which this agenda was not given",
          event.caseId(), registered.definition(), registered.definitionVersion());
      entry = new Entry(new CaseTimeline(event.caseId(), definition, calendar));
    }
    entry.timeline.apply(event);
    cases.put(event.caseId(), entry);
    reindexItems(entry, entry.timeline.items());
    reindexWindows(entry, entry.timeline.windows());
  }

  /**
   * The items of {@code organisation} due on or before {@code by}, earliest first (then by case,
   * kind and subject): at most {@code limit} of them, and how many there are.
   */
  public synchronized Page<AgendaItem> due(String organisation, LocalDate by, int limit) {
    return page(requireText(organisation, "organisation"), by, limit);
  }

  /** The tasks of {@code role} within {@code organisation} due on or before {@code by}, as {@link #due(String, LocalDate, int)}. */
  public synchronized Page<AgendaItem> due(String organisation, String role, LocalDate by, int limit) {
    return page(roleKey(requireText(organisation, "organisation"), requireText(role, "role")), by, limit);
  }

  /**
   * The cases that have a signal of {@code kind} at {@code now}, in case id order: at most {@code
   * limit} of them, and how many there are. Every event applied so far must have happened at or
   * before {@code now}.
   *
   * @throws IllegalArgumentException if {@code now} falls on a day before that of an earlier query
   */
  public synchronized Page<CaseId> casesWithSignal(SignalKind kind, Instant now, int limit) {
    Objects.requireNonNull(kind, "kind");
    checkArgument(limit >= 0, "limit (%s) must not be negative", limit);
    long day = date(Objects.requireNonNull(now, "now")).toEpochDay();
    if (day < today) {
      throw new IllegalArgumentException(
          "the agenda answers for " + LocalDate.ofEpochDay(today) + " or later, not " + date(now));
    }
    if (day > today) {
      today = day;
      bySignal.values().forEach(index -> index.advance(day));
    }
    return bySignal.get(kind).page(limit);
  }

  private Page<AgendaItem> page(String key, LocalDate by, int limit) {
    Objects.requireNonNull(by, "by");
    checkArgument(limit >= 0, "limit (%s) must not be negative", limit);
    DueIndex index = dueByOwner.get(key);
    return index == null ? new Page<>(List.of(), 0) : index.page(by, limit);
  }

  private void reindexItems(Entry entry, List<AgendaItem> fresh) {
    for (AgendaItem item : entry.items) {
      if (!fresh.contains(item)) {
        forEachKey(item, key -> dueByOwner.get(key).remove(item));
      }
    }
    for (AgendaItem item : fresh) {
      if (!entry.items.contains(item)) {
        forEachKey(item, key -> dueByOwner.computeIfAbsent(key, k -> new DueIndex()).add(item));
      }
    }
    entry.items = fresh;
  }

  private void reindexWindows(Entry entry, List<SignalWindow> windows) {
    List<DayWindow> old = new ArrayList<>(entry.windows);
    List<DayWindow> fresh = new ArrayList<>(windows.size());
    for (SignalWindow window : windows) {
      long from = date(window.signal().arose()).toEpochDay();
      long until = window.ends().equals(Instant.MAX) ? Long.MAX_VALUE : date(window.ends()).toEpochDay();
      if (from >= until) {
        continue;
      }
      DayWindow candidate = new DayWindow(entry.timeline.state().id(), window.signal().kind(), from, until, nextWindow);
      DayWindow kept = old.stream().filter(candidate::sameSpan).findFirst().orElse(null);
      if (kept != null) {
        old.remove(kept);
        fresh.add(kept);
      } else {
        nextWindow++;
        bySignal.get(candidate.kind()).add(candidate, today);
        fresh.add(candidate);
      }
    }
    old.forEach(window -> bySignal.get(window.kind()).remove(window, today));
    entry.windows = fresh;
  }

  private static void forEachKey(AgendaItem item, Consumer<String> action) {
    action.accept(item.organisation());
    if (!item.role().isEmpty()) {
      action.accept(roleKey(item.organisation(), item.role()));
    }
  }

  private static String key(String definition, int version) {
    return definition + '\u0000' + version;
  }

  private static String roleKey(String organisation, String role) {
    return organisation + '\u0000' + role;
  }

  /** One case: its timeline and what of it is in the indexes. */
  private static final class Entry {
    final CaseTimeline timeline;
    List<AgendaItem> items = List.of();
    List<DayWindow> windows = List.of();

    Entry(CaseTimeline timeline) {
      this.timeline = timeline;
    }
  }

  /** The due items of one organisation or role, ordered, with a count per day. */
  private static final class DueIndex {
    private final TreeSet<AgendaItem> items = new TreeSet<>(ITEM_ORDER);
    private final DayCounts counts = new DayCounts();

    void add(AgendaItem item) {
      if (items.add(item)) {
        counts.add(item.due().toEpochDay(), 1);
      }
    }

    void remove(AgendaItem item) {
      if (items.remove(item)) {
        counts.add(item.due().toEpochDay(), -1);
      }
    }

    Page<AgendaItem> page(LocalDate by, int limit) {
      List<AgendaItem> page = new ArrayList<>(Math.min(limit, 64));
      Iterator<AgendaItem> iterator = items.iterator();
      while (page.size() < limit && iterator.hasNext()) {
        AgendaItem item = iterator.next();
        if (item.due().isAfter(by)) {
          break;
        }
        page.add(item);
      }
      return new Page<>(page, counts.upTo(by.toEpochDay()));
    }
  }
}
