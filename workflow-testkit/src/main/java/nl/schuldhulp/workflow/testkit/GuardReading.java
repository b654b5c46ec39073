package nl.schuldhulp.workflow.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.schuldhulp.workflow.casefile.Activity;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Task;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AssessmentDomain;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * The testkit's own reading of guards, independent of the engine: whether a guard holds in a state,
 * and what the guards of a definition's transitions and exits read (the facts, flags, score
 * thresholds, access and activity kinds the model checker must keep apart). Immutable and
 * threadsafe.
 */
final class GuardReading {
  final Set<String> facts = new TreeSet<>();
  /** Per fact, the values guards compare it with; other values are alike to every guard. */
  final Map<String, Set<String>> factValues = new HashMap<>();
  final Set<Flag> flags = EnumSet.noneOf(Flag.class);
  final Map<String, SortedSet<Integer>> thresholds = new TreeMap<>();
  final Set<ActivityKind> activities = EnumSet.noneOf(ActivityKind.class);
  boolean access;
  /** Per fact of the definition, {@link #representativeValues}, worked out once. */
  private final Map<Fact, List<String>> representativeValues = new IdentityHashMap<>();
  /** Per domain of the definition, {@link #representativeScores}, worked out once. */
  private final Map<String, List<Integer>> representativeScores = new HashMap<>();

  /** What the guards of {@code definition}'s transitions and exit criteria read. */
  static GuardReading of(WorkflowDefinition definition) {
    GuardReading reading = new GuardReading();
    for (Step step : definition.steps()) {
      step.transitions().forEach(transition -> reading.read(transition.guard()));
    }
    definition.exits().forEach(exit -> reading.read(exit.condition()));
    return reading.representatives(definition);
  }

  /** What the guards of {@code step}'s transitions and of the exit criteria that name it read. */
  static GuardReading of(WorkflowDefinition definition, Step step) {
    GuardReading reading = new GuardReading();
    step.transitions().forEach(transition -> reading.read(transition.guard()));
    definition.exitsFrom(step.id()).forEach(exit -> reading.read(exit.condition()));
    return reading.representatives(definition);
  }

  private GuardReading representatives(WorkflowDefinition definition) {
    for (Fact fact : definition.facts()) {
      representativeValues.put(fact, values(fact));
    }
    for (AssessmentDomain domain : definition.domains()) {
      representativeScores.putIfAbsent(domain.id(), scores(domain.id()));
    }
    return this;
  }

  private void read(Guard guard) {
    if (guard instanceof Guard.FactEquals fact) {
      facts.add(fact.fact());
      factValues.computeIfAbsent(fact.fact(), id -> new HashSet<>()).add(fact.value());
    } else if (guard instanceof Guard.FlagSet flag) {
      flags.add(flag.flag());
    } else if (guard instanceof Guard.ScoreAtLeast score) {
      thresholds.computeIfAbsent(score.domain(), domain -> new TreeSet<>()).add(score.score());
    } else if (guard instanceof Guard.AccessGranted) {
      access = true;
    } else if (guard instanceof Guard.ActivityActive activity) {
      activities.add(activity.kind());
    } else if (guard instanceof Guard.AllOf all) {
      all.guards().forEach(this::read);
    } else if (guard instanceof Guard.AnyOf any) {
      any.guards().forEach(this::read);
    } else if (guard instanceof Guard.Not not) {
      read(not.guard());
    }
  }

  /** The values of {@code fact} worth trying: each value a guard compares with, and one other. */
  List<String> representativeValues(Fact fact) {
    List<String> values = representativeValues.get(fact);
    return values != null ? values : values(fact);
  }

  private List<String> values(Fact fact) {
    Set<String> compared = factValues.getOrDefault(fact.id(), Set.of());
    List<String> values = new ArrayList<>(fact.values().stream().filter(compared::contains).toList());
    fact.values().stream().filter(value -> !compared.contains(value)).findFirst().ifPresent(values::add);
    return List.copyOf(values);
  }

