package nl.schuldhulp.workflow.jackson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.ActivityRule;
import nl.schuldhulp.workflow.definition.Aftercare;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.AssessmentDomain;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.CasePolicy;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.NormSource;
import nl.schuldhulp.workflow.definition.NormWaiver;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.TermUnit;
import nl.schuldhulp.workflow.definition.Track;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.Validity;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.testkit.property.Gen;

/**
 * Generates random definitions that every core constructor accepts (valid in shape, not
 * necessarily sound: references need not resolve), covering every guard, milestone, term unit and
 * enum constant, defaults and non-defaults, and texts that need escaping. Draws from a testkit
 * source through {@link Draws}, the simplest choices giving the simplest parts (no organisations,
 * no norms, defaults, short plain words), so a failing definition shrinks to what the failure
 * needs. Not threadsafe.
 */
final class DefinitionGenerator {
  /** Generated definitions. */
  static final Gen<WorkflowDefinition> DEFINITIONS = Draws.gen(DefinitionGenerator::definition);

  private static final String[] WORDS = {
    "melding", "huisbezoek", "driegesprek", "stabilisatie", "nazorg", "buurtteam", "weni", "financiën",
    "spoor", "regie", "Cliënt", "W&I", "schuld/regeling", "tilde~0", "\"quoted\"", "back\\slash",
    "tab\there", "new\nline", "€ 100", "ĳsbeer", "日本", "😀", "a", "Z"
  };

  private final Draws d;

  private DefinitionGenerator(Draws draws) {
    this.d = draws;
  }

  /** A definition made from {@code draws}. */
  static WorkflowDefinition definition(Draws draws) {
    return new DefinitionGenerator(draws).definition();
  }

  private WorkflowDefinition definition() {
    List<Norm> norms = new ArrayList<>();
    switch (d.below(4)) {
      case 1 -> norms.addAll(Norms.defaults());
      case 2 -> norms.addAll(Norms.legal());
      default -> { }
    }
    norms.addAll(d.list(3, this::norm));
    return new WorkflowDefinition(
        word(),
        d.below(10) == 9 ? Integer.MAX_VALUE : 1 + d.below(100),
        text(),
        text(),
        date(),
        d.bool() ? text() : "",
        d.list(3, this::organisation),
        d.list(2, this::fact),
        d.list(2, () -> new AssessmentDomain(word(), text())),
        d.list(3, this::entryPoint),
        d.list(5, this::step),
        d.list(3, () -> new ActivityRule(d.oneOf(ActivityKind.values()), d.list(2, this::word))),
        norms,
        d.list(2, () -> new NormWaiver(word(), text())),
        d.bool() ? signals() : SignalRules.defaults(),
        d.list(3, this::exit),
        d.bool() ? new Aftercare(term(), term()) : Aftercare.none(),
        d.bool() ? new CasePolicy(1 + d.below(9), d.bool()) : CasePolicy.defaults());
  }

  private Organisation organisation() {
    return new Organisation(word(), text(), d.oneOf(OrganisationKind.values()), d.oneOf(Track.values()),
        d.list(3, () -> new Role(word(), text())));
  }

  private Fact fact() {
    List<String> values = d.list(3, this::word);
    values.add(word());
    return new Fact(word(), text(), values);
  }

  private EntryPoint entryPoint() {
    return new EntryPoint(word(), text(), d.oneOf(EntryChannel.values()), word(), d.list(2, this::word));
  }

  private Step step() {
    return new Step(word(), text(), d.oneOf(Phase.values()),
        d.list(2, () -> new LeadRule(d.oneOf(LeadKind.values()), word(), d.oneOf(HandoverMode.values()))),
        d.list(3, this::task),
        d.list(3, this::transition));
  }

  private TaskTemplate task() {
    Assignee owner = d.bool() ? Assignee.role(word(), word()) : Assignee.client();
    return new TaskTemplate(word(), text(), owner, term(), d.bool(), d.bool());
  }

