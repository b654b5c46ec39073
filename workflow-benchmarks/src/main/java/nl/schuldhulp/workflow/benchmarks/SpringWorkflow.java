package nl.schuldhulp.workflow.benchmarks;

import java.util.LinkedHashSet;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineContext;
import org.springframework.statemachine.StateMachinePersist;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.persist.DefaultStateMachinePersister;
import org.springframework.statemachine.persist.StateMachinePersister;
import reactor.core.publisher.Mono;

/**
 * The step graph in Spring Statemachine 4.0.2, configured with its {@link StateMachineBuilder}
 * (no Spring application context): one shared {@link StateMachineFactory}, one machine per case,
 * the case's {@link CaseData} in the machine's extended state where the guards read it. Events go
 * through the reactive API, as Spring Statemachine 4 recommends. Persisting uses its {@link
 * DefaultStateMachinePersister} with an in-memory {@link StateMachinePersist}. Threadsafe; the
 * machines are not.
 */
final class SpringWorkflow implements Alternative<StateMachine<String, String>, SpringWorkflow.Stored> {
  private static final String DATA = "case";

  private final StateMachineFactory<String, String> factory;
  private final StateMachinePersister<String, String, Stored> persister = new DefaultStateMachinePersister<>(new InMemory());

  /** A persisted machine context, as a database row would hold it. Not threadsafe. */
  static final class Stored {
    StateMachineContext<String, String> context;
  }

  SpringWorkflow(StepGraph graph) {
    try {
      StateMachineBuilder.Builder<String, String> builder = StateMachineBuilder.builder();
      builder.configureConfiguration().withConfiguration().autoStartup(false);
      builder.configureStates().withStates().initial(graph.initial()).states(new LinkedHashSet<>(graph.steps()));
      StateMachineTransitionConfigurer<String, String> transitions = builder.configureTransitions();
      for (StepGraph.Edge edge : graph.edges()) {
        transitions.withExternal().source(edge.from()).target(edge.to()).event(edge.to())
            .guard(context -> edge.guard().test(context.getExtendedState().get(DATA, CaseData.class)));
      }
      this.factory = builder.createFactory();
    } catch (Exception e) {
      throw new IllegalStateException("Spring Statemachine refused the step graph", e);
    }
  }

  @Override
  public String name() {
    return "spring-statemachine";
  }

  @Override
  public StateMachine<String, String> open(CaseData data) {
    StateMachine<String, String> machine = factory.getStateMachine();
    machine.getExtendedState().getVariables().put(DATA, data);
    machine.startReactively().block();
    return machine;
  }

  @Override
  public void fire(StateMachine<String, String> machine, String target, CaseData data) {
    machine.sendEvent(Mono.just(MessageBuilder.withPayload(target).build())).blockLast();
    // the result type says ACCEPTED even when the guard refuses, so check where the machine is
    if (!machine.getState().getId().equals(target)) {
      throw new IllegalStateException("Spring Statemachine did not move to " + target);
    }
  }

  @Override
  public String state(StateMachine<String, String> machine) {
    return machine.getState().getId();
  }

  @Override
  public Stored persist(StateMachine<String, String> machine) {
    Stored stored = new Stored();
    try {
      persister.persist(machine, stored);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return stored;
  }

  @Override
  public StateMachine<String, String> restore(Stored persisted, CaseData data) {
    try {
      return persister.restore(factory.getStateMachine(), persisted);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Keeps the context in the {@link Stored} it is given. Threadsafe. */
  private static final class InMemory implements StateMachinePersist<String, String, Stored> {
    @Override
    public void write(StateMachineContext<String, String> context, Stored stored) {
      stored.context = context;
    }

    @Override
    public StateMachineContext<String, String> read(Stored stored) {
      return stored.context;
    }
  }
}
