package nl.schuldhulp.workflow.validation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.ActivityRule;
import nl.schuldhulp.workflow.definition.AssessmentDomain;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * The ids of a definition by kind, in definition order (so suggestions and problems come out in a
 * deterministic order), and a walk over every guard with its JSON pointer. Built once per
 * validation run; immutable after construction.
 */
final class DefinitionIndex {
  private final WorkflowDefinition definition;
  private final Set<String> stepIds = new LinkedHashSet<>();
  private final Set<String> organisationIds = new LinkedHashSet<>();
  private final Map<String, Set<String>> rolesByOrganisation = new LinkedHashMap<>();
  private final Map<String, List<String>> valuesByFact = new LinkedHashMap<>();
  private final Set<String> domainIds = new LinkedHashSet<>();
  private final Set<String> taskIds = new LinkedHashSet<>();
  private final Set<ActivityKind> offeredActivities = EnumSet.noneOf(ActivityKind.class);
  private final Set<String> activityOrganisations = new LinkedHashSet<>();
  private final Set<String> closingSteps = new LinkedHashSet<>();
  private final Set<String> exitSteps = new LinkedHashSet<>();

  DefinitionIndex(WorkflowDefinition definition) {
    this.definition = definition;
    for (Organisation organisation : definition.organisations()) {
      organisationIds.add(organisation.id());
      Set<String> roles =
          rolesByOrganisation.computeIfAbsent(organisation.id(), id -> new LinkedHashSet<>());
      organisation.roles().stream().map(Role::id).forEach(roles::add);
    }
    for (Step step : definition.steps()) {
      stepIds.add(step.id());
      step.tasks().stream().map(TaskTemplate::id).forEach(taskIds::add);
    }
    for (Fact fact : definition.facts()) {
      valuesByFact.putIfAbsent(fact.id(), fact.values());
    }
    definition.domains().stream().map(AssessmentDomain::id).forEach(domainIds::add);
    for (ActivityRule rule : definition.activities()) {
      offeredActivities.add(rule.kind());
      activityOrganisations.addAll(rule.organisations());
    }
    for (ExitCriteria exit : definition.exits()) {
      exitSteps.addAll(exit.steps());
      if (exit.type() == ClosureType.POSITIVE || exit.type() == ClosureType.REFERRED) {
        closingSteps.addAll(exit.steps());
      }
    }
  }

  WorkflowDefinition definition() {
    return definition;
  }

  Set<String> stepIds() {
    return Collections.unmodifiableSet(stepIds);
  }

  Set<String> organisationIds() {
    return Collections.unmodifiableSet(organisationIds);
  }

  /** The role ids of a known organisation; empty for an unknown one. */
  Set<String> roles(String organisationId) {
    return Collections.unmodifiableSet(rolesByOrganisation.getOrDefault(organisationId, Set.of()));
  }

  Set<String> factIds() {
    return Collections.unmodifiableSet(valuesByFact.keySet());
  }

  /**
   * The declared values of a known fact (the first fact with that id); empty for an unknown one.
   */
  List<String> factValues(String factId) {
    return valuesByFact.getOrDefault(factId, List.of());
  }

  Set<String> domainIds() {
    return Collections.unmodifiableSet(domainIds);
  }

  /** The ids of the task templates of every step. */
  Set<String> taskIds() {
    return Collections.unmodifiableSet(taskIds);
  }

  boolean offers(ActivityKind kind) {
    return offeredActivities.contains(kind);
  }

  /** The organisations that may carry out some activity of the definition. */
  Set<String> activityOrganisations() {
    return Collections.unmodifiableSet(activityOrganisations);
  }

  /** The steps named by exit criteria of type positive or referred (ADR 0002). */
  Set<String> closingSteps() {
    return Collections.unmodifiableSet(closingSteps);
  }

  /** The steps named by any exit criteria. */
  Set<String> exitSteps() {
    return Collections.unmodifiableSet(exitSteps);
  }

  /**
   * Visits every guard of the definition and every guard nested in it, with its pointer: transition
   * guards, norm conditions and exit conditions, in definition order.
   */
  void forEachGuard(BiConsumer<Guard, Pointer> visitor) {
    Pointer steps = Pointer.root().at("steps");
    for (int s = 0; s < definition.steps().size(); s++) {
      Pointer transitions = steps.at(s).at("transitions");
      List<Transition> list = definition.steps().get(s).transitions();
      for (int t = 0; t < list.size(); t++) {
        walk(list.get(t).guard(), transitions.at(t).at("guard"), visitor);
      }
    }
    Pointer norms = Pointer.root().at("norms");
    for (int n = 0; n < definition.norms().size(); n++) {
      walk(definition.norms().get(n).appliesWhen(), norms.at(n).at("appliesWhen"), visitor);
    }
    Pointer exits = Pointer.root().at("exits");
    for (int e = 0; e < definition.exits().size(); e++) {
      walk(definition.exits().get(e).condition(), exits.at(e).at("condition"), visitor);
    }
  }

  private static void walk(Guard guard, Pointer at, BiConsumer<Guard, Pointer> visitor) {
    visitor.accept(guard, at);
    if (guard instanceof Guard.AllOf all) {
      walkEach(all.guards(), at.at("guards"), visitor);
    } else if (guard instanceof Guard.AnyOf any) {
      walkEach(any.guards(), at.at("guards"), visitor);
    } else if (guard instanceof Guard.Not not) {
      walk(not.guard(), at.at("guard"), visitor);
    }
  }

  private static void walkEach(List<Guard> guards, Pointer at, BiConsumer<Guard, Pointer> visitor) {
    for (int i = 0; i < guards.size(); i++) {
      walk(guards.get(i), at.at(i), visitor);
    }
  }
}
