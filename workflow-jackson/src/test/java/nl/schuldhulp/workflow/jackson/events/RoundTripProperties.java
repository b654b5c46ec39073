package nl.schuldhulp.workflow.jackson.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Event;
import nl.schuldhulp.workflow.jackson.Draws;
import nl.schuldhulp.workflow.testkit.junit.ForAll;
import nl.schuldhulp.workflow.testkit.junit.PropertyTest;
import nl.schuldhulp.workflow.testkit.property.Gen;
import nl.schuldhulp.workflow.testkit.property.Property;
import nl.schuldhulp.workflow.testkit.property.PropertyResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/** Events round-trip exactly, one by one and as a JSON Lines stream written as UTF-8 (issue 5, R-03). */
class RoundTripProperties {
  private static final EventJson JSON = EventJson.ofDefaults();

  /** 200 tries per change type, each type a property of its own so that rare types get as many. */
  @Test
  void everyEventTypeReadsBackEqualToWhatWasWritten(TestReporter reporter) {
    for (Class<? extends Change> type : EventGenerator.TYPES) {
      PropertyResult<Event> result = Property.forAll(Draws.gen(d -> EventGenerator.event(d, type, 1 + d.below(1_000_000))))
          .tries(200)
          .checkAssert(event -> {
            String line = JSON.write(event);
            assertThat(line).doesNotContain("\n", "\r");
            assertThat(JSON.read(line)).isEqualTo(event);
            assertThat(JSON.write(JSON.read(line))).isEqualTo(line);
          });
      reporter.publishEntry("workflow.testkit.seed", type.getSimpleName() + " " + result.seed());
      result.assertPassed();
    }
  }

  static Gen<List<Event>> streams() {
    return Draws.gen(EventGenerator::stream);
  }

  @PropertyTest(tries = 500)
  void aCaseStreamWrittenAsUtf8ReadsBackEqual(@ForAll("streams") List<Event> events) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JSON.writeLines(events, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    List<Event> read = JSON.readLines(new InputStreamReader(new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8));
    assertThat(read).containsExactlyElementsOf(events);
  }

  @Test
  void theGeneratedTextsShrinkToTheSimplestCounterexample() {
    // A deliberately false property: no text holds a quote. The simplest counterexample is one quote.
    PropertyResult<String> result = Property.forAll(Draws.gen(EventGenerator::text)).seed(1L).tries(1_000)
        .check(text -> !text.contains("\""));

    assertThat(result).isInstanceOf(PropertyResult.Failed.class);
    assertThat(((PropertyResult.Failed<String>) result).shrunk()).isEqualTo("\"");
  }
}
