/**
 * Keeping cases: the {@link nl.schuldhulp.workflow.store.EventStore} SPI with optimistic
 * concurrency, the thread-safe {@link nl.schuldhulp.workflow.store.InMemoryEventStore}, and the
 * {@link nl.schuldhulp.workflow.store.CaseService} facade that loads, decides and appends, and the
 * {@link nl.schuldhulp.workflow.store.PublishingEventStore} that feeds appended events to a
 * subscriber such as an agenda. Start
 * with {@link nl.schuldhulp.workflow.store.CaseService#inMemory}.
 */
package nl.schuldhulp.workflow.store;