  /** How the guards see the value of {@code fact}: the value itself if they compare with it, else alike to the rest. */
  String level(String fact, String value) {
    return value == null || factValues.getOrDefault(fact, Set.of()).contains(value) ? String.valueOf(value) : "anders";
  }

  /** The scores worth trying for {@code domain}: each threshold, and one below the lowest. */
  List<Integer> representativeScores(String domain) {
    List<Integer> scores = representativeScores.get(domain);
    return scores != null ? scores : scores(domain);
  }

  private List<Integer> scores(String domain) {
    SortedSet<Integer> read = thresholds.getOrDefault(domain, new TreeSet<>());
    List<Integer> scores = new ArrayList<>();
    if (!read.isEmpty() && read.first() > 1) {
      scores.add(read.first() - 1);
    }
    scores.addAll(read);
    return List.copyOf(scores);
  }

  /** The highest threshold of {@code domain} that {@code score} reaches; 0 if none or no score. */
  int level(String domain, Integer score) {
    int level = 0;
    SortedSet<Integer> read = thresholds.get(domain);
    if (read != null && score != null) {
      for (int threshold : read) {
        if (score >= threshold) {
          level = threshold;
        }
      }
    }
    return level;
  }

  /** Whether {@code guard} holds in {@code state}. */
  static boolean holds(Guard guard, CaseState state) {
    if (guard instanceof Guard.Always) {
      return true;
    }
    if (guard instanceof Guard.RequiredTasksDone) {
      return !anyOpenRequiredTask(state);
    }
    if (guard instanceof Guard.FactEquals fact) {
      return fact.value().equals(state.facts().get(fact.fact()));
    }
    if (guard instanceof Guard.FlagSet flag) {
      return state.flagged(flag.flag());
    }
    if (guard instanceof Guard.ScoreAtLeast score) {
      Integer latest = state.scores().get(score.domain());
      return latest != null && latest >= score.score();
    }
    if (guard instanceof Guard.AccessGranted) {
      return state.admitted();
    }
    if (guard instanceof Guard.ActivityActive activity) {
      return active(state).contains(activity.kind());
    }
    if (guard instanceof Guard.AllOf all) {
      for (Guard inner : all.guards()) {
        if (!holds(inner, state)) {
          return false;
        }
      }
      return true;
    }
    if (guard instanceof Guard.AnyOf any) {
      for (Guard inner : any.guards()) {
        if (holds(inner, state)) {
          return true;
        }
      }
      return false;
    }
    return !holds(((Guard.Not) guard).guard(), state);
  }

  /** The open required tasks created in the current step. */
  static List<Task> openRequiredTasks(CaseState state) {
    List<Task> open = new ArrayList<>();
    for (Task task : state.tasks()) {
      if (openRequired(task, state)) {
        open.add(task);
      }
    }
    return open;
  }

  /** Whether a required task created in the current step is open. */
  static boolean anyOpenRequiredTask(CaseState state) {
    for (Task task : state.tasks()) {
      if (openRequired(task, state)) {
        return true;
      }
    }
    return false;
  }

  private static boolean openRequired(Task task, CaseState state) {
    return task.open() && task.required() && task.step().equals(state.step());
  }

  /** The kinds of the running activities. */
  static Set<ActivityKind> active(CaseState state) {
    Set<ActivityKind> kinds = EnumSet.noneOf(ActivityKind.class);
    for (Activity activity : state.activities()) {
      if (activity.running()) {
        kinds.add(activity.kind());
      }
    }
    return kinds;
  }

  /** Whether the current step has a transition to {@code target}. */
  static boolean hasTransition(Step step, String target) {
    for (Transition transition : step.transitions()) {
      if (transition.to().equals(target)) {
        return true;
      }
    }
    return false;
  }
}
