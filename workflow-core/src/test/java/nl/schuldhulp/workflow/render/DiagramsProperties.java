package nl.schuldhulp.workflow.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AssessmentDomain;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Track;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testing.SeededCheck;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Whatever the labels hold (quotes, angle brackets, ampersands, brackets, line breaks, emoji,
 * characters XML cannot carry), the Mermaid text stays well-formed and the SVG and HTML parse as
 * XML, and every label comes back unchanged but for folded white space.
 */
class DiagramsProperties {
  private static final String[] TOKENS = {
    "a", "b", "Z", "ë", "é", "7", " ", " ", "\"", "'", "<", ">", "&", "&amp;", "[", "]", "(", ")", "{", "}",
    "#", "#35;", "|", "`", "%%", "%%{init}%%", ":", "a:b#c;", ";", "\\", "/", "-->", "end", "subgraph",
    "\n", "\r\n", "\t", "\u0000", "\u0007", "😀", "👩‍👩‍👧", "<br/>", "<script>", "]]>",
  };

  /**
   * Labels for a generated definition: one per step, plus the organisation, fact, fact value,
   * entry point, transition and exit labels.
   */
  record Sample(
      List<String> steps,
      List<Integer> phases,
      String organisation,
      String fact,
      String value,
      String entry,
      String transition,
      String exit) {

    WorkflowDefinition definition() {
      WorkflowDefinition.Builder builder =
          WorkflowDefinition.builder("gegenereerd", 1)
              .label(exit + " " + entry)
              .municipality(organisation)
              .organisation(new Organisation("org", organisation, OrganisationKind.OTHER, Track.NONE,
                  List.of(new Role("r", "rol"))))
              .fact(new Fact("f", fact, List.of(value, "anders")))
              .domain(new AssessmentDomain("d", fact))
              .entryPoint(new EntryPoint("e", entry, EntryChannel.SELF, id(0), List.of("org")));
      int n = steps.size();
      for (int i = 0; i < n; i++) {
        Step.Builder step = Step.builder(id(i), steps.get(i), Phase.values()[phases.get(i) % Phase.values().length])
            .lead(LeadRule.clientLead("org"));
        if (i + 1 < n) {
          step.transition(new Transition(id(i + 1), guard(i), 0, i % 2 == 0 ? transition : id(i + 1)));
        }
        if (i + 2 < n) {
          step.transition(Transition.to(id(i + 2), Guard.factEquals("f", value)).withPriority(1));
        }
        if (i == n - 1 && n > 1) {
          step.transition(new Transition(id(0), Guard.not(Guard.accessGranted()), 0, transition));
        }
        builder.step(step.build());
      }
      List<String> every = IntStream.range(0, n).mapToObj(this::id).toList();
      return builder
          .exit(new ExitCriteria("positief", exit, ClosureType.POSITIVE, List.of(id(n - 1)),
              Guard.scoreAtLeast("d", 4), false))
          .exit(new ExitCriteria("weg", exit, ClosureType.NEGATIVE, every, Guard.always(), true))
          .build();
    }

    /** Step ids made from the labels, so id sanitising meets the same characters. */
    private String id(int i) {
      return steps.get(i) + "-" + i;
    }

    private Guard guard(int i) {
      return switch (i % 4) {
        case 0 -> Guard.factEquals("f", value);
        case 1 -> Guard.allOf(Guard.requiredTasksDone(), Guard.scoreAtLeast("d", 3));
        case 2 -> Guard.anyOf(Guard.not(Guard.flagSet(Flag.URGENT)), Guard.activityActive(ActivityKind.MORATORIUM));
        default -> Guard.always();
      };
    }
  }

  private static SeededCheck<Sample> forAllSamples(String name) {
    return SeededCheck.forAll(name, DiagramsProperties::sample, sample -> shrink(sample).stream());
  }

  @Test
  void mermaidStaysWellFormedAndKeepsEveryLabel() {
    forAllSamples("mermaid").holds(200, sample -> {
      WorkflowDefinition definition = sample.definition();
      MermaidSyntax.Chart chart = MermaidSyntax.parse(Diagrams.mermaid(definition));
      for (Step step : definition.steps()) {
        assertThat(chart.nodes().values())
            .as("node for step %s", step.id())
            .anyMatch(node -> node.lines().equals(List.of(folded(step.label()), "regie: " + folded(sample.organisation()))));
      }
      assertThat(chart.nodes().values()).anyMatch(node -> node.lines().get(0).equals(folded(sample.entry())));
      if (definition.steps().size() > 1) {
        assertThat(chart.edges()).anyMatch(edge -> edge.label().startsWith(folded(sample.transition()) + ": "));
        String factWords = lowerFirst(folded(sample.fact())) + " is " + folded(sample.value());
        assertThat(chart.edges()).anyMatch(edge -> edge.label().endsWith(factWords));
      }
      assertThat(chart.nodes().values())
          .anyMatch(node -> node.lines().contains("vanuit elke stap: " + folded(sample.exit()) + " (casuïstiekoverleg)"));
    });
  }

