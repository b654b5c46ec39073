package nl.schuldhulp.workflow.store;

import static nl.schuldhulp.workflow.store.InMemoryEventStoreTest.CASE;
import static nl.schuldhulp.workflow.store.InMemoryEventStoreTest.contact;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.BUURTTEAM;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.CORPORATIE;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.GENERALIST;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.WENI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.time.Agenda;
import nl.schuldhulp.workflow.time.AgendaItem;
import nl.schuldhulp.workflow.time.DutchCalendar;
import nl.schuldhulp.workflow.time.Page;
import nl.schuldhulp.workflow.time.SignalKind;
import org.junit.jupiter.api.Test;

/** The store that feeds appended events to a subscriber, such as an agenda. */
class PublishingEventStoreTest {
  private static final WorkflowDefinition DEFINITION = SampleDefinitions.kanteling();
  private static final Instant START = Instant.parse("2024-03-04T08:00:00Z");
  private static final Actor BT = Actor.professional(BUURTTEAM, GENERALIST, "bt-1");

  @Test
  void publishesEveryAppendedEventAfterTheAppendInVersionOrder() {
    List<Event> published = new ArrayList<>();
    InMemoryEventStore inner = new InMemoryEventStore();
    PublishingEventStore store = PublishingEventStore.of(inner, event -> {
      assertThat(inner.read(event.caseId())).as("stored before it is published").contains(event);
      published.add(event);
    });

    store.append(CASE, 0, List.of(contact(CASE, 1, "a"), contact(CASE, 2, "a")));
    store.append(CASE, 2, List.of(contact(CASE, 3, "a")));

    assertThat(published).isEqualTo(store.read(CASE)).extracting(Event::version).containsExactly(1L, 2L, 3L);
  }

  @Test
  void publishesNothingOfAnAppendThatConflicts() {
    List<Event> published = new ArrayList<>();
    PublishingEventStore store = PublishingEventStore.of(new InMemoryEventStore(), published::add);
    store.append(CASE, 0, List.of(contact(CASE, 1, "a")));

    assertThatThrownBy(() -> store.append(CASE, 0, List.of(contact(CASE, 1, "b")))).isInstanceOf(ConcurrencyConflict.class);
    assertThat(published).extracting(Event::actor).containsExactly(contact(CASE, 1, "a").actor());
  }

  @Test
  void aFailingSubscriberDoesNotUndoTheAppend() {
    PublishingEventStore store = PublishingEventStore.of(new InMemoryEventStore(), event -> {
      throw new IllegalStateException("read model down");
    });

    store.append(CASE, 0, List.of(contact(CASE, 1, "a")));

    assertThat(store.read(CASE)).hasSize(1);
    assertThat(store.cases()).containsExactly(CASE);
  }

  @Test
  void anAgendaFedByConcurrentAppendsEqualsOneFedByReplay() throws Exception {
    Agenda subscribed = Agenda.of(List.of(DEFINITION), DutchCalendar.standard());
    Map<CaseId, List<Long>> versions = new ConcurrentHashMap<>();
    PublishingEventStore store = PublishingEventStore.of(new InMemoryEventStore(), event -> {
      versions.computeIfAbsent(event.caseId(), id -> Collections.synchronizedList(new ArrayList<>())).add(event.version());
      subscribed.apply(event);
    });
    CaseService service = CaseService.of(Cases.engine(DEFINITION, DutchCalendar.standard()), store);
    CaseId shared = CaseId.of("shared");
    service.handle(shared, new Command.RegisterCase(BT, START, "zelfmelding", List.of("client-0")));
    int registration = store.read(shared).size();

    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Void>> writers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int writer = w;
        writers.add(() -> {
          for (int c = 0; c < 10; c++) {
            drive(service, CaseId.of("case-" + writer + "-" + c), c);
            // every writer also appends to one shared case, so appends to it conflict and retry
            service.handle(shared, new Command.RecordContact(BT, START, ContactChannel.PHONE, ContactDirection.OUTBOUND, false));
          }
          return null;
        });
      }
      for (Future<Void> done : threads.invokeAll(writers)) {
        done.get();
      }
    } finally {
      threads.shutdown();
    }

    Agenda replayed = Agenda.of(List.of(DEFINITION), DutchCalendar.standard());
    for (CaseId id : store.cases()) {
      List<Event> events = store.read(id);
      events.forEach(replayed::apply);
      assertThat(versions.get(id)).as("versions of %s as published", id)
          .isEqualTo(LongStream.rangeClosed(1, events.size()).boxed().toList());
    }
    assertThat(store.cases()).hasSize(41);
    assertThat(store.read(shared)).hasSize(registration + 40);
    Instant later = START.plus(Duration.ofDays(30));
    for (String organisation : List.of(BUURTTEAM, WENI, CORPORATIE)) {
      // the same items; those due on one day may come in another order, as the agenda orders them by
      // the order in which it first saw their cases, and concurrent appends publish in another order
      Page<AgendaItem> live = subscribed.due(organisation, LocalDate.of(2024, 12, 31), 1000);
      Page<AgendaItem> fromReplay = replayed.due(organisation, LocalDate.of(2024, 12, 31), 1000);
      assertThat(live.total()).isEqualTo(fromReplay.total());
      assertThat(live.items()).isSortedAccordingTo(Comparator.comparing(AgendaItem::due))
          .containsExactlyInAnyOrderElementsOf(fromReplay.items());
    }
    assertThat(subscribed.due(BUURTTEAM, LocalDate.of(2024, 12, 31), 1000).total()).isGreaterThan(40);
    for (SignalKind kind : SignalKind.values()) {
      assertThat(subscribed.casesWithSignal(kind, later, 1000)).as("%s", kind)
          .isEqualTo(replayed.casesWithSignal(kind, later, 1000));
    }
  }

  /** A few commands on case {@code id}, some of them depending on {@code variant}. */
  private static void drive(CaseService service, CaseId id, int variant) {
    Instant at = START.plus(Duration.ofHours(variant));
    service.handle(id, new Command.RegisterCase(BT, at, "zelfmelding", List.of("client-1")));
    service.handle(id, new Command.RaiseFlag(BT, at, variant % 2 == 0 ? Flag.URGENT : Flag.CRISIS, "dreigende afsluiting"));
    if (variant % 3 == 0) {
      service.handle(id, new Command.ScheduleAppointment(BT, at, AppointmentKind.INTAKE, at.plus(Duration.ofDays(1)),
          List.of(BUURTTEAM, WENI), true));
    }
    service.handle(id, new Command.RecordContact(BT, at, ContactChannel.LETTER, ContactDirection.OUTBOUND, variant % 4 == 0));
  }
}
