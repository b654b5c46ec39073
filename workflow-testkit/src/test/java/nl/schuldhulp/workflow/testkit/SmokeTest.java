package nl.schuldhulp.workflow.testkit;

import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.casefile.Cases;
import nl.schuldhulp.workflow.time.DutchCalendar;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void smoke() {
    var def = SampleDefinitions.kanteling();
    var cal = DutchCalendar.standard();
    var engine = EngineUnderTest.of(Cases.engine(def, cal));
    for (int round = 0; round < 2; round++) {
      CaseContext full = CaseContext.of(def, engine, cal, java.util.List.of());
      for (int skip = -1; skip < full.invariants().size(); skip++) {
        var inv = new java.util.ArrayList<>(full.invariants());
        String name = skip < 0 ? "none skipped" : inv.remove(skip).name();
        CaseContext c = new CaseContext(def, engine, cal, full.options(), full.refusals(), inv, full.start());
        long t0 = System.nanoTime();
        new ModelChecker(c, 20000).explore();
        System.out.println(name + ": " + (System.nanoTime() - t0) / 1_000_000);
      }
      CaseContext none = new CaseContext(def, engine, cal, full.options(), full.refusals(), java.util.List.of(), full.start());
      long t0 = System.nanoTime();
      new ModelChecker(none, 20000).explore();
      System.out.println("no invariants: " + (System.nanoTime() - t0) / 1_000_000);
    }
  }
}
