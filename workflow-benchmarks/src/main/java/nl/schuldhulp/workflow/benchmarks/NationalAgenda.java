package nl.schuldhulp.workflow.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.store.EventStore;
import nl.schuldhulp.workflow.store.InMemoryEventStore;
import nl.schuldhulp.workflow.store.PublishingEventStore;
import nl.schuldhulp.workflow.time.Agenda;
import nl.schuldhulp.workflow.time.AgendaItem;
import nl.schuldhulp.workflow.time.DutchCalendar;
import nl.schuldhulp.workflow.time.Page;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 6: the agenda across a national load of {@value CaseLoad#NATIONAL} open
 * cases. {@link #query}: what organisation O has due by date D, the first 100 items by due date
 * and the total, for several organisations and dates in turn. {@link #update}: keeping the index
 * current, per event, on batches of events of cases already in the load; {@link
 * #updateThroughStore} the same batches appended through a {@link PublishingEventStore} that feeds
 * the agenda (the wiring an application uses). The load is built once per fork (about a minute);
 * the alternatives have no agenda, so there is no counterpart. The settings below are the updates':
 * one batch per iteration, timed as a single shot and reported per event; {@link #query} has its own.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@OperationsPerInvocation(NationalAgenda.BATCH_EVENTS)
public class NationalAgenda {
  /** The page size of a query. */
  static final int PAGE = 100;
  /** Cases held back (registered only) for each update batch. */
  static final int BATCH_CASES = 1_000;
  /** The events of a held-back case after its registration: the rest of its journey. */
  static final int TAIL_EVENTS = 20;
  /** The events of one update batch. */
  static final int BATCH_EVENTS = BATCH_CASES * TAIL_EVENTS;
  /** Update batches prepared: enough for the warm-up and measured iterations below. */
  static final int BATCHES = 16;
  /** The organisations asked about: the two that hold the Utrecht process's tasks and norms. */
  static final List<String> ORGANISATIONS = List.of("buurtteam", "sdv");
  /** The dates asked about: early in the load, at the turn of the year, and after its last registration. */
  static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 6, 3), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 7, 1));

  /** One query of the rotation. */
  record Query(String organisation, LocalDate by) {}

  /** The agenda fed the whole load, the queries, and the update batches still to apply. */
  @State(Scope.Benchmark)
  public static class Load {
    Agenda agenda;
    EventStore store;
    final List<Query> queries = new ArrayList<>();
    int nextQuery;
    private final List<List<List<Event>>> batches = new ArrayList<>();
    /** The batch of this iteration, as the commands' events, interleaved across its cases. */
    List<List<Event>> batch;

    /** Builds the load (the cases held back for the batches first) and checks that every page is full. */
    @Setup(Level.Trial)
    public void load() {
      long start = System.nanoTime();
      CaseLoad load = new CaseLoad();
      agenda = Agenda.of(List.of(new Workload().definition), DutchCalendar.standard());
      InMemoryEventStore held = new InMemoryEventStore();
      int reserved = BATCHES * BATCH_CASES;
      for (int b = 0; b < BATCHES; b++) {
        batches.add(batch(load, b, held));
      }
      load.feed(CaseLoad.NATIONAL - reserved, agenda::apply);
      store = PublishingEventStore.of(held, agenda::apply);
      for (String organisation : ORGANISATIONS) {
        for (LocalDate by : DATES) {
          queries.add(new Query(organisation, by));
          Page<AgendaItem> page = agenda.due(organisation, by, PAGE);
          if (page.items().size() < PAGE) {
            throw new IllegalStateException(organisation + " has only " + page.total() + " items due by " + by);
          }
        }
      }
      System.out.printf("%n%,d open cases (%,d journeys) loaded in %.1f s; %,d MB heap in use%n", CaseLoad.NATIONAL,
          load.journeys(), (System.nanoTime() - start) / 1e9, usedMegabytes());
    }

    /** Takes the next update batch. */
    @Setup(Level.Iteration)
    public void nextBatch() {
      batch = batches.isEmpty() ? null : batches.remove(0);
    }

    private List<List<Event>> batch(CaseLoad load, int b, EventStore held) {
      List<List<List<Event>>> perCase = new ArrayList<>(BATCH_CASES);
      for (int c = 0; c < BATCH_CASES; c++) {
        int j = b * BATCH_CASES + c;
        CaseId id = CaseId.of("held-" + b + "-" + c);
        List<Event> registration = load.commands(j, id, -1, CaseLoad.REGISTRATION).get(0);
        registration.forEach(agenda::apply);
        held.append(id, 0, registration);
        perCase.add(load.commands(j, id, CaseLoad.REGISTRATION, load.lastCommand()));
      }
      List<List<Event>> interleaved = new ArrayList<>();
      for (int k = 0; k < perCase.get(0).size(); k++) {
        for (List<List<Event>> commands : perCase) {
          interleaved.add(commands.get(k));
        }
      }
      int events = interleaved.stream().mapToInt(List::size).sum();
      if (events != BATCH_EVENTS) {
        throw new IllegalStateException("an update batch has " + events + " events, not " + BATCH_EVENTS);
      }
      return interleaved;
    }

    List<List<Event>> currentBatch() {
      if (batch == null) {
        throw new IllegalStateException("only " + BATCHES + " update batches were prepared: run fewer iterations");
      }
      return batch;
    }

    private static long usedMegabytes() {
      Runtime runtime = Runtime.getRuntime();
      return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
  }

  /** What is due by a date for an organisation: the first {@value #PAGE} items and the count. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  @OperationsPerInvocation(1)
  public Page<AgendaItem> query(Load load) {
    Query query = load.queries.get(load.nextQuery++ % load.queries.size());
    return load.agenda.due(query.organisation(), query.by(), PAGE);
  }

  /** One batch of events applied to the agenda; reported per event. */
  @Benchmark
  public Agenda update(Load load) {
    for (List<Event> command : load.currentBatch()) {
      for (Event event : command) {
        load.agenda.apply(event);
      }
    }
    return load.agenda;
  }

  /** One batch appended command by command through the publishing store that feeds the agenda; reported per event. */
  @Benchmark
  public EventStore updateThroughStore(Load load) {
    for (List<Event> command : load.currentBatch()) {
      load.store.append(command.get(0).caseId(), command.get(0).version() - 1, command);
    }
    return load.store;
  }
}
