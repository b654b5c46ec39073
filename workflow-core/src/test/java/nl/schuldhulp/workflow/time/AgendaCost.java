package nl.schuldhulp.workflow.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * A rough cost harness for the {@link Agenda}, run by hand (not a test: no timed assertions):
 * feeds {@code -Dcases} (default 200,000) cases, each a copy of one of 64 seeded random histories,
 * and prints the CPU time of this thread per event of {@link Agenda#apply}, of the engine's own fold alone (the floor
 * the agenda cannot go below), and of a due query. Start it with the test classpath, e.g. {@code
 * java -cp target/classes:target/test-classes:... nl.schuldhulp.workflow.time.AgendaCost}.
 */
final class AgendaCost {
  private AgendaCost() {}

  /** The CPU time of this thread, so that other processes on a shared machine count less. */
  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  public static void main(String[] args) {
    int cases = Integer.getInteger("cases", 200_000);
    WorkflowDefinition definition = NormEvaluatorTest.utrecht();
    Random random = new Random(Long.getLong("seed", 20261123L));
    List<List<Event>> histories = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      histories.add(RandomCases.play(definition, "t", RandomCases.caseSpec(random, 40)).events);
    }
    for (int round = 0; round < 3; round++) {
      List<List<Event>> load = new ArrayList<>(cases);
      int count = 0;
      for (int i = 0; i < cases; i++) {
        CaseId id = CaseId.of("c" + i);
        List<Event> copy = new ArrayList<>();
        for (Event e : histories.get(i % histories.size())) {
          copy.add(new Event(id, e.version(), e.at(), e.actor(), e.change()));
        }
        count += copy.size();
        load.add(copy);
      }
      long t0 = cpu();
      for (List<Event> history : load) {
        CaseState state = Cases.newCase(history.get(0).caseId());
        for (Event event : history) {
          state = Cases.evolve(state, event);
        }
      }
      long t1 = cpu();
      Agenda agenda = Agenda.of(List.of(definition), CaseScript.CALENDAR);
      for (List<Event> history : load) {
        history.forEach(agenda::apply);
      }
      long t2 = cpu();
      int queries = 20_000;
      for (int q = 0; q < queries; q++) {
        agenda.due("buurtteam", LocalDate.of(2024, 6, 1).plusDays(q % 400), 100);
      }
      long t3 = cpu();
      System.out.printf("round %d: %d cases, %d events: agenda.apply %d ns/event (engine fold alone %d ns/event), due(org, D, 100) %d ns%n",
          round, cases, count, (t2 - t1) / count, (t1 - t0) / count, (t3 - t2) / queries);
    }
  }
}
