package nl.schuldhulp.workflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * Concurrent appends from many threads lose no event and never interleave two writers' batches.
 * The seed fixes the number of threads, cases and batch sizes; the thread schedule is the JVM's.
 */
class EventStoreProperties {
  private static final long SEED = Long.getLong("properties.seed", 20240304L);

  @Test
  void concurrentAppendsLoseNoEventAndNeverInterleaveTwoWriters() throws Exception {
    Random random = new Random(SEED);
    int threads = 8 + random.nextInt(8);
    int batchesPerThread = 200;
    List<CaseId> cases = List.of(CaseId.of("a"), CaseId.of("b"), CaseId.of("c"));
    InMemoryEventStore store = new InMemoryEventStore();
    int[][] batchSizes = new int[threads][batchesPerThread];
    for (int[] sizes : batchSizes) {
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = 1 + random.nextInt(3);
      }
    }

    runTogether(threads, writer -> {
      for (int batch = 0; batch < batchesPerThread; batch++) {
        CaseId id = cases.get((writer + batch) % cases.size());
        while (true) {
          long version = store.read(id).size();
          List<Event> events = new ArrayList<>();
          for (int i = 0; i < batchSizes[writer][batch]; i++) {
            events.add(InMemoryEventStoreTest.contact(id, version + 1 + i, "w" + writer + "-" + batch));
          }
          try {
            store.append(id, version, events);
            break;
          } catch (ConcurrencyConflict conflict) {
            // another writer won; read again and retry
          }
        }
      }
    });

    int expected = 0;
    for (int[] sizes : batchSizes) {
      for (int size : sizes) {
        expected += size;
      }
    }
    int stored = 0;
    for (CaseId id : cases) {
      List<Event> events = store.read(id);
      stored += events.size();
      for (int i = 0; i < events.size(); i++) {
        assertThat(events.get(i).version()).as("versions without gaps").isEqualTo(i + 1);
      }
      assertBatchesContiguous(events, batchSizes);
    }
    assertThat(stored).as("no event lost (seed %s)", SEED).isEqualTo(expected);
  }

  @Test
  void concurrentCommandsThroughTheServiceAreAllAppliedToOneCase() throws Exception {
    CaseService service = CaseService.inMemory(SampleDefinitions.minimal(), BusinessCalendar.weekdays());
    CaseId id = CaseId.of("busy");
    Actor consulent = Actor.professional("sdv", "consulent", "c-1");
    Instant monday = Instant.parse("2024-03-04T08:00:00Z");
    service.handle(id, new Command.RegisterCase(consulent, monday, "loket", List.of("c")));
    long registered = service.state(id).version();
    int threads = 8;
    int commands = 100;

    runTogether(threads, writer -> {
      for (int i = 0; i < commands; i++) {
        assertThat(service.handle(id, new Command.RecordContact(consulent, monday, ContactChannel.PHONE,
            ContactDirection.OUTBOUND, true)).accepted()).isTrue();
      }
    });

    assertThat(service.state(id).contacts().contacts()).isEqualTo(threads * commands);
    assertThat(service.store().read(id)).hasSize((int) registered + threads * commands);
  }

  /** Each writer's batch stands together: its events are adjacent and in order. */
  private static void assertBatchesContiguous(List<Event> events, int[][] batchSizes) {
    int i = 0;
    while (i < events.size()) {
      String writer = ((Actor.Professional) events.get(i).actor()).professional();
      String[] parts = writer.substring(1).split("-");
      int size = batchSizes[Integer.parseInt(parts[0])][Integer.parseInt(parts[1])];
      for (int j = 0; j < size; j++) {
        assertThat(((Actor.Professional) events.get(i + j).actor()).professional())
            .as("batch of %s not interleaved", writer).isEqualTo(writer);
      }
      i += size;
    }
  }

  private interface Writer {
    void write(int writer) throws Exception;
  }

  private static void runTogether(int threads, Writer body) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int writer = t;
      futures.add(pool.submit(() -> {
        start.await();
        body.write(writer);
        return null;
      }));
    }
    start.countDown();
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
  }
}
