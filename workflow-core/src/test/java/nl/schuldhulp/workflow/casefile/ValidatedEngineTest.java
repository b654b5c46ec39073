package nl.schuldhulp.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Track;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.internal.UnvalidatedEngines;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import nl.schuldhulp.workflow.validation.InvalidWorkflowDefinitionException;
import nl.schuldhulp.workflow.validation.ProblemCode;
import org.junit.jupiter.api.Test;

/** The engine runs only what the validator accepts (R-09: no definition without client regie). */
class ValidatedEngineTest {

  /** Two steps and no regie at all: the engine could never move a case out of the first. */
  static WorkflowDefinition withoutRegie() {
    Organisation sdv = new Organisation("sdv", "SDV", OrganisationKind.MUNICIPAL_DEBT_SERVICE, Track.SPECIALIST_CARE,
        List.of(new Role("consulent", "consulent")));
    return WorkflowDefinition.builder("zonder-regie", 1)
        .organisation(sdv)
        .entryPoint(new EntryPoint("loket", "Loket", EntryChannel.SELF, "aanmelding", List.of("sdv")))
        .step(Step.builder("aanmelding", "Aanmelding", Phase.REGISTRATION).transition(Transition.to("afronding")).build())
        .step(Step.builder("afronding", "Afronding", Phase.AFTERCARE).build())
        .norms(Norms.legal())
        .exit(new ExitCriteria("klaar", "Geholpen", ClosureType.POSITIVE, List.of("afronding"), Guard.always(), false))
        .build();
  }

  @Test
  void refusesToRunADefinitionWithoutClientRegieWithTheValidatorsReport() {
    assertThatThrownBy(() -> Cases.engine(withoutRegie(), BusinessCalendar.weekdays()))
        .isInstanceOfSatisfying(InvalidWorkflowDefinitionException.class, invalid -> {
          assertThat(invalid.problems()).extracting(problem -> problem.code()).containsOnly(ProblemCode.MISSING_LEAD);
          assertThat(invalid.problems()).extracting(problem -> problem.path())
              .containsExactly("/steps/0/leads", "/steps/1/leads");
          assertThat(invalid.report().isValid()).isFalse();
          assertThat(invalid.getMessage()).contains("zonder-regie v1", "MISSING_LEAD");
        });
  }

  @Test
  void decidingWithoutAnEngineRefusesAnInvalidDefinitionToo() {
    assertThatThrownBy(() -> Cases.decide(withoutRegie(), BusinessCalendar.weekdays(), Cases.newCase(CaseId.of("x")),
        new Command.RegisterCase(Actor.professional("sdv", "consulent", "p"), CaseDriver.START, "loket", List.of("c"))))
        .isInstanceOf(InvalidWorkflowDefinitionException.class);
  }

  @Test
  void runsEverySampleDefinition() {
    for (WorkflowDefinition definition : List.of(SampleDefinitions.kanteling(), SampleDefinitions.minimal(),
        SampleDefinitions.gezinsaanpak())) {
      assertThat(Cases.engine(definition, BusinessCalendar.weekdays()).definition()).isSameAs(definition);
    }
  }

  @Test
  void theTestkitsUnvalidatedEngineRunsADefinitionWithADefectPlantedOnPurpose() {
    CaseEngine engine = UnvalidatedEngines.engine(withoutRegie(), BusinessCalendar.weekdays());

    Decision decision = engine.decide(Cases.newCase(CaseId.of("x")),
        new Command.RegisterCase(Actor.professional("sdv", "consulent", "p"), CaseDriver.START, "loket", List.of("c")));

    assertThat(decision).isInstanceOf(Decision.Accepted.class);
  }
}
