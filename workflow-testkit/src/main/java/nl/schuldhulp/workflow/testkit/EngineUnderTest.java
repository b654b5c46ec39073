package nl.schuldhulp.workflow.testkit;

import java.util.Objects;
import nl.schuldhulp.workflow.casefile.CaseEngine;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.Event;

/**
 * The engine the {@link WorkflowVerifier} drives: decides commands and folds events into states.
 * By default the real engine ({@link #of(CaseEngine)}); a test may plug in a double with a rule
 * broken on purpose, to see that the checks find it.
 *
 * <pre>{@code
 * EngineUnderTest real = EngineUnderTest.of(Cases.engine(definition, calendar));
 * EngineUnderTest broken = new EngineUnderTest() {
 *   public Decision decide(CaseState state, Command command) { ... }
 *   public CaseState evolve(CaseState state, Event event) { return real.evolve(state, event); }
 * };
 * }</pre>
 *
 * <p>Implementations must be threadsafe if the verifier is used from several threads, and must be
 * deterministic: the same state and command give the same decision.
 */
public interface EngineUnderTest {

  /** The events {@code command} causes in {@code state}, or why it is refused. */
  Decision decide(CaseState state, Command command);

  /** The state after {@code event}. */
  CaseState evolve(CaseState state, Event event);

  /** The real engine. */
  static EngineUnderTest of(CaseEngine engine) {
    Objects.requireNonNull(engine, "engine");
    return new EngineUnderTest() {
      @Override
      public Decision decide(CaseState state, Command command) {
        return engine.decide(state, command);
      }

      @Override
      public CaseState evolve(CaseState state, Event event) {
        return engine.evolve(state, event);
      }

      @Override
      public String toString() {
        return "the case engine";
      }
    };
  }
}
