package nl.schuldhulp.workflow.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.stream.Stream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The one benchmark command: runs every JMH scenario and the retained-heap harness, then prints
 * (and writes to {@code results.md} in the output folder) the medians of every scenario for every
 * library in one table and the ratios against the targets of issue 8. JMH's own JSON goes to
 * {@code jmh-result.json} beside it.
 *
 * <p>Options: {@code --quick} (one short iteration per benchmark, to prove they run: the figures
 * are not fit to publish), {@code --include=REGEX} (benchmarks whose name matches, e.g. {@code
 * StepTransition}), {@code --cases=N} (live cases for the heap, default 100,000), {@code
 * --no-heap}, {@code --out=DIR} (default {@code target/benchmark-results}).
 *
 * <p>Not threadsafe; run it from {@code main}.
 */
public final class Report {
  private static final String ENGINE = "engine";
  private static final List<String> COLUMNS = List.of(ENGINE, Libraries.STATELESS4J, Libraries.SQUIRREL, Libraries.SPRING);

  private final Map<String, Double> nanos = new HashMap<>(); // "Scenario.library" -> median ns/op
  private final Map<String, Double> heap;

  private Report(Collection<RunResult> results, Map<String, Double> heap) {
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String scenario = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      String library = Optional.ofNullable(result.getParams().getParam("library")).orElse("");
      String key = scenario.replace(".alternative", "." + library);
      double median = result.getPrimaryResult().getStatistics().getPercentile(50);
      nanos.put(key, median * nanosPer(result.getPrimaryResult().getScoreUnit()));
    }
    this.heap = heap;
  }

  /** Runs the benchmarks and prints the report; see the class comment for the options. */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    Path out = Path.of(options.getOrDefault("out", "target/benchmark-results"));
    Files.createDirectories(out);
    ChainedOptionsBuilder jmh = new OptionsBuilder()
        .include(Report.class.getPackageName() + ".*" + options.getOrDefault("include", ""))
        .resultFormat(ResultFormatType.JSON)
        .result(out.resolve("jmh-result.json").toString());
    if (options.containsKey("quick")) {
      jmh.forks(1).warmupIterations(1).measurementIterations(1)
          .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(jmh.build()).run();
    Map<String, Double> heap = options.containsKey("no-heap") ? Map.of()
        : RetainedHeap.measureAll(Integer.parseInt(options.getOrDefault("cases", Integer.toString(RetainedHeap.DEFAULT_COUNT))));
    String markdown = new Report(results, heap).markdown(options.containsKey("quick"));
    Files.writeString(out.resolve("results.md"), markdown, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(markdown);
  }

  private String markdown(boolean quick) {
    StringBuilder md = new StringBuilder();
    if (quick) {
      md.append("**Quick run (--quick): one short iteration each. These figures are not fit to publish.**\n\n");
    }
    md.append(machine()).append('\n');
    md.append("| Scenario (median) | ours | stateless4j | squirrel | Spring Statemachine |\n");
    md.append("|---|---:|---:|---:|---:|\n");
    row(md, "1. Step transition with a guard (ns)", "StepTransition");
    row(md, "2. Open a case / create and start a machine (ns)", "OpenCase");
    row(md, "3. Restore from 20 events / from persisted state (ns)", "Restore");
    heapRow(md);
    row(md, "5. Step transition, two threads on distinct cases (ns per op per thread)", "TwoThreads");
    row(md, "6. Agenda: due for one organisation by a date, first 100 + count, 700,000 open cases (µs)", "NationalAgenda.query", 1e3);
    row(md, "6. Agenda: index update per event (ns)", "NationalAgenda.update");
    row(md, "6. Agenda: index update per event, appended through PublishingEventStore (ns)", "NationalAgenda.updateThroughStore");
    row(md, "7. Utrecht definition: read JSON + validate, warm (µs)", "DefinitionJson.warm", 1e3);
    row(md, "7. Utrecht definition: read JSON + validate, cold, first call in a fresh JVM (ms)", "DefinitionJson.cold", 1e6);
    row(md, "7. Utrecht definition: model check, warm (ms)", "ModelCheck.warm", 1e6);
    row(md, "7. Utrecht definition: model check, cold, first call in a fresh JVM (ms)", "ModelCheck.cold", 1e6);
    md.append("\n– no counterpart: stateless4j, squirrel and Spring Statemachine have no agenda across cases (6), "
        + "no definition format to read and no model checker (7).\n");
    md.append('\n').append(targets());
    return md.toString();
  }

  private void row(StringBuilder md, String label, String scenario) {
    row(md, label, scenario, 1);
  }

  /** A row of figures in nanoseconds divided by {@code scale}; ours only when {@code scenario} names a method. */
  private void row(StringBuilder md, String label, String scenario, double scale) {
    md.append("| ").append(label);
    boolean single = scenario.contains(".");
    for (String column : COLUMNS) {
      String key = single ? (column.equals(ENGINE) ? scenario : "") : scenario + "." + column;
      md.append(" | ").append(single && !column.equals(ENGINE) ? "–" : format(divide(nanos.get(key), scale)));
    }
    md.append(" |\n");
  }

  private void heapRow(StringBuilder md) {
    md.append("| 4. Retained heap per live case, 100,000 live (bytes)");
    for (String column : COLUMNS) {
      md.append(" | ").append(format(heap.get(column)));
    }
    md.append(" |\n");
  }

  private String targets() {
    StringBuilder md = new StringBuilder("| Target | Measured | Met |\n|---|---:|:---:|\n");
    ratio(md, "Step transition at most 4x stateless4j's bare fire",
        divide(nanos.get("StepTransition.engine"), nanos.get("StepTransition." + Libraries.STATELESS4J)), "x", r -> r <= 4);
    ratio(md, "Step transition at least 100x faster than Spring Statemachine",
        divide(nanos.get("StepTransition." + Libraries.SPRING), nanos.get("StepTransition.engine")), "x faster", r -> r >= 100);
    ratio(md, "Opening a case at least 50x faster than creating and starting a Spring Statemachine",
        divide(nanos.get("OpenCase." + Libraries.SPRING), nanos.get("OpenCase.engine")), "x faster", r -> r >= 50);
    ratio(md, "At most 1 KB (1,024 bytes) retained heap per open case", heap.get(ENGINE), "bytes", r -> r <= 1024);
    ratio(md, "Replay at least 5 million events per second per core",
        divide(Restore.EVENTS * 1e3, nanos.get("Restore.engine")), "million events/s", r -> r >= 5);
    ratio(md, "Agenda query under 1 ms (1,000 µs) at 700,000 open cases", divide(nanos.get("NationalAgenda.query"), 1e3), "µs",
        r -> r < 1e3);
    ratio(md, "Agenda index update under 1 µs per event", divide(nanos.get("NationalAgenda.update"), 1e3), "µs", r -> r < 1);
    ratio(md, "Utrecht definition read + validated warm under 5 ms", divide(nanos.get("DefinitionJson.warm"), 1e6), "ms", r -> r < 5);
    ratio(md, "Model check of the Utrecht definition under 1 s, first call in a fresh JVM (as in a build's test)",
        divide(nanos.get("ModelCheck.cold"), 1e9), "s", r -> r < 1);
    ratio(md, "Model check of the Utrecht definition under 1 s, warm", divide(nanos.get("ModelCheck.warm"), 1e9), "s", r -> r < 1);
    ratio(md, "Two threads: time per op per thread / one thread's (1.0 = no contention; no target)",
        divide(nanos.get("TwoThreads.engine"), nanos.get("StepTransition.engine")), "", null);
    md.append("| workflow-core's runtime classpath under 500 KB | checked by CoreClasspathSizeTest in `mvn -B verify` | |\n");
    return md.toString();
  }

  /** A row of the targets table; {@code met} null for a figure without a target. */
  private static void ratio(StringBuilder md, String target, Double value, String unit, DoublePredicate met) {
    md.append("| ").append(target).append(" | ");
    if (value == null) {
      md.append("not measured | |\n");
    } else {
      md.append(String.format(Locale.ROOT, "%,.2f %s", value, unit).trim()).append(" | ")
          .append(met == null ? "–" : met.test(value) ? "yes" : "**no**").append(" |\n");
    }
  }

  private static Double divide(Double a, Double b) {
    return a == null || b == null ? null : a / b;
  }

  /** Whole numbers from 100 up; below that three significant digits (a query of 1.55 µs is not "2"). */
  private static String format(Double value) {
    if (value == null) {
      return "n/a";
    }
    int decimals = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  private static double nanosPer(String unit) {
    return switch (unit.substring(0, unit.indexOf('/'))) {
      case "ns" -> 1;
      case "us" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      default -> throw new IllegalArgumentException("unexpected unit " + unit);
    };
  }

  private static String machine() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("CPU", cpu());
    facts.put("Cores available to the JVM", Integer.toString(Runtime.getRuntime().availableProcessors()));
    facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    facts.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
    StringBuilder md = new StringBuilder("| Machine | |\n|---|---|\n");
    facts.forEach((name, value) -> md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
    return md.toString();
  }

  private static String cpu() {
    Path info = Path.of("/proc/cpuinfo");
    try (Stream<String> lines = Files.isReadable(info) ? Files.lines(info) : Stream.empty()) {
      return lines.filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst().orElse(System.getProperty("os.arch"));
    } catch (IOException e) {
      return System.getProperty("os.arch");
    }
  }
}
