package nl.schuldhulp.workflow.validation;

import static nl.schuldhulp.workflow.testing.SampleDefinitions.kanteling;
import static nl.schuldhulp.workflow.testing.SampleDefinitions.minimal;
import static nl.schuldhulp.workflow.validation.Fixtures.messages;
import static nl.schuldhulp.workflow.validation.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.NormSource;
import nl.schuldhulp.workflow.definition.NormWaiver;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.TermUnit;
import nl.schuldhulp.workflow.definition.Validity;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The legal Wgs deadlines are kept (Wgs art. 4a; Besluit gemeentelijke schuldhulpverlening), and no
 * two norms give one case two versions of the same deadline.
 */
class NormRulesTest {

  @ParameterizedTest(name = "rejects a definition without legal norm {0}")
  @ValueSource(
      strings = {
        Norms.FIRST_CONVERSATION,
        Norms.FIRST_CONVERSATION_THREATENING,
        Norms.ACCESS_DECISION
      })
  void rejectsAMissingLegalNorm(String id) {
    WorkflowDefinition definition = kanteling().toBuilder().removeNorm(id).build();

    assertThat(problemsOf(definition))
        .containsExactly(tuple(ProblemCode.MISSING_LEGAL_NORM, "/norms"));
    assertThat(messages(definition, ProblemCode.MISSING_LEGAL_NORM).get(0))
        .startsWith("legal norm '" + id + "' (")
        .contains("Wgs art. 4a");
  }

  @Test
  void acceptsALegalNormLeftOutWithAWrittenWaiver() {
    WorkflowDefinition definition =
        minimal().toBuilder()
            .removeNorm(Norms.FIRST_CONVERSATION_THREATENING)
            .waiver(
                new NormWaiver(
                    Norms.FIRST_CONVERSATION_THREATENING,
                    "Programma voor nazorg; neemt geen eerste hulpvragen aan"))
            .build();

    assertThat(problemsOf(definition)).isEmpty();
  }

  @Test
  void rejectsAWaiverOfALegalNormThatIsPresentAllTheSame() {
    WorkflowDefinition definition =
        minimal().toBuilder()
            .waiver(new NormWaiver(Norms.ACCESS_DECISION, "geen beschikkingen"))
            .build();

    assertThat(problemsOf(definition))
        .containsExactly(tuple(ProblemCode.WAIVED_NORM_PRESENT, "/waivers/0/norm"));
  }

  @Test
  void rejectsALegalNormWithALongerTerm() {
    WorkflowDefinition definition =
        withLegalNorm(0, norm -> DefinitionParts.normBetween(norm, norm.from(), norm.to(), Term.weeks(5)));

    assertThat(problemsOf(definition))
        .containsExactly(tuple(ProblemCode.LEGAL_NORM_WEAKENED, "/norms/0/within"));
    assertThat(messages(definition, ProblemCode.LEGAL_NORM_WEAKENED))
        .containsExactly(
            "legal norm 'wgs-eerste-gesprek' allows 5 weken; the law (Wgs art. 4a lid"
                + " 1) allows 4 weken");
  }

  @Test
  void rejectsALegalNormCountingBetweenOtherMoments() {
    WorkflowDefinition definition =
        withLegalNorm(
            2,
            norm ->
                DefinitionParts.normBetween(
                    norm,
                    Milestone.Registered.INSTANCE,
                    new Milestone.StepEntered("afronding"),
                    norm.within()));

    assertThat(problemsOf(definition))
        .containsExactly(
            tuple(ProblemCode.LEGAL_NORM_WEAKENED, "/norms/2/from"),
            tuple(ProblemCode.LEGAL_NORM_WEAKENED, "/norms/2/to"));
    assertThat(messages(definition, ProblemCode.LEGAL_NORM_WEAKENED).get(0))
        .isEqualTo(
            "legal norm 'wgs-beschikking' counts from Registered; the law (Wgs art. 4a lid"
                + " 1) counts from FirstConversation");
  }

  @Test
  void rejectsALegalNormThatAppliesOnlyUnderACondition() {
    WorkflowDefinition definition =
        withLegalNorm(0, norm -> norm.when(Guard.not(Guard.flagSet(Flag.ENTREPRENEUR))));

    assertThat(problemsOf(definition))
        .containsExactly(tuple(ProblemCode.LEGAL_NORM_WEAKENED, "/norms/0/appliesWhen"));
  }

