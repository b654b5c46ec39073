package nl.schuldhulp.workflow.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.schuldhulp.workflow.definition.ActivityRule;
import nl.schuldhulp.workflow.definition.AssessmentDomain;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.NormWaiver;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * A definition taken apart into mutable lists, to derive broken variants in tests where the builder
 * has no remove or replace method. Not threadsafe.
 */
final class DefinitionParts {
  private final WorkflowDefinition original;
  final List<Organisation> organisations;
  final List<Fact> facts;
  final List<AssessmentDomain> domains;
  final List<EntryPoint> entryPoints;
  final List<Step> steps;
  final List<ActivityRule> activities;
  final List<Norm> norms;
  final List<NormWaiver> waivers;
  final List<ExitCriteria> exits;
  SignalRules signals;

  private DefinitionParts(WorkflowDefinition definition) {
    original = definition;
    organisations = new ArrayList<>(definition.organisations());
    facts = new ArrayList<>(definition.facts());
    domains = new ArrayList<>(definition.domains());
    entryPoints = new ArrayList<>(definition.entryPoints());
    steps = new ArrayList<>(definition.steps());
    activities = new ArrayList<>(definition.activities());
    norms = new ArrayList<>(definition.norms());
    waivers = new ArrayList<>(definition.waivers());
    exits = new ArrayList<>(definition.exits());
    signals = definition.signals();
  }

  static DefinitionParts of(WorkflowDefinition definition) {
    return new DefinitionParts(definition);
  }

  /** Replaces step {@code index} by the step {@code change} builds from it. */
  DefinitionParts step(int index, UnaryOperator<Step.Builder> change) {
    steps.set(index, change.apply(steps.get(index).toBuilder()).build());
    return this;
  }

  /** The index of the step with this id. */
  int stepIndex(String id) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no step " + id);
  }

  WorkflowDefinition build() {
    return new WorkflowDefinition(
        original.id(),
        original.version(),
        original.label(),
        original.municipality(),
        original.effectiveFrom(),
        original.description(),
        organisations,
        facts,
        domains,
        entryPoints,
        steps,
        activities,
        norms,
        waivers,
        signals,
        exits,
        original.aftercare(),
        original.policy());
  }

  /** A copy of {@code norm} counting from {@code from} to {@code to} within {@code within}. */
  static Norm normBetween(Norm norm, Milestone from, Milestone to, Term within) {
    return new Norm(
        norm.id(),
        norm.label(),
        norm.source(),
        from,
        to,
        within,
        norm.appliesWhen(),
        norm.validity(),
        norm.citation());
  }
}
