package nl.schuldhulp.workflow.testkit.property;

import java.util.Optional;

/** Running user code and telling failures apart while shrinking. Not API. */
final class Failures {
  private Failures() {}

  /** Code under test that may throw anything. */
  @FunctionalInterface
  interface Body {
    void run() throws Throwable;
  }

  /** What {@code body} threw, if anything; errors of the virtual machine itself propagate. */
  static Optional<Throwable> of(Body body) {
    try {
      body.run();
      return Optional.empty();
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable failure) {
      return Optional.of(failure);
    }
  }

  /**
   * Whether a failure found while shrinking is the same kind as the original: the same invariant,
   * or the same exception class. This keeps shrinking from sliding to an unrelated bug.
   */
  static boolean sameKind(Throwable original, Throwable candidate) {
    if (original instanceof InvariantViolation violation) {
      return candidate instanceof InvariantViolation other
          && violation.invariant().equals(other.invariant());
    }
    return original.getClass().equals(candidate.getClass());
  }

  /** Prefixes every line of {@code text} with two spaces. */
  static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }

  /** The report of a failed property. */
  static String report(
      long seed, int tryNumber, int tries, int shrinks, String original, String shrunk,
      Throwable failure) {
    return "Property failed on try " + tryNumber + " of " + tries + " (seed " + seed
        + "), shrunk " + (shrinks == 1 ? "once" : shrinks + " times") + ".\n"
        + "Shrunk counterexample:\n" + indent(shrunk) + "\n"
        + "Failure: " + failure + "\n"
        + "Original counterexample:\n" + indent(original) + "\n"
        + Seeds.howToReproduce(seed);
  }

  /** The failure standing for a violated invariant; its message says which and where. */
  static final class InvariantViolation extends AssertionError {
    private static final long serialVersionUID = 1L;
    private final String invariant;

    /** A violation; {@code cause} is what the invariant threw, or null if it returned false. */
    InvariantViolation(String invariant, String message, Throwable cause) {
      super(message, cause);
      this.invariant = invariant;
    }

    String invariant() {
      return invariant;
    }

    /** The message alone: it already says that an invariant failed, and which. */
    @Override
    public String toString() {
      return getMessage();
    }
  }
}
