package nl.schuldhulp.workflow.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkflowDefinitionTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  @Test
  void sampleDefinitionsSatisfyTheirBeanValidationConstraints() {
    assertThat(validator.validate(SampleDefinitions.kanteling())).isEmpty();
    assertThat(validator.validate(SampleDefinitions.minimal())).isEmpty();
    assertThat(validator.validate(SampleDefinitions.gezinsaanpak())).isEmpty();
  }

  @Test
  void beanValidationReportsEmptyRequiredListsWithTheirPath() {
    WorkflowDefinition empty =
        new WorkflowDefinition(
            "leeg", 1, "Leeg", "Nergens", java.time.LocalDate.of(2024, 1, 1), "", List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), SignalRules.defaults(),
            List.of(), Aftercare.none(), CasePolicy.defaults());
    assertThat(validator.validate(empty))
        .extracting(violation -> violation.getPropertyPath().toString())
        .containsExactlyInAnyOrder("organisations", "entryPoints", "steps");
  }

  @Test
  void recordsCopyTheirListsSoLaterChangesToTheInputDoNotLeakIn() {
    List<Role> roles = new java.util.ArrayList<>(List.of(new Role("a", "A")));
    Organisation organisation =
        new Organisation("org", "Org", OrganisationKind.OTHER, Track.NONE, roles);
    roles.add(new Role("b", "B"));
    assertThat(organisation.roles()).hasSize(1);
    assertThatThrownBy(() -> organisation.roles().add(new Role("c", "C")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void blankIdentifiersAreRefusedWithTheNameOfTheField() {
    assertThatThrownBy(() -> new Role(" ", "label"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank");
    assertThatThrownBy(() -> new Term(-1, TermUnit.DAYS))
        .hasMessage("amount (-1) must not be negative");
  }

  @Test
  void leadKindsListsEveryKindSomeStepUses() {
    assertThat(SampleDefinitions.kanteling().leadKinds()).containsExactly(LeadKind.CLIENT_LEAD);
  }

  @Test
  void toBuilderRebuildsAnEqualDefinition() {
    WorkflowDefinition definition = SampleDefinitions.kanteling();
    assertThat(definition.toBuilder().build()).isEqualTo(definition);
  }

  @Test
  void validityIsInclusiveOnBothEnds() {
    Validity validity = Norms.settlementDuration().validity();
    assertThat(validity.contains(Norms.SHORTER_SETTLEMENTS_FROM)).isTrue();
    assertThat(validity.contains(Norms.SHORTER_SETTLEMENTS_FROM.minusDays(1))).isFalse();
    assertThat(validity.overlaps(Norms.settlementDurationBefore2023().validity())).isFalse();
  }
}
