package nl.schuldhulp.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Near misses get the nearest existing id; far misses get no suggestion. */
class SuggestionsTest {
  private static final List<String> STEPS =
      List.of("melding", "huisbezoek", "driegesprek-advies", "driegesprek-aanbod", "nazorg");

  @Test
  void countsATranspositionAsOneEdit() {
    assertThat(Suggestions.distance("huisbezoke", "huisbezoek")).isEqualTo(1);
    assertThat(Suggestions.distance("huisbezoek", "huisbezoek")).isZero();
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void suggestsTheNearestCloseId() {
    assertThat(Suggestions.nearest("huisbezoke", STEPS)).contains("huisbezoek");
    assertThat(Suggestions.nearest("driegesprek-aanbot", STEPS)).contains("driegesprek-aanbod");
    assertThat(Suggestions.nearest("nazrog", STEPS)).contains("nazorg");
  }

  @Test
  void suggestsNothingWhenEveryIdIsFar() {
    assertThat(Suggestions.nearest("schuldregeling", STEPS)).isEmpty();
    assertThat(Suggestions.nearest("intake", STEPS)).isEmpty();
  }

  @Test
  void toleratesMoreEditsInLongerIds() {
    assertThat(Suggestions.tolerance("sdv")).isEqualTo(1);
    assertThat(Suggestions.tolerance("melding")).isEqualTo(2);
    assertThat(Suggestions.tolerance("huisbezoek")).isEqualTo(3);
  }
}
