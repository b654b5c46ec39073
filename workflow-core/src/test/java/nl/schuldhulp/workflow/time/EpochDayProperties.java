package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.testing.SeededCheck;
import org.junit.jupiter.api.Test;

/** The day an instant falls on in the municipality's zone is the one {@link LocalDate#ofInstant} gives, also around every change of offset. */
class EpochDayProperties {
  @Test
  void anInstantFallsOnTheDayTheZoneRulesGive() {
    SeededCheck.forAll("the day of an instant is the zone rules' day",
            random -> Instant.ofEpochSecond(-2_300_000_000L + (long) (random.nextDouble() * 8_000_000_000L), random.nextInt(1_000_000_000)),
            at -> Stream.of(Instant.ofEpochSecond(at.getEpochSecond())).filter(smaller -> !smaller.equals(at)))
        .holds(20_000, at -> assertThat(NormClock.date(at)).as("%s", at).isEqualTo(LocalDate.ofInstant(at, BusinessCalendar.ZONE)));
  }

  @Test
  void theDayChangesWhereTheZoneRulesChangeIt() {
    for (ZoneOffsetTransition change = BusinessCalendar.ZONE.getRules().nextTransition(Instant.parse("1960-01-01T00:00:00Z"));
        change.getInstant().isBefore(Instant.parse("2110-01-01T00:00:00Z"));
        change = BusinessCalendar.ZONE.getRules().nextTransition(change.getInstant())) {
      for (long seconds : new long[] {-3601, -3600, -1, 0, 1, 3599, 3600, 7200}) {
        Instant at = change.getInstant().plusSeconds(seconds);
        for (Instant midnight : new Instant[] {at, NormClock.startOf(LocalDate.ofInstant(at, BusinessCalendar.ZONE)).minusNanos(1),
            NormClock.startOf(LocalDate.ofInstant(at, BusinessCalendar.ZONE))}) {
          assertThat(NormClock.date(midnight)).as("%s", midnight).isEqualTo(LocalDate.ofInstant(midnight, BusinessCalendar.ZONE));
        }
      }
    }
  }
}
