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
import org.junit.jupiter.api.Test;

/** Events round-trip exactly, one by one and as a JSON Lines stream written as UTF-8 (issue 5, R-03). */
class RoundTripProperties {
  private static final EventJson JSON = EventJson.ofDefaults();

  @Test
  void everyEventTypeReadsBackEqualToWhatWasWritten() {
    for (Class<? extends Change> type : EventGenerator.TYPES) {
      SeededProperty.of("round trip of " + type.getSimpleName(), 5_000L + type.getSimpleName().hashCode(), 200)
          .check(d -> EventGenerator.event(d, type, 1 + d.below(1_000_000)), event -> {
            String line = JSON.write(event);
            assertThat(line).doesNotContain("\n", "\r");
            assertThat(JSON.read(line)).isEqualTo(event);
            assertThat(JSON.write(JSON.read(line))).isEqualTo(line);
          });
    }
  }

  @Test
  void aCaseStreamWrittenAsUtf8ReadsBackEqual() {
    SeededProperty.of("JSON Lines stream round trip", 20_260_302L, 500).check(EventGenerator::stream, events -> {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      JSON.writeLines(events, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
      List<Event> read = JSON.readLines(new InputStreamReader(new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8));
      assertThat(read).containsExactlyElementsOf(events);
    });
  }

  @Test
  void theShrinkerFindsTheSimplestFailingChoices() {
    // A deliberately false property: no text holds a quote. The simplest counterexample is one quote.
    List<Integer> failing = List.of(1, 7, 3, 6, 0, 2, 6, 9);
    List<Integer> shrunk = SeededProperty.shrink(failing, choices -> EventGenerator.text(Draws.replay(choices)).contains("\""));
    assertThat(EventGenerator.text(Draws.replay(shrunk))).isEqualTo("\"");
  }
}
