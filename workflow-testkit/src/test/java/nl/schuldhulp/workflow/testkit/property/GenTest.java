package nl.schuldhulp.workflow.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GenTest {

  private static <T> List<T> sample(Gen<T> gen, int count) {
    Source source = Source.random(20261123L);
    return IntStream.range(0, count).mapToObj(i -> gen.generate(source)).toList();
  }

  @Test
  void intsStayWithinTheirRangeAndReachBothEnds() {
    assertThat(sample(Gen.ints(-3, 4), 500)).allMatch(x -> -3 <= x && x <= 4)
        .contains(-3, 4);
  }

  @Test
  void listsHaveSizesWithinTheRange() {
    List<List<Integer>> lists = sample(Gen.ints(0, 9).list(2, 6), 500);

    assertThat(lists).allMatch(list -> 2 <= list.size() && list.size() <= 6);
    assertThat(lists.stream().map(List::size).distinct()).contains(2, 6);
  }

  @Test
  void frequencyFollowsTheWeights() {
    Map<String, Long> counts = sample(Gen.frequency(
            Gen.weighted(9, Gen.constant("valid")), Gen.weighted(1, Gen.constant("invalid"))), 2000)
        .stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

    assertThat(counts.get("valid")).isGreaterThan(4 * counts.get("invalid"));
    assertThat(counts.get("invalid")).isPositive();
  }

  @Test
  void oneOfElementsMapAndFlatMapCombine() {
    Gen<String> gen = Gen.oneOf(Gen.elements("x", "y"), Gen.ints(1, 3).map(String::valueOf))
        .flatMap(first -> Gen.elements(List.of("!", "?")).map(second -> first + second));

    assertThat(sample(gen, 300)).allMatch(s -> s.matches("[xy123][!?]"))
        .contains("x!", "y?", "1!", "3?");
  }

  @Test
  void flatMapLetsTheNextValueDependOnThePreviousOne() {
    Gen<List<Integer>> gen = Gen.ints(1, 5).flatMap(size -> Gen.ints(0, 9).list(size, size));

    assertThat(sample(gen, 200)).allMatch(list -> 1 <= list.size() && list.size() <= 5);
  }

  @Test
  void filterKeepsOnlyMatchingValues() {
    assertThat(sample(Gen.ints(0, 100).filter(x -> x % 2 == 0), 300)).allMatch(x -> x % 2 == 0);
  }

  @Test
  void filterThatRejectsEverythingGivesUpWithAClearMessage() {
    Property<Integer> impossible = Property.forAll(Gen.ints(0, 100).filter(x -> x > 100));

    assertThatThrownBy(() -> impossible.check(x -> true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("filter rejected 100 values in a row");
  }

  @Test
  void badArgumentsAreRejectedWithTheirValues() {
    assertThatThrownBy(() -> Gen.ints(5, 1))
        .hasMessage("min (5) must not exceed max (1)");
    assertThatThrownBy(() -> Gen.ints(0, 1).list(3, 2))
        .hasMessage("need 0 <= min (3) <= max (2)");
    assertThatThrownBy(() -> Gen.weighted(0, Gen.constant(1)))
        .hasMessage("weight (0) must be positive");
    assertThatThrownBy(() -> Gen.elements(List.of()))
        .hasMessage("elements needs at least one value");
  }
}