  @Test
  void svgAndHtmlParseAsXmlAndKeepEveryLabel() {
    forAllSamples("svg").holds(100, sample -> {
      WorkflowDefinition definition = sample.definition();
      Document svg = Xml.parse(Diagrams.svg(definition));
      List<Element> steps = Xml.groups(svg, "step");
      assertThat(steps).hasSize(definition.steps().size());
      for (Step step : definition.steps()) {
        String expected = folded(step.label()) + " (regie: " + folded(sample.organisation()) + ")";
        assertThat(steps).as("box for step %s", step.id()).anyMatch(g -> Xml.title(g).equals(expected));
      }
      assertThat(steps).allSatisfy(g -> assertThat(Xml.elements(g, "rect")).hasSize(1));
      assertThat(SvgGeometry.overlappingBoxes(svg)).isEmpty();
      assertThat(Xml.elements(svg, "title").get(0).getTextContent())
          .isEqualTo(folded(sample.exit() + " " + sample.entry()));
      assertThat(Xml.elements(svg, "script")).isEmpty();
      assertThat(Xml.attributeValues(svg)).noneMatch(value -> value.contains("href") || value.contains("http:") && !value.startsWith("xmlns="));

      Document html = Xml.parse(Diagrams.html(definition));
      assertThat(Xml.elements(html, "code").get(0).getTextContent()).isEqualTo(xmlSafe(Diagrams.mermaid(definition)));
    });
  }

  @Test
  void outputIsDeterministic() {
    forAllSamples("deterministic").holds(30, sample -> {
      assertThat(Diagrams.html(sample.definition())).isEqualTo(Diagrams.html(sample.definition()));
    });
  }

  /** A label as the diagrams show it: white space folded, characters XML cannot carry replaced. */
  private static String folded(String label) {
    return xmlSafe(label.replaceAll("[\\s]+", " ").strip());
  }

  /** Guards read a fact label inside a sentence: first letter lower-case unless an acronym. */
  private static String lowerFirst(String label) {
    int[] cps = label.codePoints().toArray();
    if (cps.length > 1 && Character.isUpperCase(cps[1])) {
      return label;
    }
    cps[0] = Character.toLowerCase(cps[0]);
    return new String(cps, 0, cps.length);
  }

  private static String xmlSafe(String text) {
    return text.replace('\u0000', '\uFFFD').replace('\u0007', '\uFFFD');
  }

  private static Sample sample(Random random) {
    int n = 1 + random.nextInt(7);
    List<String> steps = new ArrayList<>();
    List<Integer> phases = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      steps.add(label(random));
      phases.add(random.nextInt(Phase.values().length));
    }
    return new Sample(steps, phases, label(random), label(random), label(random), label(random), label(random), label(random));
  }

  private static String label(Random random) {
    StringBuilder out = new StringBuilder();
    int tokens = 1 + random.nextInt(12);
    for (int i = 0; i < tokens; i++) {
      out.append(TOKENS[random.nextInt(TOKENS.length)]);
    }
    return out.toString().isBlank() ? out + "x" : out.toString();
  }

  /** Fewer steps, then shorter labels, then phase 0. */
  private static List<Sample> shrink(Sample s) {
    List<Sample> smaller = new ArrayList<>();
    for (int i = 0; s.steps().size() > 1 && i < s.steps().size(); i++) {
      List<String> steps = new ArrayList<>(s.steps());
      List<Integer> phases = new ArrayList<>(s.phases());
      steps.remove(i);
      phases.remove(i);
      smaller.add(new Sample(steps, phases, s.organisation(), s.fact(), s.value(), s.entry(), s.transition(), s.exit()));
    }
    for (int i = 0; i < s.steps().size(); i++) {
      int index = i;
      for (String shorter : shorter(s.steps().get(i))) {
        List<String> steps = new ArrayList<>(s.steps());
        steps.set(index, shorter);
        smaller.add(new Sample(steps, s.phases(), s.organisation(), s.fact(), s.value(), s.entry(), s.transition(), s.exit()));
      }
    }
    field(smaller, s.organisation(), x -> new Sample(s.steps(), s.phases(), x, s.fact(), s.value(), s.entry(), s.transition(), s.exit()));
    field(smaller, s.fact(), x -> new Sample(s.steps(), s.phases(), s.organisation(), x, s.value(), s.entry(), s.transition(), s.exit()));
    field(smaller, s.value(), x -> new Sample(s.steps(), s.phases(), s.organisation(), s.fact(), x, s.entry(), s.transition(), s.exit()));
    field(smaller, s.entry(), x -> new Sample(s.steps(), s.phases(), s.organisation(), s.fact(), s.value(), x, s.transition(), s.exit()));
    field(smaller, s.transition(), x -> new Sample(s.steps(), s.phases(), s.organisation(), s.fact(), s.value(), s.entry(), x, s.exit()));
    field(smaller, s.exit(), x -> new Sample(s.steps(), s.phases(), s.organisation(), s.fact(), s.value(), s.entry(), s.transition(), x));
    if (s.phases().stream().anyMatch(phase -> phase != 0)) {
      smaller.add(new Sample(s.steps(), s.phases().stream().map(phase -> 0).toList(), s.organisation(), s.fact(),
          s.value(), s.entry(), s.transition(), s.exit()));
    }
    return smaller;
  }

  private static void field(List<Sample> out, String value, Function<String, Sample> with) {
    shorter(value).forEach(shorter -> out.add(with.apply(shorter)));
  }

  /** Halves, then each single code point removed; never blank. */
  private static List<String> shorter(String text) {
    List<String> out = new ArrayList<>();
    int[] cps = text.codePoints().toArray();
    if (cps.length > 1) {
      out.add(new String(cps, 0, cps.length / 2));
      out.add(new String(cps, cps.length / 2, cps.length - cps.length / 2));
      for (int i = 0; i < cps.length; i++) {
        int[] without = new int[cps.length - 1];
        System.arraycopy(cps, 0, without, 0, i);
        System.arraycopy(cps, i + 1, without, i, cps.length - i - 1);
        out.add(new String(without, 0, without.length));
      }
    }
    return out.stream().filter(candidate -> !candidate.isBlank()).distinct().toList();
  }

}
