package nl.schuldhulp.workflow.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import nl.schuldhulp.workflow.casefile.CaseId;

/**
 * Scenario 4 without JMH: the heap retained per live case. For each subject a fresh JVM (serial GC,
 * so a full collection leaves exactly the live objects) sets up what all cases share, collects,
 * notes the heap in use, creates the cases and keeps them in an array made beforehand, collects
 * again, and divides the growth by the number of cases. Subjects: our {@code CaseState} in
 * mid-stabilisation (regie held, three open tasks, one appointment), its 20 events (what an
 * in-memory event store would keep besides), and each alternative's machine started and moved to
 * the same step, plus the {@link CaseData} an application would keep beside such a machine.
 *
 * <p>Run {@code java -cp benchmarks.jar nl.schuldhulp.workflow.benchmarks.RetainedHeap [count]}.
 * Not threadsafe.
 */
public final class RetainedHeap {
  static final int DEFAULT_COUNT = 100_000;
  static final String ENGINE = "engine";
  static final String ENGINE_EVENTS = "engine-events";
  static final String CASE_DATA = "case-data";
  static final List<String> SUBJECTS = List.of(ENGINE, ENGINE_EVENTS, Libraries.STATELESS4J, Libraries.SQUIRREL,
      Libraries.SPRING, CASE_DATA);
  private static final String CHILD = "--child";

  private RetainedHeap() {}

  /**
   * With no arguments or a count: measures every subject, each in its own JVM, and prints bytes
   * per case. With {@code --child subject count}: measures one subject in this JVM.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 3 && args[0].equals(CHILD)) {
      System.out.println(measure(args[1], Integer.parseInt(args[2])));
      return;
    }
    int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_COUNT;
    measureAll(count).forEach((subject, bytes) -> System.out.printf("%-22s %8.0f bytes per case%n", subject, bytes));
  }

  /** Bytes per case of every subject, each measured with {@code count} cases in its own JVM. */
  static Map<String, Double> measureAll(int count) throws IOException, InterruptedException {
    Map<String, Double> bytes = new LinkedHashMap<>();
    for (String subject : SUBJECTS) {
      bytes.put(subject, inChild(subject, count));
    }
    return bytes;
  }

  private static double inChild(String subject, int count) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xms3g", "-Xmx3g", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), RetainedHeap.class.getName(), CHILD, subject,
        Integer.toString(count)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String last = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        last = line;
      }
    }
    if (process.waitFor() != 0 || last == null) {
      throw new IllegalStateException("measuring " + subject + " failed: " + last);
    }
    return Double.parseDouble(last.trim());
  }

  /** Bytes retained per case by {@code count} live cases of {@code subject}, measured in this JVM. */
  static double measure(String subject, int count) {
    IntFunction<Object> make = maker(subject);
    for (int i = 0; i < 1_000; i++) {
      make.apply(i); // load and initialise whatever the first case would
    }
    Object[] cases = new Object[count];
    long before = usedAfterGc();
    for (int i = 0; i < count; i++) {
      cases[i] = make.apply(i);
    }
    long after = usedAfterGc();
    Reference.reachabilityFence(cases);
    return (double) (after - before) / count;
  }

  private static IntFunction<Object> maker(String subject) {
    Workload workload = new Workload();
    switch (subject) {
      case ENGINE:
        return i -> workload.midProcess(caseId(i), "client-" + i);
      case ENGINE_EVENTS:
        return i -> workload.history(caseId(i));
      case CASE_DATA:
        return i -> midProcessData();
      default:
        Alternative<Object, Object> alternative = Libraries.named(subject, workload.graph);
        return i -> Libraries.openAt(alternative, workload.graph, Workload.STABILISATION, midProcessData());
    }
  }

  private static CaseId caseId(int i) {
    return CaseId.of(String.format("2024-%06d", i));
  }

  /** What the guards of the mid-process case read: one fact recorded, the required tasks counted. */
  private static CaseData midProcessData() {
    CaseData data = new CaseData();
    data.facts.put("situatie-stabiel", "nee");
    return data;
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
