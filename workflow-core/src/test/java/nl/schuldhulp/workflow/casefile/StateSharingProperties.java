package nl.schuldhulp.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.testing.SeededCheck;
import org.junit.jupiter.api.Test;

/**
 * The state's shared structures built on the hot path: a list with one element appended (through
 * the fixed-arity {@code List.of} up to ten elements) is the list with that element appended, and
 * a JDK immutable list; regie holders set one kind at a time are the holders set, found again
 * through the recent arrays or the shared ones, whatever was set before. Seeded with the core
 * tests' {@link SeededCheck}; counterexamples are shrunk by dropping elements or settings.
 */
class StateSharingProperties {
  private static final String[] ORGANISATIONS = {"sdv", "buurtteam", "Aa", "BB", "kredietbank"};
  private static final LeadKind[] KINDS = LeadKind.values();

  @Test
  void appendingGivesTheListWithTheElementAppendedAsAnImmutableList() {
    SeededCheck.forAll("plus == append", StateSharingProperties::list, StateSharingProperties::shorter)
        .holds(500, list -> {
          List<String> plus = CaseState.plus(list, "new");
          List<String> expected = new ArrayList<>(list);
          expected.add("new");
          assertThat(plus).isEqualTo(expected);
          assertThat(List.copyOf(plus)).as("List.copyOf keeps an immutable list").isSameAs(plus);
          assertThatThrownBy(() -> plus.add("more")).isInstanceOf(UnsupportedOperationException.class);
        });
  }

  @Test
  void settingHoldersGivesTheHoldersSetSharedByEqualCombinations() {
    SeededCheck.forAll("leads == holders set", StateSharingProperties::settings, StateSharingProperties::shorter)
        .holds(500, settings -> {
          CaseState.Draft draft = CaseState.unregistered(CaseId.of("case")).draft();
          CaseState.Draft other = CaseState.unregistered(CaseId.of("other")).draft();
          String[] expected = new String[KINDS.length];
          for (Setting setting : settings) {
            draft.lead(setting.kind(), setting.organisation());
            other.lead(setting.kind(), new String(setting.organisation()));
            expected[setting.kind().ordinal()] = setting.organisation();
            assertThat(draft.leads).as("after %s", setting).containsExactly(expected);
          }
          assertThat(other.leads).as("an equal combination shares the array").isSameAs(draft.leads);
        });
  }

  /**
   * One holder set.
   *
   * @param kind the kind of regie
   * @param organisation its new holder
   */
  record Setting(LeadKind kind, String organisation) {}

  private static List<String> list(Random random) {
    return IntStream.range(0, random.nextInt(15)).mapToObj(i -> "e" + i).toList();
  }

  private static List<Setting> settings(Random random) {
    return IntStream.range(0, 1 + random.nextInt(8))
        .mapToObj(i -> new Setting(KINDS[random.nextInt(KINDS.length)], ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]))
        .toList();
  }

  private static <T> Stream<List<T>> shorter(List<T> values) {
    return IntStream.range(0, values.size()).mapToObj(drop -> {
      List<T> fewer = new ArrayList<>(values);
      fewer.remove(drop);
      return List.copyOf(fewer);
    });
  }
}
