package nl.schuldhulp.workflow.time;

import static nl.schuldhulp.workflow.internal.Preconditions.checkArgument;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;
import static nl.schuldhulp.workflow.time.NormClock.date;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * The agenda across a case load: what is due or overdue by a date for an organisation
 * or one of its roles, and which cases have a signal now, answered from an index that is updated as
 * events arrive, never by scanning the cases.
 *
 * <p>Feed it every event of every case, in each case's order ({@link #apply}; e.g. from the code
 * that appends to the event store); an event delivered again is ignored. Per case it keeps a
 * timeline with its items and signal windows in whole days, slot by slot, and asks it again only
 * for what an event may have changed (ADR 0032, 0034, 0035); a closed case is in no index. Per
 * organisation and per organisation role it keeps the due items in day buckets of case numbers
 * (the order in which it first saw the cases), so an update touches the end of a bucket and {@link
 * #due} costs O(days + page); per signal kind the raised cases and the windows still to arise or
 * end, bucketed by day, so {@link #casesWithSignal} costs O(log n + page) plus the windows that
 * arose or ended since the previous query. Signal queries move a clock that never goes back: ask
 * about the present, not the past.
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
  /** The order of one case's items on one day: by kind and subject. */
  private static final Comparator<AgendaItem> CASE_ORDER =
      Comparator.comparing(AgendaItem::kind).thenComparing(AgendaItem::subject);

  private final Map<String, WorkflowDefinition> definitions = new HashMap<>();
  private final BusinessCalendar calendar;
  private final Map<CaseId, CaseTimeline> cases = new HashMap<>();
  private CaseTimeline[] numbered = new CaseTimeline[64]; // the cases by number: in the order first seen
  private final Map<String, DueIndex> dueByOrganisation = new HashMap<>();
  private final SignalIndex[] bySignal = new SignalIndex[SignalKind.values().length];
  private long today = Long.MIN_VALUE; // the epoch day of the latest signal query
  // scratch space for apply, used under the lock
  private final CaseTimeline.ItemSink itemCollector = this::collectItem;
  private final CaseTimeline.WindowSink windowCollector = this::collectWindow;
  private CaseTimeline collecting;
  private int firstSlot; // of the slots being collected
  private boolean[] seen = new boolean[32]; // per slot from firstSlot: handed over again

  private Agenda(List<WorkflowDefinition> definitions, BusinessCalendar calendar) {
    definitions.forEach(definition -> this.definitions.put(key(definition.id(), definition.version()), definition));
    this.calendar = calendar;
    for (int kind = 0; kind < bySignal.length; kind++) {
      bySignal[kind] = new SignalIndex(number -> numbered[number].state().id());
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
   * Takes in the next event of a case. An event at or below the version already taken in for its
   * case is a redelivery and is ignored (R-80: a subscriber may see an event twice).
   *
   * @throws IllegalArgumentException if the event skips versions of its case (the message names
   *     the missing ones), or registers a case under a definition the agenda was not given
   */
  public synchronized void apply(Event event) {
    Objects.requireNonNull(event, "event");
    CaseId caseId = event.caseId();
    CaseTimeline timeline = cases.get(caseId);
    long version = timeline == null ? 0 : timeline.state().version();
    if (event.version() <= version) {
      return;
    }
    checkArgument(event.version() == version + 1, "event %s of case %s does not follow its version %s: events %s to %s are missing",
        event.version(), caseId, version, version + 1, event.version() - 1);
    if (timeline == null) {
      checkArgument(event.change() instanceof Change.CaseRegistered,
          "the first event of case %s must register it, not %s", caseId, event.change().getClass().getSimpleName());
      Change.CaseRegistered registered = (Change.CaseRegistered) event.change();
      WorkflowDefinition definition = definitions.get(key(registered.definition(), registered.definitionVersion()));
      checkArgument(definition != null, "case %s runs under definition %s version %s, which this agenda was not given",
          caseId, registered.definition(), registered.definitionVersion());
      timeline = new CaseTimeline(caseId, definition, calendar);
      timeline.number = cases.size();
      cases.put(caseId, timeline);
      if (timeline.number == numbered.length) {
        numbered = Arrays.copyOf(numbered, 2 * timeline.number);
      }
      numbered[timeline.number] = timeline;
    }
    int changes = timeline.apply(event);
    if (changes != 0) {
      reindex(timeline, changes);
    }
  }

  /**
   * The items of {@code organisation} due on or before {@code by}, earliest first; items due on
   * the same day by case, in the order the agenda first saw the cases (for events fed in the order
   * they happened: the order of registration), then by kind and subject: at most {@code limit} of
   * them, and how many there are.
   */
  public synchronized Page<AgendaItem> due(String organisation, LocalDate by, int limit) {
    return page(requireText(organisation, "organisation"), "", by, limit);
  }

  /** The tasks of {@code role} within {@code organisation} due on or before {@code by}, as {@link #due(String, LocalDate, int)}. */
  public synchronized Page<AgendaItem> due(String organisation, String role, LocalDate by, int limit) {
    return page(requireText(organisation, "organisation"), requireText(role, "role"), by, limit);
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
      for (SignalIndex index : bySignal) {
        index.advance(day);
      }
    }
    return bySignal[kind.ordinal()].page(limit);
  }

  private Page<AgendaItem> page(String organisation, String role, LocalDate by, int limit) {
    Objects.requireNonNull(by, "by");
    checkArgument(limit >= 0, "limit (%s) must not be negative", limit);
    DueIndex index = dueByOrganisation.get(organisation);
    index = index == null || role.isEmpty() ? index : index.roles.get(role);
    return index == null ? new Page<>(List.of(), 0) : index.page(by, limit);
  }

  /**
   * Asks the timeline again for what the changes it reported may have touched (the case's own
   * windows, the clocks', the changed tasks'; all after opening or closing) and hands the indexes
   * the slots whose item or window differs from what the timeline holds as indexed.
   */
  private void reindex(CaseTimeline timeline, int changes) {
    boolean open = timeline.state().open();
    if (!open && (changes & CaseTimeline.OPEN) == 0) {
      return; // a closed case is in no index
    }
    List<Task> tasks = timeline.state().tasks();
    int count = Math.max(tasks.size(), timeline.indexedTasks.size());
    if (timeline.windows.length < timeline.windowSlots(count)) {
      timeline.items = Arrays.copyOf(timeline.items, timeline.itemSlots(count + 4));
      timeline.windows = Arrays.copyOf(timeline.windows, timeline.windowSlots(count + 4));
    }
    boolean all = (changes & CaseTimeline.OPEN) != 0;
    collecting = timeline;
    if (all || (changes & CaseTimeline.CASE) != 0) {
      begin(0, CaseTimeline.CASE_SLOTS);
      if (open) {
        timeline.caseWindows(windowCollector);
      }
      end(CaseTimeline.CASE_SLOTS, true);
    }
    if (all || (changes & CaseTimeline.CLOCKS) != 0) {
      begin(CaseTimeline.CASE_SLOTS, timeline.windowSlots(0));
      if (open) {
        timeline.clockWindows(windowCollector);
      }
      end(timeline.windowSlots(0), true);
    }
    if (all || (changes & (CaseTimeline.CLOCKS | CaseTimeline.LEAD)) != 0) {
      begin(0, timeline.itemSlots(0));
      if (open) {
        timeline.clockItems(itemCollector);
      }
      end(timeline.itemSlots(0), false);
    }
    for (int task = 0; (all || (changes & (CaseTimeline.TASKS | CaseTimeline.LEAD)) != 0) && task < count; task++) {
      boolean changed = all || task >= timeline.indexedTasks.size() || task >= tasks.size() || tasks.get(task) != timeline.indexedTasks.get(task);
      if (changed || (changes & CaseTimeline.LEAD) != 0) {
        begin(timeline.itemSlots(task), timeline.itemSlots(task + 1));
        if (open && task < tasks.size()) {
          timeline.taskItem(task, itemCollector);
        }
        end(timeline.itemSlots(task + 1), false);
      }
      if (changed) {
        begin(timeline.windowSlots(task), timeline.windowSlots(task + 1));
        if (open && task < tasks.size()) {
          timeline.taskWindow(task, windowCollector);
        }
        end(timeline.windowSlots(task + 1), true);
      }
    }
    timeline.indexedTasks = open ? tasks : List.of();
    if (!open) {
      timeline.items = CaseTimeline.NO_ITEMS;
      timeline.windows = CaseTimeline.NO_WINDOWS;
    }
  }

  /** Starts collecting the slots from {@code first} to {@code end} (exclusive). */
  private void begin(int first, int end) {
    firstSlot = first;
    if (seen.length < end - first) {
      seen = new boolean[2 * (end - first)];
    }
    Arrays.fill(seen, 0, end - first, false);
  }

  /** Ends collecting: empties the window ({@code windows}) or item slots before {@code end} that were not handed over. */
  private void end(int end, boolean windows) {
    for (int slot = firstSlot; slot < end; slot++) {
      if (!seen[slot - firstSlot]) {
        if (windows) {
          setWindow(slot, 0);
        } else {
          setItem(slot, null);
        }
      }
    }
  }

  private void collectItem(int slot, AgendaItem.Kind kind, String subject, String label, LocalDate due, String organisation, String role) {
    seen[slot - firstSlot] = true;
    AgendaItem item = new AgendaItem(collecting.state().id(), kind, subject, label, due, organisation, role);
    if (!item.equals(collecting.items[slot])) {
      setItem(slot, item);
    }
  }

  private void setItem(int slot, AgendaItem item) {
    AgendaItem old = collecting.items[slot];
    long value = (long) collecting.number << 32 | slot;
    if (old != null) {
      index(old, value, false);
    }
    if (item != null) {
      index(item, value, true);
    }
    collecting.items[slot] = item;
  }

  private void collectWindow(int slot, SignalKind kind, long from, long until, Object about) {
    seen[slot - firstSlot] = true;
    setWindow(slot, from < until ? SignalIndex.code(kind, from, until) : 0); // a window empty in whole days is never raised
  }

  /** Puts {@code code} in the window slot, 0 for none, and tells the signal indexes what went and came. */
  private void setWindow(int slot, long code) {
    long old = collecting.windows[slot];
    if (old != code) {
      if (old != 0) {
        bySignal[SignalIndex.kind(old)].update(collecting.number, old, today, false);
      }
      if (code != 0) {
        bySignal[SignalIndex.kind(code)].update(collecting.number, code, today, true);
      }
      collecting.windows[slot] = code;
    }
  }

  /** Adds ({@code add}) or removes {@code item}, as {@code value}, in the indexes of its organisation and role. */
  private void index(AgendaItem item, long value, boolean add) {
    DueIndex index = indexOf(dueByOrganisation, item.organisation());
    index.update(item, value, add);
    if (!item.role().isEmpty()) {
      indexOf(index.roles, item.role()).update(item, value, add);
    }
  }

  private DueIndex indexOf(Map<String, DueIndex> indexes, String key) {
    DueIndex index = indexes.get(key);
    if (index == null) {
      index = new DueIndex();
      indexes.put(key, index);
    }
    return index;
  }

  private static String key(String definition, int version) {
    return definition + '\u0000' + version;
  }

  /**
   * The due items of one organisation, or of one role within it: per due day the items due that
   * day, each as its case's number and its slot in the case ({@code number << 32 | slot}), so in
   * the order of the cases.
   */
  private final class DueIndex extends DayBuckets {
    final Map<String, DueIndex> roles = new HashMap<>(); // of the whole organisation's index

    void update(AgendaItem item, long value, boolean add) {
      if (add) {
        add(item.due().toEpochDay(), value);
      } else {
        remove(item.due().toEpochDay(), value);
      }
    }

    Page<AgendaItem> page(LocalDate by, int limit) {
      long last = by.toEpochDay();
      List<AgendaItem> page = new ArrayList<>(Math.min(limit, 64));
      List<AgendaItem> ofCase = new ArrayList<>(); // the items of one case on one day
      for (long day = next(Long.MIN_VALUE, last); day != Long.MAX_VALUE && page.size() < limit; day = next(day + 1, last)) {
        long[] number = {-1};
        forEach(day, value -> {
          if (value >>> 32 != number[0]) {
            addCase(ofCase, page, limit);
            number[0] = value >>> 32;
          }
          ofCase.add(numbered[(int) number[0]].items[(int) value]);
          return page.size() < limit;
        });
        addCase(ofCase, page, limit);
      }
      return new Page<>(page, upTo(last));
    }
  }

  /** Puts the items of one case on one day on the page, by kind and subject, as many as fit; empties {@code ofCase}. */
  private static void addCase(List<AgendaItem> ofCase, List<AgendaItem> page, int limit) {
    ofCase.sort(CASE_ORDER);
    for (int i = 0; i < ofCase.size() && page.size() < limit; i++) {
      page.add(ofCase.get(i));
    }
    ofCase.clear();
  }
}
