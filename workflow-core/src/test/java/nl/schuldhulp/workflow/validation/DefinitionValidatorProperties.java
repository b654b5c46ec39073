package nl.schuldhulp.workflow.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.testing.SeededCheck;
import org.junit.jupiter.api.Test;

/**
 * Property: one mutation of a valid fixture makes the validator report exactly the problems that
 * mutation introduces, no more and no fewer, each by code and JSON pointer; the expected problems
 * are computed by the mutation from what it changed (see {@link Mutations}), with knock-on route
 * problems predicted by the independent {@link RouteModel}.
 *
 * <p>Seeded and reproducible with the core tests' {@link SeededCheck} (seed printed, fixed with
 * {@code -Dworkflow.testkit.seed=...}). Mutations are single steps, so each counterexample is
 * minimal by construction and there is nothing to shrink.
 */
class DefinitionValidatorProperties {
  private static final int CASES = 500;

  /**
   * One mutant, shown in reports by what was done and what was expected (the definition itself is
   * a fixture, too long to show).
   *
   * @param mutant the mutant
   */
  private record Case(Mutations.Mutant mutant) {
    @Override
    public String toString() {
      return mutant.definition().id() + ": " + mutant.description() + "\n  expected "
          + sorted(mutant.expected()) + ", messages containing " + mutant.fragments();
    }
  }

  private static SeededCheck<Case> forAllMutants(String name) {
    return SeededCheck.forAll(name, DefinitionValidatorProperties::mutant);
  }

  @Test
  void reportsExactlyTheProblemsASingleMutationIntroduces() {
    forAllMutants("the validator reports exactly a mutation's problems").holds(CASES, generated -> {
      Mutations.Mutant mutant = generated.mutant();
      ValidationReport report = DefinitionValidator.validate(mutant.definition());
      List<String> actual =
          sorted(report.problems().stream().map(p -> p.code() + " " + p.path()).toList());
      assertThat(actual).as("codes and paths").isEqualTo(sorted(mutant.expected()));
      for (String fragment : mutant.fragments()) {
        assertThat(report.problems())
            .as("a message containing %s", fragment)
            .anyMatch(p -> p.message().contains(fragment));
      }
    });
  }

  /** Guards the generator: every mutation runs, on both fixtures where it applies. */
  @Test
  void everyMutationIsExercisedOnBothFixtures() {
    Set<String> seen = new HashSet<>();
    forAllMutants("mutations exercised").holds(CASES, generated -> {
      Mutations.Mutant mutant = generated.mutant();
      seen.add(mutant.definition().id() + " / " + mutant.description().split(":")[0]);
    });
    for (Mutations.Named named : Mutations.ALL) {
      assertThat(seen).contains("kanteling-mini / " + named.name());
    }
    assertThat(seen.stream().filter(kind -> kind.startsWith("minimaal / "))).hasSizeGreaterThan(8);
  }

  private static Case mutant(Random random) {
    WorkflowDefinition fixture =
        random.nextBoolean() ? SampleDefinitions.kanteling() : SampleDefinitions.minimal();
    return new Case(Mutations.any(fixture, random));
  }

  private static List<String> sorted(List<String> list) {
    return list.stream().sorted().toList();
  }
}
