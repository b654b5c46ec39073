package nl.schuldhulp.workflow.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.schuldhulp.workflow.testkit.property.Gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** Runs the example classes below in-process on the Jupiter engine and inspects the events. */
class PropertyExtensionTest {

  private static Events run(Class<?> examples) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(examples)).execute()
        .testEvents();
  }

  private static Throwable failureOf(Events events) {
    return events.failed().stream().findFirst()
        .flatMap(event -> event.getPayload(TestExecutionResult.class))
        .flatMap(TestExecutionResult::getThrowable)
        .orElseThrow();
  }

  private static String publishedSeed(Events events) {
    return events.reportingEntryPublished().stream()
        .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .filter(entries -> entries.containsKey(PropertyExtension.SEED_ENTRY))
        .map(entries -> entries.get(PropertyExtension.SEED_ENTRY))
        .findFirst()
        .orElseThrow();
  }

  static class FailingLists {
    @PropertyTest(tries = 200, seed = 42L)
    void elementsAreAtMost100(@ForAll("lists") List<Integer> list) {
      assertThat(list).allMatch(x -> x <= 100);
    }

    static Gen<List<Integer>> lists() {
      return Gen.ints(0, 1000).list(0, 20);
    }
  }

  @Test
  void failingPropertyReportsTheSeedAndTheShrunkCounterexample() {
    Events events = run(FailingLists.class);

    events.assertStatistics(stats -> stats.started(1).failed(1));
    assertThat(failureOf(events))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seed 42")
        .hasMessageContaining("Shrunk counterexample:\n  [101]\n")
        .hasMessageContaining("@PropertyTest(seed = 42L)");
    assertThat(publishedSeed(events)).isEqualTo("42");
  }

  static class PassingPairs {
    static final AtomicInteger TRIES = new AtomicInteger();

    @PropertyTest(tries = 37)
    void additionCommutes(@ForAll("small") int a, TestInfo info, @ForAll("small") int b) {
      TRIES.incrementAndGet();
      assertThat(info.getDisplayName()).startsWith("additionCommutes");
      assertThat(a + b).isEqualTo(b + a);
    }

    Gen<Integer> small() {
      return Gen.ints(-100, 100);
    }
  }

  @Test
  void passingPropertyRunsEveryTryWithOtherParametersResolvedAndPublishesARandomSeed() {
    PassingPairs.TRIES.set(0);

    Events events = run(PassingPairs.class);

    events.assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(PassingPairs.TRIES).hasValue(37);
    assertThat(Long.parseLong(publishedSeed(events))).isNotEqualTo(PropertyTest.RANDOM_SEED);
  }

  static class ThrowingLongs {
    @PropertyTest(seed = 3L)
    void belowTen(@ForAll("numbers") long number) {
      if (number >= 10) {
        throw new IllegalArgumentException("too big: " + number);
      }
    }

    static Gen<Long> numbers() {
      return Gen.longs(0, 1_000_000);
    }
  }

  @Test
  void anyExceptionFailsAndShrinksToTheBoundary() {
    Throwable failure = failureOf(run(ThrowingLongs.class));

    assertThat(failure)
        .hasMessageContaining("Shrunk counterexample:\n  10\n")
        .hasMessageContaining("Failure: java.lang.IllegalArgumentException: too big: 10");
    assertThat(failure.getCause()).isInstanceOf(IllegalArgumentException.class);
  }

  static class MissingGenerator {
    @PropertyTest
    void usesAnUnknownGenerator(@ForAll("nowhere") int value) {}
  }

  @Test
  void unknownGeneratorNameIsAConfigurationError() {
    assertThat(failureOf(run(MissingGenerator.class)))
        .hasMessageContaining("@ForAll(\"nowhere\") names no method nowhere() returning a Gen");
  }
}
