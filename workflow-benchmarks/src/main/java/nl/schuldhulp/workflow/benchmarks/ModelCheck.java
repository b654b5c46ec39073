package nl.schuldhulp.workflow.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testkit.ModelReport;
import nl.schuldhulp.workflow.testkit.WorkflowVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 7, the model check: the testkit's exhaustive exploration of every abstract state of the
 * Utrecht definition ({@code WorkflowVerifier.of(definition).explore()}, default bounds), warm and
 * cold (the first exploration in a fresh JVM, class loading included, as in a build's unit test).
 * Each exploration must pass, so a shortcut cannot make it fast. The alternatives have no model
 * checker.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelCheck {

  /** The definition, loaded before the timed call. */
  @State(Scope.Benchmark)
  public static class Definition {
    WorkflowDefinition definition;

    /** Loads the bundled Utrecht definition. */
    @Setup
    public void setUp() {
      definition = new Workload().definition;
    }
  }

  /** Explore after warm-up: the median of five explorations (each takes seconds, so few iterations). */
  @Benchmark
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public ModelReport warm(Definition definition) {
    return explore(definition.definition);
  }

  /** Explore once in a fresh JVM. */
  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public ModelReport cold(Definition definition) {
    return explore(definition.definition);
  }

  private static ModelReport explore(WorkflowDefinition definition) {
    ModelReport report = WorkflowVerifier.of(definition).explore();
    if (!report.passed()) {
      throw new IllegalStateException("the model check of the Utrecht definition failed:\n" + report.text());
    }
    return report;
  }
}
