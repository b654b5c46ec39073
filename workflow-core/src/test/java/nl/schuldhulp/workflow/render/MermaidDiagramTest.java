package nl.schuldhulp.workflow.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import org.junit.jupiter.api.Test;

/** The Mermaid diagram of a definition (R-02 phases, R-05 entry points, R-09 regie, R-64 exits). */
class MermaidDiagramTest {
  private final WorkflowDefinition kanteling = SampleDefinitions.kanteling();
  private final MermaidSyntax.Chart chart = MermaidSyntax.parse(Diagrams.mermaid(kanteling));

  @Test
  void startsWithAFlowchartHeader() {
    assertThat(Diagrams.mermaid(kanteling).lines().filter(line -> !line.startsWith("%%")).findFirst())
        .hasValue("flowchart LR");
  }

  @Test
  void drawsOneSubgraphPerPhaseUsedInCanonicalOrder() {
    assertThat(chart.subgraphs())
        .extracting(MermaidSyntax.Subgraph::title)
        .containsExactly("Aanmelding", "Intake", "Stabilisatie", "Oplossen", "Nazorg");
  }

  @Test
  void drawsEveryStepWithItsRegieHolderInsideItsPhase() {
    for (Step step : kanteling.steps()) {
      MermaidSyntax.Node node = chart.nodeTitled(step.label());
      String holder = kanteling.organisation(step.lead(LeadKind.CLIENT_LEAD)
          .orElseThrow().organisation()).orElseThrow().label();
      assertThat(node.lines()).containsExactly(step.label(), "regie: " + holder);
      String phaseTitle = chart.subgraphs().stream()
          .filter(subgraph -> subgraph.id().equals(node.subgraph()))
          .findFirst().orElseThrow().title();
      assertThat(phaseTitle).isEqualToIgnoringCase(step.phase().label());
    }
  }

  @Test
  void givesStepsStableSanitisedIds() {
    assertThat(chart.nodeTitled("Driegesprek (advies)").id()).isEqualTo("step_driegesprek_advies");
    assertThat(Diagrams.mermaid(kanteling)).isEqualTo(Diagrams.mermaid(SampleDefinitions.kanteling()));
  }

  @Test
  void drawsEveryTransitionAsAnEdgeWithItsGuardInWords() {
    assertThat(chart.edges()).filteredOn(edge -> edge.from().startsWith("step_") && edge.to().startsWith("step_"))
        .hasSize(kanteling.steps().stream().mapToInt(step -> step.transitions().size()).sum());
    for (Step step : kanteling.steps()) {
      for (Transition transition : step.transitions()) {
        String from = chart.nodeTitled(step.label()).id();
        String to = chart.nodeTitled(kanteling.step(transition.to()).orElseThrow().label()).id();
        assertThat(chart.edges()).anyMatch(edge -> edge.from().equals(from) && edge.to().equals(to) && !edge.dotted());
      }
    }
    assertThat(label("Melding of signaal", "Huisbezoek")).isEqualTo("verplichte taken gedaan");
    assertThat(label("Stabilisatie", "Driegesprek (aanbod)"))
        .isEqualTo("verplichte taken gedaan en score financiën minstens 3");
    assertThat(label("Driegesprek (aanbod)", "Eigen kracht, informele hulp en zorg")).endsWith("spoor is 1");
    assertThat(label("Driegesprek (aanbod)", "Dienstverlening W&I"))
        .isEqualTo("spoor 3: spoor is 3 en toegelaten tot schuldhulp");
    assertThat(label("Driegesprek (advies)", "Stabilisatie")).isEqualTo("stabiliseren: verplichte taken gedaan");
  }

  @Test
  void leavesAnAlwaysTransitionUnlabelled() {
    MermaidSyntax.Chart minimal = MermaidSyntax.parse(Diagrams.mermaid(SampleDefinitions.minimal()));
    assertThat(minimal.edges())
        .filteredOn(edge -> edge.from().equals("step_aanmelding") && edge.to().equals("step_afronding"))
        .singleElement()
        .extracting(MermaidSyntax.Edge::label)
        .isEqualTo("");
  }