  private Transition transition() {
    String to = word();
    return new Transition(to, d.bool() ? guard(3) : Guard.always(), d.bool() ? d.below(10) : 0,
        d.bool() ? text() : to);
  }

  private Norm norm() {
    return new Norm(word(), text(), d.oneOf(NormSource.values()), milestone(), milestone(), term(),
        d.bool() ? guard(3) : Guard.always(), validity(), text());
  }

  private Validity validity() {
    LocalDate first = date();
    LocalDate second = date();
    LocalDate from = first.isBefore(second) ? first : second;
    LocalDate until = first.isBefore(second) ? second : first;
    return switch (d.below(4)) {
      case 0 -> Validity.ALWAYS;
      case 1 -> Validity.from(from);
      case 2 -> Validity.until(until);
      default -> new Validity(from, until);
    };
  }

  private SignalRules signals() {
    Map<String, Term> perStep = new LinkedHashMap<>();
    for (int i = d.below(3); i > 0; i--) {
      perStep.put(word(), term());
    }
    return new SignalRules(term(), 1 + d.below(5), term(), term(), term(), term(), perStep, term(), term());
  }

  private ExitCriteria exit() {
    List<String> steps = d.list(3, this::word);
    steps.add(word());
    return new ExitCriteria(word(), text(), d.oneOf(ClosureType.values()), steps,
        d.bool() ? guard(2) : Guard.always(), d.bool());
  }

  Guard guard(int depth) {
    return switch (d.below(depth <= 0 ? 7 : 10)) {
      case 0 -> Guard.always();
      case 1 -> Guard.factEquals(word(), word());
      case 2 -> Guard.flagSet(d.oneOf(Flag.values()));
      case 3 -> Guard.scoreAtLeast(word(), 1 + d.below(5));
      case 4 -> Guard.requiredTasksDone();
      case 5 -> Guard.accessGranted();
      case 6 -> Guard.activityActive(d.oneOf(ActivityKind.values()));
      case 7 -> new Guard.AllOf(nonEmpty(3, () -> guard(depth - 1)));
      case 8 -> new Guard.AnyOf(nonEmpty(3, () -> guard(depth - 1)));
      default -> Guard.not(guard(depth - 1));
    };
  }

  private Milestone milestone() {
    return switch (d.below(10)) {
      case 0 -> Milestone.Registered.INSTANCE;
      case 1 -> Milestone.FirstConversation.INSTANCE;
      case 2 -> Milestone.AccessDecided.INSTANCE;
      case 3 -> Milestone.Closed.INSTANCE;
      case 4 -> new Milestone.StepEntered(word());
      case 5 -> new Milestone.TaskCompleted(word());
      case 6 -> new Milestone.ActivityStarted(d.oneOf(ActivityKind.values()));
      case 7 -> new Milestone.ActivityEnded(d.oneOf(ActivityKind.values()));
      case 8 -> new Milestone.FlagRaised(d.oneOf(Flag.values()));
      default -> new Milestone.AppointmentHeld(d.oneOf(AppointmentKind.values()));
    };
  }

  private Term term() {
    int amount = d.below(20) == 19 ? Integer.MAX_VALUE : d.below(400);
    return new Term(amount, d.oneOf(TermUnit.values()));
  }

  private LocalDate date() {
    return switch (d.below(20)) {
      case 18 -> LocalDate.of(1, 1, 1);
      case 19 -> LocalDate.of(9999, 12, 31);
      default -> LocalDate.of(1990, 1, 1).plusDays(d.below(365 * 50));
    };
  }

  String word() {
    String word = d.oneOf(WORDS);
    return d.bool() ? word + "-" + d.below(100) : word;
  }

  private String text() {
    return d.below(4) == 3 ? word() + " " + word() : word();
  }

  private <T> List<T> nonEmpty(int max, Supplier<T> element) {
    List<T> values = d.list(max - 1, element);
    values.add(element.get());
    return values;
  }
}