  @Test
  void rejectsALegalNormThatLeavesOutCasesTheDefinitionCanStart() {
    WorkflowDefinition later =
        withLegalNorm(1, norm -> norm.valid(Validity.from(minimal().effectiveFrom().plusDays(1))));
    WorkflowDefinition ending =
        withLegalNorm(
            1, norm -> norm.valid(Validity.until(minimal().effectiveFrom().plusYears(30))));
    WorkflowDefinition fromTheStart =
        withLegalNorm(1, norm -> norm.valid(Validity.from(minimal().effectiveFrom())));

    assertThat(problemsOf(later))
        .containsExactly(tuple(ProblemCode.LEGAL_NORM_WEAKENED, "/norms/1/validity"));
    assertThat(problemsOf(ending))
        .containsExactly(tuple(ProblemCode.LEGAL_NORM_WEAKENED, "/norms/1/validity"));
    assertThat(problemsOf(fromTheStart)).isEmpty();
  }

  @Test
  void acceptsALegalNormWithAStricterTerm() {
    WorkflowDefinition definition =
        withLegalNorm(1, norm -> DefinitionParts.normBetween(norm, norm.from(), norm.to(), Term.days(2)));

    assertThat(problemsOf(definition)).isEmpty();
  }

  /** Across units a term is laxer unless even its longest reading is within the law's shortest. */
  @ParameterizedTest(name = "{0} {1} against the law''s {2} {3} is longer: {4}")
  @CsvSource({
    "4, WEEKS, 4, WEEKS, false",
    "5, WEEKS, 4, WEEKS, true",
    "28, DAYS, 4, WEEKS, false",
    "29, DAYS, 4, WEEKS, true",
    "1, MONTHS, 4, WEEKS, true",
    "1, MONTHS, 5, WEEKS, false",
    "20, WORKING_DAYS, 8, WEEKS, true",
    "3, DAYS, 3, WORKING_DAYS, false",
    "4, DAYS, 3, WORKING_DAYS, true",
    "0, WORKING_DAYS, 1, DAYS, false"
  })
  void aTermInAnotherUnitIsLongerUnlessItSurelyFits(
      int amount, String unit, int lawAmount, String lawUnit, boolean longer) {
    Term term = new Term(amount, TermUnit.valueOf(unit));
    Term law = new Term(lawAmount, TermUnit.valueOf(lawUnit));

    assertThat(LegalNorms.longer(term, law)).isEqualTo(longer);
  }

  /** A local service level stricter than the law may stand beside the legal norm. */
  @Test
  void acceptsAStricterLocalNormBesideTheLegalOne() {
    WorkflowDefinition definition =
        minimal().toBuilder()
            .norm(
                Norm.local(
                    "eerste-gesprek-snel",
                    "Eerste gesprek binnen 2 weken",
                    Milestone.Registered.INSTANCE,
                    Milestone.FirstConversation.INSTANCE,
                    Term.weeks(2),
                    "Convenant"))
            .build();

    assertThat(problemsOf(definition)).isEmpty();
  }

  /** two versions of one deadline must not both apply to the same case. */
  @Test
  void rejectsTwoNormsForTheSameDeadlineThatWouldBothApply() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    Norm local = parts.norms.get(8);
    parts.norms.add(tenDaysFrom2024(local));

    assertThat(problemsOf(parts.build()))
        .containsExactly(tuple(ProblemCode.OVERLAPPING_NORMS, "/norms/9"));
    assertThat(messages(parts.build(), ProblemCode.OVERLAPPING_NORMS))
        .containsExactly(
            "norms 'kennismaking-binnen-twee-weken' and 'kennismaking-binnen-tien-dagen'"
                + " count between the same moments under the same condition and both apply to cases"
                + " starting on or after 2024-01-01");
  }

  @Test
  void acceptsVersionsOfOneDeadlineWithSeparateValidityOrConditions() {
    DefinitionParts parts = DefinitionParts.of(kanteling());
    Norm local = parts.norms.get(8);
    parts.norms.set(8, local.valid(Validity.until(LocalDate.of(2023, 12, 31))));
    parts.norms.add(tenDaysFrom2024(local));
    parts.norms.add(
        new Norm(
            "kennismaking-dreigend",
            "Kennismaking binnen 2 dagen",
            NormSource.LOCAL,
            local.from(),
            local.to(),
            Term.days(2),
            Guard.flagSet(Flag.URGENT),
            Validity.ALWAYS,
            "Convenant"));

    assertThat(problemsOf(parts.build())).isEmpty();
  }

  /** A 2024 version of the fixture's local norm: 10 days instead of two weeks. */
  private static Norm tenDaysFrom2024(Norm local) {
    return new Norm(
        "kennismaking-binnen-tien-dagen",
        "Kennismaking binnen 10 dagen",
        NormSource.LOCAL,
        local.from(),
        local.to(),
        Term.days(10),
        Guard.always(),
        Validity.from(LocalDate.of(2024, 1, 1)),
        "Convenant 2024");
  }

  private static WorkflowDefinition withLegalNorm(int index, UnaryOperator<Norm> change) {
    DefinitionParts parts = DefinitionParts.of(minimal());
    parts.norms.set(index, change.apply(parts.norms.get(index)));
    return parts.build();
  }
}
