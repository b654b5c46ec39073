package nl.schuldhulp.workflow.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A toy stack checked against a list model. The implementation has a planted bug: popping a
 * stack of exactly three elements drops two. Popping an empty stack is rejected (state kept).
 */
class StateMachinePropertyTest {

  sealed interface Op permits Push, Pop {}

  record Push(int value) implements Op {}

  record Pop() implements Op {}

  /** The model and the implementation under test, side by side. */
  record Stacks(List<Integer> model, List<Integer> implementation) {
    static final Stacks EMPTY = new Stacks(List.of(), List.of());

    Stacks apply(Op op, boolean buggy) {
      if (op instanceof Push push) {
        return new Stacks(pushed(model, push.value()), pushed(implementation, push.value()));
      }
      if (model.isEmpty()) {
        return this; // rejected: nothing to pop
      }
      int drop = buggy && implementation.size() == 3 ? 2 : 1;
      return new Stacks(model.subList(0, model.size() - 1),
          implementation.subList(0, implementation.size() - drop));
    }

    private static List<Integer> pushed(List<Integer> stack, int value) {
      List<Integer> copy = new ArrayList<>(stack);
      copy.add(value);
      return List.copyOf(copy);
    }
  }

  private static final Gen<Op> PUSH = Gen.ints(0, 1000).map(Push::new);
  private static final Gen<Op> PUSH_OR_POP = Gen.oneOf(PUSH, Gen.constant(new Pop()));

  private static StateMachineProperty<Stacks, Op> stack(boolean buggy) {
    return StateMachineProperty.<Stacks, Op>of(
            () -> Stacks.EMPTY,
            stacks -> stacks.model().isEmpty() ? PUSH : PUSH_OR_POP,
            (stacks, op) -> stacks.apply(op, buggy))
        .invariant(Invariant.of("implementation matches the model",
            stacks -> stacks.model().equals(stacks.implementation())))
        .formatActions(op -> op instanceof Push push ? "push " + push.value() : "pop")
        .formatStates(stacks -> stacks.implementation().toString());
  }

  private static <T> PropertyResult.Failed<T> failed(PropertyResult<T> result) {
    assertThat(result).isInstanceOf(PropertyResult.Failed.class);
    return (PropertyResult.Failed<T>) result;
  }

  @Test
  void correctStackPassesEveryTry() {
    var result = stack(false).tries(50).seed(1L).check();

    assertThat(result).isEqualTo(new PropertyResult.Passed<>(1L, 50));
  }

  @Test
  void plantedBugShrinksToThreePushesOfZeroAndOnePop() {
    for (long seed = 1; seed <= 100; seed++) {
      var failed = failed(stack(true).seed(seed).check());

      assertThat(failed.shrunk()).as("seed %s", seed)
          .containsExactly(new Push(0), new Push(0), new Push(0), new Pop());
      assertThat(failed.original()).hasSizeGreaterThanOrEqualTo(failed.shrunk().size());
    }
  }

  @Test
  void reportShowsTheShrunkSequenceStepByStepAndTheSeed() {
    var failed = failed(stack(true).seed(42L).check());

    assertThat(failed.report())
        .contains("seed 42")
        .contains("""
              initial: []
              1. push 0 -> [0]
              2. push 0 -> [0, 0]
              3. push 0 -> [0, 0, 0]
              4. pop -> [0]
            """)
        .contains("Failure: " + failed.failure())
        .contains(".seed(42L)");
    assertThat(failed.failure())
        .hasMessage("invariant 'implementation matches the model' does not hold after step 4");
  }

  @Test
  void sameSeedGivesTheSameRun() {
    var first = failed(stack(true).seed(7L).check());
    var second = failed(stack(true).seed(7L).check());

    assertThat(second.original()).isEqualTo(first.original());
    assertThat(second.tries()).isEqualTo(first.tries());
    assertThat(second.report()).isEqualTo(first.report());
  }

  @Test
  void actionsThatNoLongerFitAfterShrinkingAreReplayedAndRejected() {
    // pop is generated only on a non-empty stack; removing the pushes before it leaves pops
    // that the step function rejects, and shrinking carries on regardless
    var failed = failed(stack(false).seed(3L).tries(500)
        .stepInvariant(StepInvariant.of("pop never empties a two-element stack",
            (before, op, after) -> !(op instanceof Pop && before.model().size() == 2)))
        .check());

    assertThat(failed.shrunk()).containsExactly(new Push(0), new Push(0), new Pop());
    assertThat(failed.failure())
        .hasMessage("invariant 'pop never empties a two-element stack' does not hold step 3");
  }

  @Test
  void anInvariantBrokenInTheInitialStateFailsWithAnEmptySequence() {
    var failed = failed(stack(false)
        .invariant(Invariant.of("never empty", stacks -> !stacks.model().isEmpty()))
        .seed(1L).check());

    assertThat(failed.shrunk()).isEmpty();
    assertThat(failed.failure()).hasMessageContaining("in the initial state");
  }

  @Test
  void anInvariantThatThrowsCountsAsViolatedWithWhatItThrewAsCause() {
    var failed = failed(stack(false)
        .invariant(Invariant.of("at most two elements", stacks -> {
          assertThat(stacks.model()).hasSizeLessThan(3);
          return true;
        }))
        .seed(2L).check());

    assertThat(failed.shrunk()).containsExactly(new Push(0), new Push(0), new Push(0));
    assertThat(failed.failure())
        .hasMessageStartingWith("invariant 'at most two elements' does not hold after step 3: ")
        .cause().isInstanceOf(AssertionError.class);
  }

  @Test
  void aThrowingStepIsAFailureShownInTheReport() {
    var failed = failed(StateMachineProperty.<Integer, Integer>of(
            () -> 0, count -> Gen.ints(0, 10), (count, add) -> {
              if (count + add > 20) {
                throw new IllegalStateException("overflow at " + (count + add));
              }
              return count + add;
            })
        .seed(5L).check());

    assertThat(failed.failure()).isInstanceOf(IllegalStateException.class);
    assertThat(failed.shrunk().stream().mapToInt(Integer::intValue).sum()).isEqualTo(21);
    assertThat(failed.report()).contains("-> threw java.lang.IllegalStateException: overflow at 21");
  }

  @Test
  void assertPassedThrowsAnAssertionErrorWithTheReport() {
    var result = stack(true).seed(11L).check();

    assertThatThrownBy(result::assertPassed)
        .isInstanceOf(AssertionError.class)
        .hasMessage(result.report())
        .hasMessageContaining("seed 11");
  }
}
