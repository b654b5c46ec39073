package nl.schuldhulp.workflow.benchmarks;

import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scenario 2: opening a case from a shared definition (deciding the registration: entry point,
 * actor, client count, regie holders, the entry step and its task with a working-day due date, and
 * applying the events) against creating and starting a machine from a shared configuration.
 */
public class OpenCase extends Timed {
  private static final CaseId CASE = CaseId.of("2024-000001");

  /** The shared definition and engine. */
  @State(Scope.Benchmark)
  public static class Engine {
    final Workload workload = new Workload();
  }

  /** One shared configuration of an alternative. */
  @State(Scope.Benchmark)
  public static class Library {
    @Param({Libraries.STATELESS4J, Libraries.SQUIRREL, Libraries.SPRING})
    String library;

    Alternative<Object, Object> alternative;

    /** Configures the library. */
    @Setup
    public void setUp() {
      alternative = Libraries.named(library, new Workload().graph);
    }
  }

  /** Register a case. */
  @Benchmark
  public CaseState engine(Engine engine) {
    return engine.workload.apply(Cases.newCase(CASE), engine.workload.register);
  }

  /** Create and start a machine. */
  @Benchmark
  public Object alternative(Library library) {
    return library.alternative.open(new CaseData());
  }
}