  @Test
  void drawsEntryPointsAsStartNodesPointingAtTheirStep() {
    String melding = chart.nodeTitled("Melding of signaal").id();
    for (var entry : kanteling.entryPoints()) {
      MermaidSyntax.Node node = chart.nodeTitled(entry.label());
      assertThat(node.shape()).isEqualTo("([])");
      assertThat(node.subgraph()).isEmpty();
      assertThat(chart.edges()).contains(new MermaidSyntax.Edge(node.id(), melding, false, ""));
    }
  }

  @Test
  void drawsOneEndNodePerClosureTypeWithDottedArrowsFromItsSteps() {
    MermaidSyntax.Node positive = chart.nodeTitled("positief afgesloten");
    assertThat(positive.shape()).isEqualTo("(())");
    assertThat(positive.lines()).contains("Eigen kracht of nazorg afgerond (casuïstiekoverleg)");
    assertThat(chart.edges())
        .filteredOn(edge -> edge.to().equals(positive.id()))
        .allMatch(MermaidSyntax.Edge::dotted)
        .extracting(edge -> chart.nodes().get(edge.from()).lines().get(0))
        .containsExactly("Eigen kracht, informele hulp en zorg", "Begeleiding buurtteam", "Nazorg");
  }

  @Test
  void notesExitsAllowedFromEveryStepOnTheEndNodeInsteadOfDrawingAnArrowFromEachStep() {
    MermaidSyntax.Node lost = chart.nodeTitled("contact verloren");
    assertThat(lost.lines()).contains("vanuit elke stap: Contact verloren na pogingen (casuïstiekoverleg)");
    assertThat(chart.edges()).noneMatch(edge -> edge.to().equals(lost.id()));
    assertThat(chart.nodeTitled("negatief afgesloten").lines()).contains("vanuit elke stap: Cliënt trekt zich terug");
  }

  @Test
  void escapesSpecialCharactersAsEntityCodes() {
    WorkflowDefinition tricky = kanteling.toBuilder()
        .replaceStep(Step.builder("nazorg", "Nazorg \"plus\" <b>&amp; #1 | `x` 100% a:b#c", Phase.AFTERCARE)
            .lead(LeadRule.clientLead("weni"))
            .build())
        .build();
    String text = Diagrams.mermaid(tricky);
    assertThat(text).contains("Nazorg #34;plus#34; #60;b#62;#38;amp; #35;1 #124; #96;x#96; 100#37; a#58;b#35;c");
    assertThat(MermaidSyntax.parse(text).nodeTitled("Nazorg \"plus\" <b>&amp; #1 | `x` 100% a:b#c")).isNotNull();
  }

  @Test
  void keepsIdsUniqueWhenStepIdsSanitiseAlike() {
    WorkflowDefinition clash = kanteling.toBuilder()
        .step(Step.builder("eigen_kracht", "Tweede", Phase.AFTERCARE).build())
        .step(Step.builder("end", "Einde", Phase.AFTERCARE).build())
        .build();
    MermaidSyntax.Chart parsed = MermaidSyntax.parse(Diagrams.mermaid(clash));
    assertThat(parsed.nodeTitled("Tweede").id()).isEqualTo("step_eigen_kracht_2");
    assertThat(parsed.nodeTitled("Einde").id()).isEqualTo("step_end");
  }

  @Test
  void rejectsADefinitionWhoseReferencesDoNotResolve() {
    WorkflowDefinition broken = kanteling.toBuilder()
        .replaceStep(kanteling.step("nazorg").orElseThrow().toBuilder().transition(Transition.to("nergens")).build())
        .build();
    assertThatThrownBy(() -> Diagrams.mermaid(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("step nazorg -> nergens");
  }

  private String label(String fromTitle, String toTitle) {
    String from = chart.nodeTitled(fromTitle).id();
    String to = chart.nodeTitled(toTitle).id();
    return chart.edges().stream()
        .filter(edge -> edge.from().equals(from) && edge.to().equals(to))
        .map(MermaidSyntax.Edge::label)
        .findFirst()
        .orElseThrow();
  }
}
