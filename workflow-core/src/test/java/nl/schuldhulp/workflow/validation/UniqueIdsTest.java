package nl.schuldhulp.workflow.validation;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.kanteling;
import static nl.schuldhulp.workflow.validation.Fixtures.messages;
import static nl.schuldhulp.workflow.validation.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.NormWaiver;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ids are unique wherever something refers to them. */
class UniqueIdsTest {

  static Stream<Arguments> duplicates() {
    return Stream.of(
        duplicate(
            "organisation",
            parts -> parts.organisations.add(parts.organisations.get(1)),
            "/organisations/3/id"),
        duplicate(
            "role within an organisation",
            parts -> {
              Organisation weni = parts.organisations.get(1);
              List<Role> roles = new ArrayList<>(weni.roles());
              roles.add(new Role("trajectbegeleider", "nog een trajectbegeleider"));
              parts.organisations.set(
                  1, new Organisation(weni.id(), weni.label(), weni.kind(), weni.track(), roles));
            },
            "/organisations/1/roles/2/id"),
        duplicate("fact", parts -> parts.facts.add(parts.facts.get(0)), "/facts/1/id"),
        duplicate(
            "value of a fact",
            parts -> parts.facts.set(0, new Fact("spoor", "Spoor", List.of("1", "2", "3", "2"))),
            "/facts/0/values/3"),
        duplicate(
            "assessment domain", parts -> parts.domains.add(parts.domains.get(0)), "/domains/1/id"),
        duplicate(
            "entry point",
            parts -> parts.entryPoints.add(parts.entryPoints.get(0)),
            "/entryPoints/2/id"),
        duplicate("step", parts -> parts.steps.add(parts.steps.get(4)), "/steps/9/id"),
        duplicate(
            "task within a step",
            parts -> parts.step(3, step -> step.task(parts.steps.get(3).tasks().get(1))),
            "/steps/3/tasks/3/id"),
        duplicate(
            "activity rule",
            parts -> parts.activities.add(parts.activities.get(2)),
            "/activities/3/kind"),
        duplicate("norm", parts -> parts.norms.add(parts.norms.get(8)), "/norms/9/id"),
        duplicate(
            "waiver",
            parts -> {
              parts.norms.remove(1);
              parts.waivers.add(new NormWaiver("wgs-eerste-gesprek-dreigend", "geen crisisroute"));
              parts.waivers.add(new NormWaiver("wgs-eerste-gesprek-dreigend", "nogmaals"));
            },
            "/waivers/1/norm"),
        duplicate("exit criteria", parts -> parts.exits.add(parts.exits.get(0)), "/exits/3/id"));
  }

  private static Arguments duplicate(String what, Consumer<DefinitionParts> change, String path) {
    return Arguments.of(what, change, path);
  }

  @ParameterizedTest(name = "rejects a duplicate {0} id")
  @MethodSource("duplicates")
  void rejectsDuplicateIds(String what, Consumer<DefinitionParts> change, String path) {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    change.accept(parts);

    assertThat(problemsOf(parts.build())).containsExactly(tuple(ProblemCode.DUPLICATE_ID, path));
  }

  @Test
  void aDuplicateIdNamesTheIdAndWhereItWasFirstUsed() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.steps.add(parts.steps.get(4));

    assertThat(messages(parts.build(), ProblemCode.DUPLICATE_ID))
        .containsExactly(
            "step 'driegesprek-aanbod' appears more than once (first at /steps/4/id);"
                + " give each its own id or remove one");
  }

  @Test
  void theSameTaskIdInTwoStepsIsAllowed() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.step(7, step -> step.task(parts.steps.get(3).tasks().get(0)));

    assertThat(problemsOf(parts.build())).isEmpty();
  }
}
