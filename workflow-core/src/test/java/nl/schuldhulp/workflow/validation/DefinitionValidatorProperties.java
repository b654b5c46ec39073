package nl.schuldhulp.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/**
 * Property: one mutation of a valid fixture makes the validator report exactly the problems that
 * mutation introduces, no more and no fewer, each by code and JSON pointer; the expected problems
 * are computed by the mutation from what it changed (see {@link Mutations}), with knock-on route
 * problems predicted by the independent {@link RouteModel}.
 *
 * <p>Seeded and reproducible: case {@code i} uses seed {@code base + i}, where the base seed is
 * {@value #DEFAULT_SEED} unless {@code -Dvalidation.seed=...} is given. On failure every failing
 * seed is listed and the smallest counterexample is shown in full. Mutations are single steps, so
 * each counterexample is minimal by construction; shrinking picks the failing mutant of the
 * smallest definition.
 */
class DefinitionValidatorProperties {
  private static final long DEFAULT_SEED = 20261123L;
  private static final int CASES = 500;

  private record Failure(long seed, Mutations.Mutant mutant, List<String> actual, String why) {
    int size() {
      WorkflowDefinition definition = mutant.definition();
      return definition.steps().size()
          + definition.norms().size()
          + definition.exits().size()
          + definition.organisations().size()
          + definition.entryPoints().size();
    }

    @Override
    public String toString() {
      return "seed "
          + seed
          + ": "
          + mutant.description()
          + " ("
          + why
          + ")\n  expected "
          + sorted(mutant.expected())
          + "\n  actual   "
          + actual;
    }
  }

  @Test
  void reportsExactlyTheProblemsASingleMutationIntroduces() {
    long base = Long.getLong("validation.seed", DEFAULT_SEED);
    List<Failure> failures = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      long seed = base + i;
      check(seed, mutant(seed)).ifPresent(failures::add);
    }
    if (!failures.isEmpty()) {
      Failure smallest =
          failures.stream()
              .min(
                  Comparator.comparingInt(Failure::size)
                      .thenComparingInt(failure -> failure.mutant().description().length()))
              .orElseThrow();
      fail(
          "%d of %d mutants misreported (base seed %d); smallest counterexample:%n%s%n"
              + "failing seeds: %s",
          failures.size(), CASES, base, smallest, failures.stream().map(Failure::seed).toList());
    }
  }

  /** Guards the generator: every mutation runs, on both fixtures where it applies. */
  @Test
  void everyMutationIsExercisedOnBothFixtures() {
    long base = Long.getLong("validation.seed", DEFAULT_SEED);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < CASES; i++) {
      Mutations.Mutant mutant = mutant(base + i);
      seen.add(mutant.definition().id() + " / " + mutant.description().split(":")[0]);
    }
    for (Mutations.Named named : Mutations.ALL) {
      assertThat(seen).contains("kanteling-mini / " + named.name());
    }
    assertThat(seen.stream().filter(kind -> kind.startsWith("minimaal / "))).hasSizeGreaterThan(8);
  }

  /**
   * The mutant of one case. The case seed is scrambled first: {@link Random}'s first values for
   * neighbouring seeds are strongly correlated.
   */
  private static Mutations.Mutant mutant(long seed) {
    Random random = new Random(new SplittableRandom(seed).nextLong());
    WorkflowDefinition fixture =
        random.nextBoolean() ? SampleDefinitions.kanteling() : SampleDefinitions.minimal();
    return Mutations.any(fixture, random);
  }

  private static Optional<Failure> check(long seed, Mutations.Mutant mutant) {
    ValidationReport report = DefinitionValidator.validate(mutant.definition());
    List<String> actual =
        sorted(report.problems().stream().map(p -> p.code() + " " + p.path()).toList());
    if (!actual.equals(sorted(mutant.expected()))) {
      return Optional.of(new Failure(seed, mutant, actual, "codes or paths differ"));
    }
    for (String fragment : mutant.fragments()) {
      if (report.problems().stream().noneMatch(p -> p.message().contains(fragment))) {
        return Optional.of(new Failure(seed, mutant, actual, "no message contains " + fragment));
      }
    }
    return Optional.empty();
  }

  private static List<String> sorted(List<String> list) {
    return list.stream().sorted().toList();
  }
}
