package nl.schuldhulp.workflow.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.Track;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front door: the written format as documented, defaults, the README example and I/O failures. */
class WorkflowJsonTest {

  @Test
  void writesTheDocumentedFormatLeavingOutDefaults() {
    WorkflowDefinition definition = WorkflowDefinition.builder("klein", 2)
        .label("Klein")
        .municipality("Ergens")
        .effectiveFrom(LocalDate.of(2024, 3, 1))
        .organisation(new Organisation("sdv", "SDV", OrganisationKind.MUNICIPAL_DEBT_SERVICE, Track.SPECIALIST_CARE,
            List.of(new Role("c", "consulent"))))
        .entryPoint(new EntryPoint("loket", "Loket", EntryChannel.SELF, "a", List.of("sdv")))
        .step(Step.builder("a", "A", Phase.REGISTRATION)
            .lead(LeadRule.clientLead("sdv"))
            .transition(Transition.to("b"))
            .transition(new Transition("b", Guard.flagSet(Flag.URGENT), 1, "spoed"))
            .build())
        .step(Step.builder("b", "B", Phase.AFTERCARE).build())
        .norms(Norms.defaults())
        .build();

    assertThat(WorkflowJson.write(definition)).isEqualTo("""
        {
          "formatVersion": 1,
          "id": "klein",
          "version": 2,
          "label": "Klein",
          "municipality": "Ergens",
          "effectiveFrom": "2024-03-01",
          "organisations": [
            {
              "id": "sdv",
              "label": "SDV",
              "kind": "MUNICIPAL_DEBT_SERVICE",
              "track": "SPECIALIST_CARE",
              "roles": [{"id": "c", "label": "consulent"}]
            }
          ],
          "entryPoints": [
            {"id": "loket", "label": "Loket", "channel": "SELF", "step": "a", "organisations": ["sdv"]}
          ],
          "steps": [
            {
              "id": "a",
              "label": "A",
              "phase": "REGISTRATION",
              "leads": [{"kind": "CLIENT_LEAD", "organisation": "sdv"}],
              "transitions": [
                {"to": "b"},
                {"to": "b", "guard": {"flagSet": "URGENT"}, "priority": 1, "label": "spoed"}
              ]
            },
            {"id": "b", "label": "B", "phase": "AFTERCARE"}
          ],
          "includeDefaultNorms": true
        }
        """);
  }

  @Test
  void readmeExampleReadsWithTheDefaultsItLeavesOut() {
    WorkflowDefinition definition = WorkflowJson.readDefinition(KantelingFixtureTest.resource("readme-example.json"));

    assertThat(definition.norms()).startsWith(Norms.defaults().toArray(new Norm[0]));
    assertThat(definition.norms()).hasSize(Norms.defaults().size() + 1);
    assertThat(definition.signals().contactLostAfter()).isEqualTo(Term.weeks(4));
    assertThat(definition.signals().missedAppointmentsInRow()).isEqualTo(SignalRules.defaults().missedAppointmentsInRow());
    assertThat(definition.step("aanmelding").orElseThrow().transitions())
        .containsExactly(new Transition("intake", Guard.always(), 0, "intake"));
    assertThat(definition.step("aanmelding").orElseThrow().lead(LeadKind.CLIENT_LEAD))
        .contains(LeadRule.clientLead("buurtteam"));
  }

  @Test
  void missingFileIsAnInputOutputFailureNotADefinitionProblem(@TempDir Path folder) {
    assertThatThrownBy(() -> WorkflowJson.readDefinition(folder.resolve("weg.json")))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
  }

  @Test
  void failingReaderIsAnInputOutputFailure() {
    Reader failing = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk on fire");
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> WorkflowJson.readDefinition(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk on fire");
  }
}
