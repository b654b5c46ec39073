package nl.schuldhulp.workflow.benchmarks;

import java.util.List;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Event;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scenario 3: restoring a case from its 20 events (registration to mid-stabilisation) against
 * restoring a machine from what its library persisted of it in the same step.
 */
public class Restore extends Timed {
  /** The number of events replayed per case. */
  static final int EVENTS = 20;
  private static final CaseId CASE = CaseId.of("2024-000001");

  /** The events of one case. */
  @State(Scope.Benchmark)
  public static class History {
    List<Event> events;

    /** Records the case's history. */
    @Setup
    public void setUp() {
      events = new Workload().history(CASE);
      if (events.size() != EVENTS) {
        throw new IllegalStateException("the history has " + events.size() + " events, not " + EVENTS);
      }
    }
  }

  /** One shared configuration of an alternative and one persisted machine. */
  @State(Scope.Benchmark)
  public static class Library {
    @Param({Libraries.STATELESS4J, Libraries.SQUIRREL, Libraries.SPRING})
    String library;

    Alternative<Object, Object> alternative;
    Object persisted;
    CaseData data;

    /** Configures the library and persists a machine in stabilisation. */
    @Setup
    public void setUp() {
      StepGraph graph = new Workload().graph;
      alternative = Libraries.named(library, graph);
      data = new CaseData();
      persisted = alternative.persist(Libraries.openAt(alternative, graph, Workload.STABILISATION, data));
    }
  }

  /** Replay the events. */
  @Benchmark
  public CaseState engine(History history) {
    return Cases.replay(CASE, history.events);
  }

  /** Restore the machine. */
  @Benchmark
  public Object alternative(Library library) {
    return library.alternative.restore(library.persisted, library.data);
  }
}
