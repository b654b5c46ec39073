package nl.schuldhulp.workflow.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SourceTest {

  @Test
  void choicesMapOntoEveryValueOfTheRangeExactlyOnce() {
    long[][] ranges = {{-3, 7}, {-7, 3}, {0, 5}, {4, 9}, {-9, -4}, {-5, 5}, {2, 2}};
    for (long[] range : ranges) {
      long min = range[0];
      long max = range[1];
      Set<Long> values = new HashSet<>();
      for (long choice = 0; choice <= max - min; choice++) {
        values.add(Source.valueOf(choice, min, max));
      }
      assertThat(values).as("[%s, %s]", min, max)
          .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(min, max).boxed().toList());
    }
  }

  @Test
  void smallerChoicesAreValuesNearerToTheSimplest() {
    assertThat(LongStream.rangeClosed(0, 6).map(c -> Source.valueOf(c, -3, 10)).boxed())
        .containsExactly(0L, 1L, -1L, 2L, -2L, 3L, -3L);
    assertThat(LongStream.rangeClosed(0, 3).map(c -> Source.valueOf(c, 4, 9)).boxed())
        .containsExactly(4L, 5L, 6L, 7L);
    assertThat(LongStream.rangeClosed(0, 3).map(c -> Source.valueOf(c, -9, -4)).boxed())
        .containsExactly(-4L, -5L, -6L, -7L);
  }

  @Test
  void theWidestAllowedRangeWorksAtBothEnds() {
    assertThat(Source.valueOf(Long.MAX_VALUE, 0, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    assertThat(Source.valueOf(Long.MAX_VALUE, -Long.MAX_VALUE / 2 - 1, Long.MAX_VALUE / 2))
        .isEqualTo(-Long.MAX_VALUE / 2 - 1);
    assertThat(Source.random(1L).choose(Long.MIN_VALUE, -1)).isNegative();
    assertThatThrownBy(() -> Source.random(1L).choose(Long.MIN_VALUE, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wider than Long.MAX_VALUE");
  }

  @Test
  void replayRecreatesTheValueAndPadsWithTheSimplestChoice() {
    Gen<Object> gen = Gen.zip(Gen.ints(-50, 50).list(0, 10), Gen.elements("a", "b", "c"),
        (list, letter) -> list + letter);
    Source random = Source.random(99L);
    Object value = gen.generate(random);

    assertThat(gen.generate(Source.replay(random.choices()))).isEqualTo(value);
    assertThat(gen.generate(Source.replay(new long[0]))).isEqualTo("[]a");
  }

  @Test
  void replayClampsAChoiceToItsRange() {
    Source source = Source.replay(new long[] {500});

    assertThat(source.choose(0, 9)).isEqualTo(9);
    assertThat(source.choices()).containsExactly(9);
  }
}
