package nl.schuldhulp.workflow.testkit.property;

import java.util.SplittableRandom;

/** Where a run's seed comes from when the test names none. Not API. */
final class Seeds {
  /** The system property that fixes the seed of every property without one of its own. */
  static final String PROPERTY = "workflow.testkit.seed";

  private Seeds() {}

  /** The seed of {@code -Dworkflow.testkit.seed=...} if set, else a fresh random seed. */
  static long initial() {
    String configured = System.getProperty(PROPERTY, "").trim();
    if (configured.isEmpty()) {
      return new SplittableRandom().nextLong();
    }
    try {
      return Long.parseLong(configured);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + PROPERTY + " must be a long, was '" + configured + "'", e);
    }
  }

  /** How to rerun a failed property with the same seed. */
  static String howToReproduce(long seed) {
    return "Reproduce with seed " + seed + ": .seed(" + seed + "L), @PropertyTest(seed = " + seed
        + "L) or -D" + PROPERTY + "=" + seed;
  }
}
