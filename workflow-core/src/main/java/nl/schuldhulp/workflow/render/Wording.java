package nl.schuldhulp.workflow.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.schuldhulp.workflow.definition.AssessmentDomain;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.TermUnit;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.internal.MilestoneWording;

/**
 * Plain Dutch words for the conditions, moments and terms of one definition, for diagrams, route
 * maps and demo output: {@code factEquals("spoor", "3")} reads "spoor is 3", {@code
 * allOf(requiredTasksDone(), scoreAtLeast("financien", 3))} reads "verplichte taken gedaan en score
 * financiën minstens 3". Ids are replaced by the labels the definition gives them (a fact's,
 * domain's, step's, task's or organisation's label); an id the definition does not declare is shown
 * as it is.
 *
 * <p>This class is immutable and threadsafe.
 *
 * <pre>{@code
 * Wording wording = Wording.of(definition);
 * wording.guard(transition.guard());    // "spoor is 3 en toegelaten tot schuldhulp"
 * wording.milestone(norm.to());         // "eerste gesprek gehouden"
 * Wording.term(norm.within());          // "4 weken"
 * }</pre>
 */
public final class Wording {
  /** A term of one unit, in the singular. */
  private static final Map<TermUnit, String> ONE = Map.of(
      TermUnit.DAYS, "1 dag", TermUnit.WORKING_DAYS, "1 werkdag", TermUnit.WEEKS, "1 week", TermUnit.MONTHS, "1 maand");

  private final WorkflowDefinition definition;

  private Wording(WorkflowDefinition definition) {
    this.definition = definition;
  }

  /**
   * The wording for {@code definition}'s labels.
   *
   * @throws NullPointerException if {@code definition} is null
   */
  public static Wording of(WorkflowDefinition definition) {
    return new Wording(Objects.requireNonNull(definition, "definition"));
  }

  /**
   * A guard in words. {@link Guard#always()} reads "altijd" (diagrams leave such an edge
   * unlabelled); "en" binds tighter than "of", and a nested group is put in parentheses: {@code
   * anyOf(a, allOf(b, c))} reads "a of (b en c)". {@code not(g)} reads "niet (…)".
   *
   * @throws NullPointerException if {@code guard} is null
   */
  public String guard(Guard guard) {
    Objects.requireNonNull(guard, "guard");
    if (guard instanceof Guard.Always) {
      return "altijd";
    }
    if (guard instanceof Guard.FactEquals fact) {
      return lowerFirst(definition.fact(fact.fact()).map(Fact::label).orElse(fact.fact())) + " is " + fact.value();
    }
    if (guard instanceof Guard.FlagSet flag) {
      return "gemarkeerd als " + flag.flag().label();
    }
    if (guard instanceof Guard.ScoreAtLeast score) {
      return "score " + lowerFirst(domainLabel(score.domain())) + " minstens " + score.score();
    }
    if (guard instanceof Guard.RequiredTasksDone) {
      return "verplichte taken gedaan";
    }
    if (guard instanceof Guard.AccessGranted) {
      return "toegelaten tot schuldhulp";
    }
    if (guard instanceof Guard.ActivityActive activity) {
      return activity.kind().label() + " loopt";
    }
    if (guard instanceof Guard.Not not) {
      return not.guard() instanceof Guard.Always ? "nooit" : "niet (" + guard(not.guard()) + ")";
    }
    List<Guard> operands = operands(guard);
    if (operands.isEmpty()) {
      return "altijd";
    }
    boolean all = guard instanceof Guard.AllOf;
    List<String> words = new ArrayList<>();
    for (Guard operand : operands) {
      boolean group = operands.size() > 1 && operands(operand).size() > 1;
      words.add(group ? "(" + guard(operand) + ")" : guard(operand));
    }
    return join(words, all ? "en" : "of");
  }

  /**
   * A milestone in words, e.g. "eerste gesprek gehouden" or "stap Huisbezoek begonnen".
   *
   * @throws NullPointerException if {@code milestone} is null
   */
  public String milestone(Milestone milestone) {
    return MilestoneWording.of(milestone, definition);
  }

  /**
   * Who holds a kind of regie, e.g. "regie: Werk en Inkomen" for client regie (<i>regie op de
   * klant</i>) or "procesregie: Buurtteam Sociaal" for another kind.
   *
   * @throws NullPointerException if {@code lead} is null
   */
  public String lead(LeadRule lead) {
    Objects.requireNonNull(lead, "lead");
    String holder = definition.organisation(lead.organisation()).map(Organisation::label).orElse(lead.organisation());
    return (lead.kind() == LeadKind.CLIENT_LEAD ? "regie" : lead.kind().label()) + ": " + holder;
  }

  /**
   * A term in words with the right number, e.g. "1 week", "3 werkdagen".
   *
   * @throws NullPointerException if {@code term} is null
   */
  public static String term(Term term) {
    Objects.requireNonNull(term, "term");
    return term.amount() == 1 ? ONE.get(term.unit()) : term.toString();
  }

  /** The operands of a junction after flattening nested junctions of the same kind; else empty. */
  private static List<Guard> operands(Guard guard) {
    List<Guard> operands = new ArrayList<>();
    if (guard instanceof Guard.AllOf all) {
      for (Guard operand : all.guards()) {
        if (operand instanceof Guard.AllOf) {
          operands.addAll(operands(operand));
        } else if (!(operand instanceof Guard.Always)) {
          operands.add(operand); // "altijd en x" is just x
        }
      }
    } else if (guard instanceof Guard.AnyOf any) {
      for (Guard operand : any.guards()) {
        if (operand instanceof Guard.Always) {
          return List.of(); // "altijd of x" always holds
        }
        operands.addAll(operand instanceof Guard.AnyOf ? operands(operand) : List.of(operand));
      }
    }
    return operands;
  }

  /** "a", "a en b", "a, b en c". */
  static String join(List<String> words, String conjunction) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " "
        + conjunction
        + " "
        + words.get(words.size() - 1);
  }

  /** The label of the first assessment domain with this id, else the id. */
  private String domainLabel(String id) {
    for (AssessmentDomain domain : definition.domains()) {
      if (domain.id().equals(id)) {
        return domain.label();
      }
    }
    return id;
  }

  /** Lower-cases the first letter for use inside a sentence, unless the word is an acronym. */
  private static String lowerFirst(String label) {
    String visible = label.strip(); // leading white space is folded away in every diagram
    if (visible.codePointCount(0, visible.length()) > 1
        && Character.isUpperCase(visible.codePointAt(visible.offsetByCodePoints(0, 1)))) {
      return visible;
    }
    return Text.withFirst(visible, Character::toLowerCase);
  }
}
