package nl.schuldhulp.workflow.jackson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

/**
 * Generates random definitions that every core constructor accepts (valid in shape, not
 * necessarily sound: references need not resolve), covering every guard, milestone, term unit and
 * enum constant, defaults and non-defaults, and texts that need escaping. Seeded: one generator per
 * seed gives one sequence. Not threadsafe.
 */
final class DefinitionGenerator {
  private static final String[] WORDS = {
    "melding", "huisbezoek", "driegesprek", "stabilisatie", "nazorg", "buurtteam", "weni", "financiën",
    "spoor", "regie", "Cliënt", "W&I", "schuld/regeling", "tilde~0", "\"quoted\"", "back\\slash",
    "tab\there", "new\nline", "€ 100", "ĳsbeer", "日本", "😀", "a", "Z"
  };

  private final Random random;

  DefinitionGenerator(long seed) {
    this.random = new Random(seed);
  }

  WorkflowDefinition definition() {
    List<Norm> norms = new ArrayList<>();
    int normsChoice = random.nextInt(4);
    if (normsChoice == 0) {
      norms.addAll(Norms.defaults());
    } else if (normsChoice == 1) {
      norms.addAll(Norms.legal());
    }
    norms.addAll(list(3, this::norm));
    return new WorkflowDefinition(
        word(),
        random.nextInt(10) == 0 ? Integer.MAX_VALUE : 1 + random.nextInt(100),
        text(),
        text(),
        date(),
        random.nextBoolean() ? "" : text(),
        list(3, this::organisation),
        list(2, this::fact),
        list(2, () -> new AssessmentDomain(word(), text())),
        list(3, this::entryPoint),
        list(5, this::step),
        list(3, () -> new ActivityRule(pick(ActivityKind.values()), list(2, this::word))),
        norms,
        list(2, () -> new NormWaiver(word(), text())),
        random.nextBoolean() ? SignalRules.defaults() : signals(),
        list(3, this::exit),
        random.nextBoolean() ? Aftercare.none() : new Aftercare(term(), term()),
        random.nextBoolean() ? CasePolicy.defaults() : new CasePolicy(1 + random.nextInt(9), random.nextBoolean()));
  }

  private Organisation organisation() {
    return new Organisation(word(), text(), pick(OrganisationKind.values()), pick(Track.values()),
        list(3, () -> new Role(word(), text())));
  }

  private Fact fact() {
    List<String> values = list(3, this::word);
    values.add(word());
    return new Fact(word(), text(), values);
  }

  private EntryPoint entryPoint() {
    return new EntryPoint(word(), text(), pick(EntryChannel.values()), word(), list(2, this::word));
  }

  private Step step() {
    return new Step(word(), text(), pick(Phase.values()),
        list(2, () -> new LeadRule(pick(LeadKind.values()), word(), pick(HandoverMode.values()))),
        list(3, this::task),
        list(3, this::transition));
  }

  private TaskTemplate task() {
    Assignee owner = random.nextBoolean() ? Assignee.client() : Assignee.role(word(), word());
    return new TaskTemplate(word(), text(), owner, term(), random.nextBoolean(), random.nextBoolean());
  }

  private Transition transition() {
    String to = word();
    return new Transition(to, random.nextBoolean() ? Guard.always() : guard(3),
        random.nextBoolean() ? 0 : random.nextInt(10), random.nextBoolean() ? to : text());
  }

  private Norm norm() {
    return new Norm(word(), text(), pick(NormSource.values()), milestone(), milestone(), term(),
        random.nextBoolean() ? Guard.always() : guard(3), validity(), text());
  }

  private Validity validity() {
    LocalDate first = date();
    LocalDate second = date();
    LocalDate from = first.isBefore(second) ? first : second;
    LocalDate until = first.isBefore(second) ? second : first;
    switch (random.nextInt(4)) {
      case 0:
        return Validity.ALWAYS;
      case 1:
        return Validity.from(from);
      case 2:
        return Validity.until(until);
      default:
        return new Validity(from, until);
    }
  }

  private SignalRules signals() {
    Map<String, Term> perStep = new LinkedHashMap<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      perStep.put(word(), term());
    }
    return new SignalRules(term(), 1 + random.nextInt(5), term(), term(), term(), term(), perStep, term(), term());
  }

  private ExitCriteria exit() {
    List<String> steps = list(3, this::word);
    steps.add(word());
    return new ExitCriteria(word(), text(), pick(ClosureType.values()), steps,
        random.nextBoolean() ? Guard.always() : guard(2), random.nextBoolean());
  }

  Guard guard(int depth) {
    int kinds = depth <= 0 ? 7 : 10;
    switch (random.nextInt(kinds)) {
      case 0:
        return Guard.always();
      case 1:
        return Guard.factEquals(word(), word());
      case 2:
        return Guard.flagSet(pick(Flag.values()));
      case 3:
        return Guard.scoreAtLeast(word(), 1 + random.nextInt(5));
      case 4:
        return Guard.requiredTasksDone();
      case 5:
        return Guard.accessGranted();
      case 6:
        return Guard.activityActive(pick(ActivityKind.values()));
      case 7:
        return new Guard.AllOf(nonEmpty(3, () -> guard(depth - 1)));
      case 8:
        return new Guard.AnyOf(nonEmpty(3, () -> guard(depth - 1)));
      default:
        return Guard.not(guard(depth - 1));
    }
  }

  private Milestone milestone() {
    switch (random.nextInt(10)) {
      case 0:
        return Milestone.Registered.INSTANCE;
      case 1:
        return Milestone.FirstConversation.INSTANCE;
      case 2:
        return Milestone.AccessDecided.INSTANCE;
      case 3:
        return Milestone.Closed.INSTANCE;
      case 4:
        return new Milestone.StepEntered(word());
      case 5:
        return new Milestone.TaskCompleted(word());
      case 6:
        return new Milestone.ActivityStarted(pick(ActivityKind.values()));
      case 7:
        return new Milestone.ActivityEnded(pick(ActivityKind.values()));
      case 8:
        return new Milestone.FlagRaised(pick(Flag.values()));
      default:
        return new Milestone.AppointmentHeld(pick(AppointmentKind.values()));
    }
  }

  private Term term() {
    int amount = random.nextInt(20) == 0 ? Integer.MAX_VALUE : random.nextInt(400);
    return new Term(amount, pick(TermUnit.values()));
  }

  private LocalDate date() {
    switch (random.nextInt(20)) {
      case 0:
        return LocalDate.of(1, 1, 1);
      case 1:
        return LocalDate.of(9999, 12, 31);
      default:
        return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(365 * 50));
    }
  }

  String word() {
    String word = WORDS[random.nextInt(WORDS.length)];
    return random.nextBoolean() ? word : word + "-" + random.nextInt(100);
  }

  private String text() {
    return random.nextInt(4) == 0 ? word() + " " + word() : word();
  }

  private <E> E pick(E[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> List<T> list(int max, Supplier<T> element) {
    List<T> values = new ArrayList<>();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      values.add(element.get());
    }
    return values;
  }

  private <T> List<T> nonEmpty(int max, Supplier<T> element) {
    List<T> values = list(max - 1, element);
    values.add(element.get());
    return values;
  }
}
