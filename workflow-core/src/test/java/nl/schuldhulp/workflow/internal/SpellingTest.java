package nl.schuldhulp.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Near misses get the nearest existing name; far misses get no suggestion (D22: one implementation). */
class SpellingTest {
  private static final List<String> STEPS =
      List.of("melding", "huisbezoek", "driegesprek-advies", "driegesprek-aanbod", "nazorg");

  @Test
  void countsATranspositionAsOneEdit() {
    assertThat(Spelling.distance("huisbezoke", "huisbezoek")).isEqualTo(1);
    assertThat(Spelling.distance("huisbezoek", "huisbezoek")).isZero();
    assertThat(Spelling.distance("", "abc")).isEqualTo(3);
    assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void suggestsTheNearestCloseName() {
    assertThat(Spelling.closest("huisbezoke", STEPS)).contains("huisbezoek");
    assertThat(Spelling.closest("driegesprek-aanbot", STEPS)).contains("driegesprek-aanbod");
    assertThat(Spelling.closest("nazrog", STEPS)).contains("nazorg");
  }

  @Test
  void ignoresCaseButNeverSuggestsTheNameItself() {
    assertThat(Spelling.closest("INTAK", List.of("REGISTRATION", "INTAKE"))).contains("INTAKE");
    assertThat(Spelling.closest("Nazorg", STEPS)).contains("nazorg");
    assertThat(Spelling.closest("nazorg", STEPS)).isEmpty();
  }

  @Test
  void suggestsNothingWhenEveryNameIsFar() {
    assertThat(Spelling.closest("schuldregeling", STEPS)).isEmpty();
    assertThat(Spelling.closest("intake", STEPS)).isEmpty();
  }

  @Test
  void givesATieToTheCandidateThatComesFirst() {
    assertThat(Spelling.closest("ab", List.of("ax", "ay"))).contains("ax");
  }

  @Test
  void toleratesMoreEditsInLongerNames() {
    assertThat(Spelling.tolerance("sdv")).isEqualTo(1);
    assertThat(Spelling.tolerance("melding")).isEqualTo(2);
    assertThat(Spelling.tolerance("huisbezoek")).isEqualTo(3);
    assertThat(Spelling.closest("workdays", List.of("days", "workingDays", "weeks", "months"))).contains("workingDays");
  }
}
