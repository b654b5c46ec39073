package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.testing.SeededCheck;
import org.junit.jupiter.api.Test;

/** A window code gives back the kind and days it was made of, for every kind and any day of a realistic range. */
class WindowCodeProperties {
  /** A window: kind ordinal, first day, end day (or {@link CaseTimeline#NEVER}). */
  record Window(int kind, long from, long until) {}

  @Test
  void aWindowCodeDecodesToItsKindAndDays() {
    SeededCheck.forAll("window codes round-trip", WindowCodeProperties::window, WindowCodeProperties::shrink)
        .holds(2_000, window -> {
          long code = SignalIndex.code(SignalKind.values()[window.kind()], window.from(), window.until());
          assertThat(SignalIndex.kind(code)).isEqualTo(window.kind());
          assertThat(SignalIndex.from(code)).isEqualTo(window.from());
          assertThat(SignalIndex.until(code)).isEqualTo(window.until());
        });
  }

  @Test
  void distinctWindowsHaveDistinctCodes() {
    SeededCheck.forAll("distinct windows, distinct codes", random -> new Window[] {window(random), window(random)},
            pair -> Stream.<Window[]>empty())
        .holds(2_000, pair -> {
          long first = SignalIndex.code(SignalKind.values()[pair[0].kind()], pair[0].from(), pair[0].until());
          long second = SignalIndex.code(SignalKind.values()[pair[1].kind()], pair[1].from(), pair[1].until());
          assertThat(first == second).isEqualTo(pair[0].equals(pair[1]));
        });
  }

  private static Window window(Random random) {
    int kind = random.nextInt(SignalKind.values().length);
    long from = random.nextInt(4) == 0 ? random.nextInt(5) - 2 : 19_000 + random.nextInt(3_000) - random.nextInt(1_000_000);
    long until = random.nextInt(3) == 0 ? CaseTimeline.NEVER : from + 1 + random.nextInt(800);
    return new Window(kind, from, until);
  }

  private static Stream<Window> shrink(Window window) {
    return Stream.of(new Window(0, window.from(), window.until()), new Window(window.kind(), 0, window.until()),
        new Window(window.kind(), window.from(), CaseTimeline.NEVER)).filter(smaller -> !smaller.equals(window));
  }
}
