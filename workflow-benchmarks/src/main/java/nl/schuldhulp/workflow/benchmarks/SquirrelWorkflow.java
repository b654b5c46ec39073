package nl.schuldhulp.workflow.benchmarks;

import java.util.function.Predicate;
import org.squirrelframework.foundation.fsm.Condition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.StateMachineData;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The step graph in squirrel-foundation 0.3.10: one shared {@link StateMachineBuilder}, one
 * machine per case, the case's {@link CaseData} passed as squirrel's context on each fire.
 * Persisting uses squirrel's own {@code dumpSavedData}/{@code loadSavedData}. Threadsafe; the
 * machines are not.
 */
final class SquirrelWorkflow implements Alternative<SquirrelWorkflow.Machine, StateMachineData.Reader<SquirrelWorkflow.Machine, String, String, CaseData>> {
  private final StateMachineBuilder<Machine, String, String, CaseData> builder =
      StateMachineBuilderFactory.create(Machine.class, String.class, String.class, CaseData.class);
  private final String initial;

  /** The machine type squirrel instantiates by reflection; it adds nothing. Not threadsafe. */
  public static final class Machine extends AbstractStateMachine<Machine, String, String, CaseData> {
    /** Called by squirrel. */
    public Machine() {}
  }

  SquirrelWorkflow(StepGraph graph) {
    this.initial = graph.initial();
    for (StepGraph.Edge edge : graph.edges()) {
      builder.externalTransition().from(edge.from()).to(edge.to()).on(edge.to()).when(condition(edge));
    }
  }

  private static Condition<CaseData> condition(StepGraph.Edge edge) {
    Predicate<CaseData> guard = edge.guard();
    String name = edge.from() + "->" + edge.to();
    return new Condition<>() {
      @Override
      public boolean isSatisfied(CaseData data) {
        return guard.test(data);
      }

      @Override
      public String name() {
        return name;
      }
    };
  }

  @Override
  public String name() {
    return "squirrel";
  }

  @Override
  public Machine open(CaseData data) {
    Machine machine = builder.newStateMachine(initial);
    machine.start(data);
    return machine;
  }

  @Override
  public void fire(Machine machine, String target, CaseData data) {
    machine.fire(target, data);
    if (!target.equals(machine.getCurrentState())) { // squirrel declines silently
      throw new IllegalStateException("squirrel declined " + target + " in " + machine.getCurrentState());
    }
  }

  @Override
  public String state(Machine machine) {
    return machine.getCurrentState();
  }

  @Override
  public StateMachineData.Reader<Machine, String, String, CaseData> persist(Machine machine) {
    return machine.dumpSavedData();
  }

  @Override
  public Machine restore(StateMachineData.Reader<Machine, String, String, CaseData> persisted, CaseData data) {
    Machine machine = builder.newStateMachine(initial);
    if (!machine.loadSavedData(persisted)) {
      throw new IllegalStateException("squirrel did not load the saved data");
    }
    return machine;
  }
}
