package nl.schuldhulp.workflow.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShrinkingTest {

  private static <T> PropertyResult.Failed<T> failed(PropertyResult<T> result) {
    assertThat(result).isInstanceOf(PropertyResult.Failed.class);
    return (PropertyResult.Failed<T>) result;
  }

  @Test
  void listWithAnElementAbove100ShrinksToTheSingleElementList101() {
    for (long seed = 1; seed <= 100; seed++) {
      var result = Property.forAll(Gen.ints(0, 1000).list(0, 30))
          .seed(seed)
          .check(list -> list.stream().allMatch(x -> x <= 100));

      assertThat(failed(result).shrunk()).as("seed %s", seed).isEqualTo(List.of(101));
    }
  }

  @Test
  void integersShrinkTowardsZeroFromBothSides() {
    var positive = Property.forAll(Gen.ints(-1000, 1000)).seed(3L).tries(1000)
        .check(x -> x < 37);
    var negative = Property.forAll(Gen.ints(-1000, 1000)).seed(3L).tries(1000)
        .check(x -> x > -37);

    assertThat(failed(positive).shrunk()).isEqualTo(37);
    assertThat(failed(negative).shrunk()).isEqualTo(-37);
  }
}
