package nl.schuldhulp.workflow.validation;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.kanteling;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validator as a whole: valid fixtures, reporting everything at once, Bean Validation. */
class DefinitionValidatorTest {
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
  void sampleDefinitionsHaveNoProblems() {
    for (WorkflowDefinition definition : List.of(kanteling(), minimal())) {
      assertThat(DefinitionValidator.validate(definition).problems()).isEmpty();
      assertThat(DefinitionValidator.validate(definition, validator).isValid()).isTrue();
    }
  }

  /** Several independent defects (R-09, R-05, Wgs norms, ids, transitions) are all reported. */
  @Test
  void reportsEveryIndependentDefectAtOnceInRuleOrder() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    parts.organisations.add(parts.organisations.get(0));
    parts.entryPoints.set(
        1, Fixtures.entryPoint(parts.entryPoints.get(1), "melding", List.of("corporatei")));
    parts.step(8, step -> step.clearLeads());
    parts.step(0, step -> step.transition(Transition.to("driegesprek-advies")));
    parts.norms.removeIf(norm -> norm.id().equals(Norms.ACCESS_DECISION));

    ValidationReport report = DefinitionValidator.validate(parts.build());

    assertThat(report.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(ProblemCode.DUPLICATE_ID, "/organisations/3/id"),
            tuple(ProblemCode.UNKNOWN_REFERENCE, "/entryPoints/1/organisations/0"),
            tuple(ProblemCode.MISSING_LEAD, "/steps/8/leads"),
            tuple(ProblemCode.AMBIGUOUS_TRANSITIONS, "/steps/0/transitions/1/priority"),
            tuple(ProblemCode.MISSING_LEGAL_NORM, "/norms"));
    assertThat(report.isValid()).isFalse();
    assertThat(DefinitionValidator.validate(parts.build())).isEqualTo(report);
  }

  @Test
  void reportReadsAsOneLinePerProblem() {
    WorkflowDefinition definition =
        minimal().toBuilder()
            .removeNorm(Norms.FIRST_CONVERSATION)
            .removeNorm(Norms.ACCESS_DECISION)
            .build();

    String text = DefinitionValidator.validate(definition).toString();

    assertThat(text.lines())
        .containsExactly(
            "definition has 2 problem(s):",
            "  MISSING_LEGAL_NORM at /norms: legal norm 'wgs-eerste-gesprek' (Eerste gesprek binnen"
                + " 4 weken na de hulpvraag; Wgs art. 4a lid 1) is missing; add it or record a"
                + " waiver with a written reason",
            "  MISSING_LEGAL_NORM at /norms: legal norm 'wgs-beschikking' (Beschikking over toegang"
                + " binnen 8 weken na het eerste gesprek; Wgs art. 4a lid 1) is missing; add it or"
                + " record a waiver with a written reason");
    assertThat(DefinitionValidator.validate(minimal())).hasToString("definition is valid");
  }

  @Test
  void beanConstraintViolationsComeFirstWithJsonPointers() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    Organisation corporatie = parts.organisations.get(2);
    parts.organisations.set(
        2,
        new Organisation(
            corporatie.id(), corporatie.label(), corporatie.kind(), corporatie.track(), List.of()));
    parts.facts.set(0, new Fact("spoor", "Spoor", List.of("1", "2", "3", " ")));
    parts.step(8, step -> step.lead(LeadRule.clientLead("weni")));

    ValidationReport report = DefinitionValidator.validate(parts.build(), validator);

    assertThat(report.problems())
        .extracting(Problem::code, Problem::path)
        .containsExactly(
            tuple(ProblemCode.BEAN_CONSTRAINT, "/facts/0/values/3"),
            tuple(ProblemCode.BEAN_CONSTRAINT, "/organisations/2/roles"),
            tuple(ProblemCode.DUPLICATE_LEAD, "/steps/8/leads/1"));
    assertThat(report.problems().get(1).message()).isEqualTo("roles must not be empty");
  }

  @Test
  void beanPropertyPathsOfNestedListsAndMapsBecomeJsonPointers() {
    Plan plan =
        new Plan(
            List.of(
                new PlanStep(List.of(new Move("a"))),
                new PlanStep(List.of(new Move("b"), new Move(" ")))),
            Map.of("a/b~c", " "));

    assertThat(validator.validate(plan))
        .map(Problem::from)
        .extracting(Problem::code, Problem::path, Problem::message)
        .containsExactlyInAnyOrder(
            tuple(ProblemCode.BEAN_CONSTRAINT, "/steps/1/transitions/1/to", "to must not be blank"),
            tuple(ProblemCode.BEAN_CONSTRAINT, "/terms/a~1b~0c", "terms must not be blank"));
  }

  record Plan(@NotEmpty List<@Valid PlanStep> steps, Map<String, @NotBlank String> terms) {}

  record PlanStep(List<@Valid Move> transitions) {}

  record Move(@NotBlank String to) {}
}
