package nl.schuldhulp.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.util.Random;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** The emitter's cached command date equals {@code LocalDate.ofInstant} in Europe/Amsterdam. */
class EmitterDateProperties {
  private static final long SEED = 20261123L;

  @Test
  void readsTheSameDateAsTheZoneRulesAroundEveryOffsetChange() {
    Instant at = Instant.parse("1990-01-01T00:00:00Z");
    Instant end = Instant.parse("2060-01-01T00:00:00Z");
    while (at.isBefore(end)) {
      ZoneOffsetTransition next = BusinessCalendar.ZONE.getRules().nextTransition(at);
      Instant change = next.getInstant();
      for (long nanos : new long[] {-3_600_000_000_000L, -1_000_000_000L, -1, 0, 1, 1_000_000_000L, 3_600_000_000_000L}) {
        Instant probe = change.plusNanos(nanos);
        assertThat(Emitter.dateOf(probe)).as("at %s", probe).isEqualTo(LocalDate.ofInstant(probe, BusinessCalendar.ZONE));
      }
      at = change.plusSeconds(1);
    }
  }

  @Test
  void readsTheSameDateAsTheZoneRulesAtRandomInstantsInAnyOrder() {
    Random random = new Random(SEED);
    long from = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 100_000; i++) {
      Instant probe = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)), random.nextInt(1_000_000_000));
      assertThat(Emitter.dateOf(probe)).as("seed %s, at %s", SEED, probe)
          .isEqualTo(LocalDate.ofInstant(probe, BusinessCalendar.ZONE));
    }
  }
}
