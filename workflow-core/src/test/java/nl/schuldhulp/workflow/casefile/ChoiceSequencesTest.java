package nl.schuldhulp.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The property runner itself: it reports the seed and shrinks a failure to a small counterexample. */
class ChoiceSequencesTest {

  /** Fails once the list holds two odd choices. */
  private static final Consumer<List<Long>> AT_MOST_ONE_ODD = choices -> {
    if (choices.stream().filter(choice -> choice % 2 != 0).count() >= 2) {
      throw new AssertionError("two odd choices");
    }
  };

  @Test
  void shrinkingKeepsOnlyTheChoicesTheFailureNeeds() {
    List<Long> shrunk = ChoiceSequences.shrink(AT_MOST_ONE_ODD, List.of(2L, 3L, 4L, 6L, 5L, 8L, 7L));

    assertThat(shrunk).hasSize(2).allMatch(choice -> choice % 2 != 0);
  }

  @Test
  void aFailingPropertyNamesTheSeedAndTheShrunkCounterexample() {
    assertThatThrownBy(() -> ChoiceSequences.forAll("odd", 10, 20, AT_MOST_ONE_ODD, List::toString))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seed " + ChoiceSequences.SEED)
        .hasMessageContaining("to 2 steps");
  }
}
