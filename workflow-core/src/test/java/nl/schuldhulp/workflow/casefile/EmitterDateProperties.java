package nl.schuldhulp.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.util.Random;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.testing.SeededCheck;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * The emitter reads a command's date from the zone's offset table ({@code internal.ZoneDays},
 * shared with the agenda); whatever was read before, it is the date {@code LocalDate.ofInstant}
 * gives. Seeded with the core tests' {@link SeededCheck}; a counterexample is the instant read
 * before and the instant read, shrunk towards each other.
 */
class EmitterDateProperties {
  private static final long[] NEAR = {-3_600_000_000_000L, -1_000_000_000L, -1, 0, 1, 1_000_000_000L, 3_600_000_000_000L};
  private static final long FROM = Instant.parse("1850-01-01T00:00:00Z").getEpochSecond();
  /** Before Amsterdam's first offset change (1835), so in a period that ends before FROM. */
  private static final Instant LONG_AGO = Instant.parse("1800-01-01T00:00:00Z");
  private static final long TO = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();

  /**
   * One read after another.
   *
   * @param before the instant whose date was read first, filling the cache
   * @param at the instant whose date is read next
   */
  record Reads(Instant before, Instant at) {}

  @Test
  void readsTheZoneRulesDateWhateverWasReadBefore() {
    SeededCheck.forAll("emitter date == LocalDate.ofInstant", EmitterDateProperties::reads, EmitterDateProperties::closer)
        .holds(20_000, reads -> {
          Emitter.dateOf(LONG_AGO); // the cache holds the period of LONG_AGO: reading before fills it anew
          assertSameDate(reads.before());
          assertSameDate(reads.at());
        });
  }

  @Test
  void readsTheZoneRulesDateAroundEveryOffsetChangeForwardsAndBackwards() {
    Instant at = Instant.parse("1900-01-01T00:00:00Z");
    Instant end = Instant.parse("2100-01-01T00:00:00Z");
    ZoneOffsetTransition change;
    while ((change = BusinessCalendar.ZONE.getRules().nextTransition(at)) != null && change.getInstant().isBefore(end)) {
      for (int i = 0; i < NEAR.length; i++) {
        assertSameDate(change.getInstant().plusNanos(NEAR[i]));
      }
      for (int i = NEAR.length - 1; i >= 0; i--) {
        assertSameDate(change.getInstant().plusNanos(NEAR[i]));
      }
      at = change.getInstant();
    }
  }

  private static void assertSameDate(Instant at) {
    assertThat(Emitter.dateOf(at)).as("date of %s", at).isEqualTo(LocalDate.ofInstant(at, BusinessCalendar.ZONE));
  }

  /** Half of the reads near an offset change; the later read mostly shortly after the first, as commands come. */
  private static Reads reads(Random random) {
    Instant before = random.nextBoolean() ? anywhere(random) : nearAChange(random);
    Instant at = switch (random.nextInt(3)) {
      case 0 -> before.plusSeconds(random.nextInt(3 * 86_400)).plusNanos(random.nextInt(1_000_000_000));
      case 1 -> nearAChange(random);
      default -> anywhere(random);
    };
    return new Reads(before, at);
  }

  private static Instant anywhere(Random random) {
    return Instant.ofEpochSecond(FROM + (long) (random.nextDouble() * (TO - FROM)), random.nextInt(1_000_000_000));
  }

  private static Instant nearAChange(Random random) {
    Instant change = BusinessCalendar.ZONE.getRules().nextTransition(anywhere(random)).getInstant();
    return change.plusNanos(NEAR[random.nextInt(NEAR.length)]);
  }

  /** Whole seconds, then the two reads closer together. */
  private static Stream<Reads> closer(Reads reads) {
    Instant middle = Instant.ofEpochSecond(
        Math.floorDiv(reads.before().getEpochSecond() + reads.at().getEpochSecond(), 2));
    return Stream.of(
            new Reads(reads.before(), reads.at().minusNanos(reads.at().getNano())),
            new Reads(reads.before().minusNanos(reads.before().getNano()), reads.at()),
            new Reads(middle, reads.at()),
            new Reads(reads.before(), middle))
        .filter(candidate -> !candidate.equals(reads));
  }
}
