package nl.schuldhulp.workflow.internal;

import java.lang.invoke.MethodHandles;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import nl.schuldhulp.workflow.casefile.CaseEngine;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * A case engine for a definition the validator rejects, for the testkit alone: its verifier runs
 * definitions with defects planted on purpose (a regie gap, a step without a way out) to show that
 * its dynamic checks find them. Every other caller gets engines from {@code Cases.engine}, which
 * refuses invalid definitions (ADR 0025). Not API. Threadsafe.
 */
public final class UnvalidatedEngines {
  private static final AtomicReference<BiFunction<WorkflowDefinition, BusinessCalendar, CaseEngine>> FACTORY =
      new AtomicReference<>();

  private UnvalidatedEngines() {}

  /** Called once by the engine class as it initialises; later calls change nothing. */
  public static void register(BiFunction<WorkflowDefinition, BusinessCalendar, CaseEngine> factory) {
    FACTORY.compareAndSet(null, Objects.requireNonNull(factory, "factory"));
  }

  /** An engine for {@code definition}, valid or not. */
  public static CaseEngine engine(WorkflowDefinition definition, BusinessCalendar calendar) {
    try {
      MethodHandles.lookup().ensureInitialized(CaseEngine.class);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    return FACTORY.get().apply(Objects.requireNonNull(definition, "definition"), calendar);
  }
}
