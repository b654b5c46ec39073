package nl.schuldhulp.workflow.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.StateConfiguration;

/**
 * The step graph in stateless4j 2.6.0: one shared {@link StateMachineConfig}, one {@link
 * StateMachine} per case. stateless4j's guards take no arguments, so the case's {@link CaseData}
 * reaches them through a thread-local set just before each fire (a shared configuration cannot
 * close over one case's data). Persisting a stateless4j machine means keeping its state value.
 * Threadsafe; the machines are not.
 */
final class Stateless4jWorkflow implements Alternative<StateMachine<String, String>, String> {
  private static final ThreadLocal<CaseData> CURRENT = new ThreadLocal<>();

  private final StateMachineConfig<String, String> config = new StateMachineConfig<>();
  private final String initial;

  Stateless4jWorkflow(StepGraph graph) {
    this.initial = graph.initial();
    for (String step : graph.steps()) {
      config.configure(step);
    }
    for (StepGraph.Edge edge : graph.edges()) {
      StateConfiguration<String, String> from = config.configure(edge.from());
      from.permitIf(edge.to(), edge.to(), () -> edge.guard().test(CURRENT.get()));
    }
  }

  @Override
  public String name() {
    return "stateless4j";
  }

  @Override
  public StateMachine<String, String> open(CaseData data) {
    return new StateMachine<>(initial, config);
  }

  @Override
  public void fire(StateMachine<String, String> machine, String target, CaseData data) {
    CURRENT.set(data);
    machine.fire(target); // throws IllegalStateException when no permitted transition's guard holds
  }

  @Override
  public String state(StateMachine<String, String> machine) {
    return machine.getState();
  }

  @Override
  public String persist(StateMachine<String, String> machine) {
    return machine.getState();
  }

  @Override
  public StateMachine<String, String> restore(String persisted, CaseData data) {
    return new StateMachine<>(persisted, config);
  }
}
