package nl.schuldhulp.workflow.benchmarks;

import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Command;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scenario 1: one guarded step transition. Ours decides the move out of stabilisation (regie,
 * actor, instant, transition, required tasks, the fact guard) and applies the event it produces;
 * the alternatives fire the same guarded trigger, and back again under the same guard, so one
 * machine can be reused: two fires per invocation, reported per fire.
 */
public class StepTransition extends Timed {

  /** The shared definition and engine. */
  @State(Scope.Benchmark)
  public static class Engine {
    final Workload workload = new Workload();
  }

  /** One case per thread, ready to leave stabilisation. */
  @State(Scope.Thread)
  public static class EngineCase {
    CaseState ready;
    Command move;

    /** Drives this thread's case. */
    @Setup
    public void setUp(Engine engine) {
      ready = engine.workload.readyToLeaveStabilisation(CaseId.of("case-" + Thread.currentThread().getId()));
      move = engine.workload.leaveStabilisation;
    }
  }

  /** One shared configuration of an alternative, with the move back out of the offer step. */
  @State(Scope.Benchmark)
  public static class Library {
    @Param({Libraries.STATELESS4J, Libraries.SQUIRREL, Libraries.SPRING})
    String library;

    StepGraph graph;
    Alternative<Object, Object> alternative;

    /** Configures the library. */
    @Setup
    public void setUp() {
      graph = new Workload().graph.withReverse(Workload.STABILISATION, Workload.OFFER);
      alternative = Libraries.named(library, graph);
    }
  }

  /** One machine per thread, in stabilisation, with data under which the guard holds. */
  @State(Scope.Thread)
  public static class Machine {
    Alternative<Object, Object> alternative;
    Object machine;
    CaseData data;

    /** Drives this thread's machine. */
    @Setup
    public void setUp(Library library) {
      alternative = library.alternative;
      data = Workload.readyToLeaveStabilisation();
      machine = Libraries.openAt(alternative, library.graph, Workload.STABILISATION, data);
    }
  }

  /** Decide the guarded move and apply its event. */
  @Benchmark
  public CaseState engine(Engine engine, EngineCase state) {
    return engine.workload.apply(state.ready, state.move);
  }

  /** Fire the guarded trigger forward and back. */
  @Benchmark
  @OperationsPerInvocation(2)
  public Object alternative(Machine state) {
    state.alternative.fire(state.machine, Workload.OFFER, state.data);
    state.alternative.fire(state.machine, Workload.STABILISATION, state.data);
    return state.machine;
  }
}
