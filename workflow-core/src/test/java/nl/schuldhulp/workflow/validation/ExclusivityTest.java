package nl.schuldhulp.workflow.validation;

import static nl.schuldhulp.workflow.definition.Guard.accessGranted;
import static nl.schuldhulp.workflow.definition.Guard.allOf;
import static nl.schuldhulp.workflow.definition.Guard.always;
import static nl.schuldhulp.workflow.definition.Guard.anyOf;
import static nl.schuldhulp.workflow.definition.Guard.factEquals;
import static nl.schuldhulp.workflow.definition.Guard.flagSet;
import static nl.schuldhulp.workflow.definition.Guard.not;
import static nl.schuldhulp.workflow.definition.Guard.requiredTasksDone;
import static nl.schuldhulp.workflow.definition.Guard.scoreAtLeast;
import static org.assertj.core.api.Assertions.assertThat;

import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import org.junit.jupiter.api.Test;

/** Which pairs of guards the ambiguity check treats as exclusive (ADR 0010). */
class ExclusivityTest {

  @Test
  void differentValuesOfOneFactAreExclusive() {
    assertExclusive(factEquals("spoor", "1"), factEquals("spoor", "2"));
    assertExclusive(
        allOf(factEquals("spoor", "1"), accessGranted()),
        allOf(requiredTasksDone(), allOf(factEquals("spoor", "3"))));
  }

  @Test
  void aGuardAndItsNegationAreExclusive() {
    Guard ready = allOf(requiredTasksDone(), scoreAtLeast("financien", 3));
    assertExclusive(ready, not(ready));
    assertExclusive(allOf(accessGranted(), flagSet(Flag.CRISIS)), not(accessGranted()));
  }

  @Test
  void anAnyOfOverOneFactAllowsTheUnionOfItsValues() {
    Guard oneOrTwo = anyOf(factEquals("spoor", "1"), factEquals("spoor", "2"));
    assertExclusive(oneOrTwo, factEquals("spoor", "3"));
    assertOverlapping(oneOrTwo, factEquals("spoor", "2"));
    assertExclusive(allOf(oneOrTwo, factEquals("spoor", "1")), factEquals("spoor", "2"));
  }

  @Test
  void everythingElseMayOverlap() {
    assertOverlapping(always(), factEquals("spoor", "1"));
    assertOverlapping(factEquals("spoor", "1"), factEquals("rijp", "nee"));
    assertOverlapping(anyOf(factEquals("spoor", "1"), accessGranted()), factEquals("spoor", "2"));
    assertOverlapping(not(allOf(accessGranted(), requiredTasksDone())), accessGranted());
    assertOverlapping(scoreAtLeast("financien", 3), not(scoreAtLeast("financien", 2)));
  }

  private static void assertExclusive(Guard a, Guard b) {
    assertThat(Exclusivity.exclusive(a, b)).as("%s vs %s", a, b).isTrue();
    assertThat(Exclusivity.exclusive(b, a)).as("%s vs %s", b, a).isTrue();
  }

  private static void assertOverlapping(Guard a, Guard b) {
    assertThat(Exclusivity.exclusive(a, b)).as("%s vs %s", a, b).isFalse();
    assertThat(Exclusivity.exclusive(b, a)).as("%s vs %s", b, a).isFalse();
  }
}
