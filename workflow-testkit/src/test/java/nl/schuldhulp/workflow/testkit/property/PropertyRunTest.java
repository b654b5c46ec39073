package nl.schuldhulp.workflow.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyRunTest {

  private static final Gen<List<Integer>> LISTS = Gen.ints(0, 1000).list(0, 30);

  @Test
  void truePropertyPassesWithTheNumberOfTries() {
    var result = Property.forAll(LISTS).tries(250).seed(5L).check(list -> list.size() <= 30);

    assertThat(result).isEqualTo(new PropertyResult.Passed<>(5L, 250));
    assertThat(result.report()).isEqualTo("Property held for 250 tries (seed 5).");
  }

  @Test
  void falsePropertyFailsWithSeedTryOriginalAndShrunkCounterexample() {
    var result = Property.forAll(LISTS).seed(42L).check(list -> list.stream().allMatch(x -> x <= 100));

    assertThat(result.passed()).isFalse();
    var failed = (PropertyResult.Failed<List<Integer>>) result;
    assertThat(failed.seed()).isEqualTo(42L);
    assertThat(failed.tries()).isBetween(1, 100);
    assertThat(failed.original()).anyMatch(x -> x > 100);
    assertThat(failed.shrunk()).containsExactly(101);
    assertThat(failed.shrinks()).isPositive();
    assertThat(failed.failure()).hasMessage("property returned false");
    assertThat(failed.report())
        .startsWith("Property failed on try " + failed.tries() + " of 100 (seed 42)")
        .contains("Shrunk counterexample:\n  [101]\n")
        .contains("Original counterexample:\n  " + failed.original())
        .contains("-Dworkflow.testkit.seed=42");
  }

  @Test
  void assertPassedThrowsAnAssertionErrorThatSaysHowToReproduce() {
    var result = Property.forAll(LISTS).seed(8L)
        .checkAssert(list -> assertThat(list).allMatch(x -> x <= 100));

    assertThatThrownBy(result::assertPassed)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seed 8")
        .hasMessageContaining("[101]")
        .hasMessageContaining("Reproduce with seed 8: .seed(8L)")
        .cause().isInstanceOf(AssertionError.class);
  }

  @Test
  void sameSeedGivesTheSameValues() {
    List<List<Integer>> first = new ArrayList<>();
    List<List<Integer>> second = new ArrayList<>();

    Property.forAll(LISTS).seed(123L).tries(20).check(first::add);
    Property.forAll(LISTS).seed(123L).tries(20).check(second::add);
    List<List<Integer>> other = new ArrayList<>();
    Property.forAll(LISTS).seed(124L).tries(20).check(other::add);

    assertThat(second).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void seedComesFromTheSystemPropertyWhenNotGiven() {
    String previous = System.getProperty("workflow.testkit.seed");
    System.setProperty("workflow.testkit.seed", "777");
    try {
      assertThat(Property.forAll(LISTS).check(list -> true).seed()).isEqualTo(777L);
      assertThat(Property.forAll(LISTS).seed(1L).check(list -> true).seed()).isEqualTo(1L);
    } finally {
      if (previous == null) {
        System.clearProperty("workflow.testkit.seed");
      } else {
        System.setProperty("workflow.testkit.seed", previous);
      }
    }
  }

  @Test
  void shrinkingStaysWithTheOriginalKindOfFailure() {
    // small lists fail with an exception, big ones with an assertion: shrinking the assertion
    // failure must not slide to the smaller, unrelated exception
    var failed = (PropertyResult.Failed<List<Integer>>) Property.forAll(LISTS).seed(4L)
        .checkAssert(list -> {
          if (list.size() == 1) {
            throw new IllegalStateException("unrelated bug");
          }
          assertThat(list).hasSizeLessThan(3);
        });

    assertThat(failed.failure()).isInstanceOf(AssertionError.class);
    assertThat(failed.shrunk()).containsExactly(0, 0, 0);
  }
}
