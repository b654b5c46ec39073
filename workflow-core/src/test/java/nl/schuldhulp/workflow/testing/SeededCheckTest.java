package nl.schuldhulp.workflow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SeededCheckTest {

  private static Stream<Integer> smaller(int n) {
    return n > 0 ? Stream.of(n / 2, n - 1) : Stream.empty();
  }

  @Test
  void aFailureNamesTheSeedAndTheShrunkCounterexample() {
    SeededCheck<Integer> check = SeededCheck.forAll("below 10", random -> random.nextInt(1_000),
        SeededCheckTest::smaller);

    assertThatThrownBy(() -> check.holds(100, n -> assertThat(n).isLessThan(10)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Property 'below 10' failed on try ")
        .hasMessageContaining("shrunk counterexample: 10\n")
        .hasMessageMatching("(?s).*\\(seed (-?\\d+)\\).*Reproduce with -Dworkflow\\.testkit\\.seed=-?\\d+")
        .cause().isInstanceOf(AssertionError.class);
  }

  @Test
  void shrinkingKeepsOnlyCandidatesThatFailTheSameWay() {
    SeededCheck<Integer> check = SeededCheck.forAll("two bugs", random -> 900, SeededCheckTest::smaller);

    assertThatThrownBy(() -> check.holds(1, n -> {
      if (n >= 500) {
        throw new IllegalStateException("large bug at " + n);
      }
      assertThat(n).isLessThan(10);
    }))
        .hasMessageContaining("shrunk counterexample: 500\n")
        .cause().isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theSameSeedGivesTheSameInputs() {
    String before = System.getProperty(SeededCheck.SEED_PROPERTY);
    System.setProperty(SeededCheck.SEED_PROPERTY, "42");
    try {
      List<Integer> first = new ArrayList<>();
      List<Integer> second = new ArrayList<>();
      SeededCheck<Integer> check = SeededCheck.forAll("collect", random -> random.nextInt());
      check.holds(20, first::add);
      check.holds(20, second::add);
      assertThat(first).hasSize(20).isEqualTo(second).doesNotHaveDuplicates();
    } finally {
      if (before == null) {
        System.clearProperty(SeededCheck.SEED_PROPERTY);
      } else {
        System.setProperty(SeededCheck.SEED_PROPERTY, before);
      }
    }
  }
}
