package nl.schuldhulp.workflow.jackson.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.casefile.Event;
import org.junit.jupiter.api.Test;

/**
 * Broken input never escapes as anything but an {@link EventFormatException} with located
 * problems, and whatever is read is read whole (issue 5): lines of the golden file are truncated,
 * cut, spliced with JSON tokens, hostile numbers, deep nesting and bad characters.
 */
class FuzzProperties {
  private static final EventJson JSON = EventJson.ofDefaults();
  private static final List<String> GOLDEN = GoldenFileTest.text(GoldenFileTest.golden()).lines().toList();
  private static final String[] TOKENS = {
    "{", "}", "[", "]", "\"", ":", ",", "\\", " ", "null", "true", "-1", "0", "1.5", "1e999", "-0",
    "99999999999999999999", "\"x\"", "\"\"", "{}", "[]", "\u0000", "\uD800", "\uFEFF", "\n", "\r",
    "\"schema\":1,", "\"type\":\"Nope\",", "\"version\":1,", "\"from\":\"x\",", "[[[[[[[[[[[[[[[[[[[[[[", "\"\\u",
  };

  @Test
  void aMutatedLineReadsWholeOrFailsWithLocatedProblems() {
    SeededProperty.of("mutated line", 1_337L, 5_000).check(FuzzProperties::mutatedLine, line -> {
      Event event;
      try {
        event = JSON.read(line);
      } catch (EventFormatException e) {
        assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
          assertThat(problem.line()).isEqualTo(1);
          assertThat(problem.pointer()).matches("(/[^/]*)*");
          assertThat(problem.message()).isNotBlank();
        });
        return;
      }
      assertThat(JSON.read(JSON.write(event))).isEqualTo(event);
    });
  }

  @Test
  void aMutatedStreamImportsEveryLineOrReportsEveryProblemByLine() {
    SeededProperty.of("mutated stream", 4_242L, 1_000).check(FuzzProperties::mutatedStream, text -> {
      List<Event> events;
      try {
        events = JSON.readLines(text);
      } catch (EventFormatException e) {
        int lines = text.split("\n", -1).length;
        assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.line()).isBetween(1, lines));
        assertThat(e.problems()).extracting(EventProblem::line).isSorted();
        return;
      }
      long nonBlank = text.lines().filter(line -> !line.isBlank()).count();
      assertThat(events).hasSize((int) nonBlank);
      assertThat(JSON.readLines(JSON.writeLines(events))).isEqualTo(events);
    });
  }

  static String mutatedLine(Draws d) {
    StringBuilder line = new StringBuilder(d.oneOf(GOLDEN));
    for (int count = 1 + d.below(3); count > 0; count--) {
      mutate(line, d);
    }
    return line.toString();
  }

  static String mutatedStream(Draws d) {
    List<String> lines = new ArrayList<>(GOLDEN.subList(0, d.below(GOLDEN.size() + 1)));
    for (int count = d.below(3); count > 0 && !lines.isEmpty(); count--) {
      int index = d.below(lines.size());
      switch (d.below(4)) {
        case 0:
          lines.remove(index);
          break;
        case 1:
          lines.add(index, lines.get(index));
          break;
        case 2:
          lines.set(index, "");
          break;
        default:
          StringBuilder line = new StringBuilder(lines.get(index));
          mutate(line, d);
          lines.set(index, line.toString());
      }
    }
    return String.join(d.bool() ? "\n" : "\r\n", lines) + (d.bool() ? "\n" : "");
  }

  private static void mutate(StringBuilder line, Draws d) {
    int at = d.below(line.length() + 1);
    switch (d.below(5)) {
      case 0:
        line.setLength(at);
        break;
      case 1:
        line.delete(at, Math.min(line.length(), at + 1 + d.below(12)));
        break;
      case 2:
        line.insert(at, d.oneOf(TOKENS));
        break;
      case 3:
        line.replace(at, Math.min(line.length(), at + 1 + d.below(4)), d.oneOf(TOKENS));
        break;
      default:
        line.insert(at, "[".repeat(d.below(200)));
    }
  }
}
