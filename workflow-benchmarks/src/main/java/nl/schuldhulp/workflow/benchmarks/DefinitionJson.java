package nl.schuldhulp.workflow.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.examples.ExampleDefinitions;
import nl.schuldhulp.workflow.jackson.WorkflowJson;
import nl.schuldhulp.workflow.validation.DefinitionValidator;
import nl.schuldhulp.workflow.validation.ValidationReport;
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
 * Scenario 7: reading the Utrecht definition from its JSON text and validating it, warm (after
 * JIT warm-up) and cold (the first call in a fresh JVM: one call per fork, class loading included).
 * The alternatives have no configuration format to read.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DefinitionJson {

  /** The JSON text, read from the class path as bytes (no parsing) before the timed call. */
  @State(Scope.Benchmark)
  public static class Text {
    String json;

    /** Reads the bundled file. */
    @Setup
    public void setUp() {
      String resource = ExampleDefinitions.FOLDER + Workload.EXAMPLE + ".json";
      try (InputStream bytes = DefinitionJson.class.getResourceAsStream(resource)) {
        json = new String(bytes.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Read and validate, after warm-up. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 5, time = 1)
  @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public ValidationReport warm(Text text) {
    return readAndValidate(text.json);
  }

  /** Read and validate once in a fresh JVM. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(value = 10, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
  public ValidationReport cold(Text text) {
    return readAndValidate(text.json);
  }

  private static ValidationReport readAndValidate(String json) {
    WorkflowDefinition definition = WorkflowJson.readDefinition(json);
    ValidationReport report = DefinitionValidator.validate(definition);
    if (!report.isValid()) {
      throw new IllegalStateException("the Utrecht definition has problems: " + report.problems());
    }
    return report;
  }
}
