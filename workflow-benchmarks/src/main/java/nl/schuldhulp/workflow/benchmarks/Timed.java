package nl.schuldhulp.workflow.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings of the time-per-operation scenarios, inherited by each: average time in
 * nanoseconds, three forks with a fixed 1 GB heap, each four warm-up and four measured iterations
 * of one second. The report takes the median of the twelve measured iterations: one fork's
 * compilation or a noisy minute on a shared machine moves it less than it would a single fork's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public abstract class Timed {}
