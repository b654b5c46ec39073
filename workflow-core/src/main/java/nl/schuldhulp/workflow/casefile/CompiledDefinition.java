package nl.schuldhulp.workflow.casefile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.ActivityRule;
import nl.schuldhulp.workflow.definition.AssessmentDomain;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * A definition with its lookups precomputed once: steps, organisations, facts, domains, norms and
 * activity rules by id, and each step's regie rule by kind. Immutable and threadsafe.
 */
final class CompiledDefinition {
  final WorkflowDefinition definition;
  final Map<String, Step> steps = new HashMap<>();
  /** Each step's regie rules by kind ordinal; null where the step names none. */
  final Map<String, LeadRule[]> stepLeads = new HashMap<>();
  final Map<String, EntryPoint> entryPoints = new HashMap<>();
  final Map<String, Organisation> organisations = new HashMap<>();
  final Map<String, Set<String>> factValues = new HashMap<>();
  final Set<String> domains = new HashSet<>();
  final Map<String, Norm> norms = new HashMap<>();
  final Map<ActivityKind, List<String>> activityCarriers = new EnumMap<>(ActivityKind.class);
  final Map<String, List<ExitCriteria>> exitsByStep = new HashMap<>();
  /** The organisations some step's regie rule names: they may receive a handover of any kind. */
  final Set<String> leadOrganisations = new HashSet<>();
  final List<LeadKind> usedKinds;
  /** The kind whose holder moves and closes the case: client lead, else process, else execution. */
  final LeadKind primaryKind;

  CompiledDefinition(WorkflowDefinition definition) {
    this.definition = Objects.requireNonNull(definition, "definition");
    for (Step step : definition.steps()) {
      steps.put(step.id(), step);
      LeadRule[] byKind = new LeadRule[LeadKind.values().length];
      for (LeadRule rule : step.leads()) {
        byKind[rule.kind().ordinal()] = rule;
        leadOrganisations.add(rule.organisation());
      }
      stepLeads.put(step.id(), byKind);
    }
    for (EntryPoint entry : definition.entryPoints()) {
      entryPoints.put(entry.id(), entry);
    }
    for (Organisation organisation : definition.organisations()) {
      organisations.put(organisation.id(), organisation);
    }
    for (Fact fact : definition.facts()) {
      factValues.put(fact.id(), Set.copyOf(fact.values()));
    }
    for (AssessmentDomain domain : definition.domains()) {
      domains.add(domain.id());
    }
    for (Norm norm : definition.norms()) {
      norms.put(norm.id(), norm);
    }
    for (ActivityRule rule : definition.activities()) {
      List<String> carriers = new ArrayList<>(activityCarriers.getOrDefault(rule.kind(), List.of()));
      carriers.addAll(rule.organisations());
      activityCarriers.put(rule.kind(), List.copyOf(carriers));
    }
    for (ExitCriteria exit : definition.exits()) {
      for (String step : exit.steps()) {
        exitsByStep.computeIfAbsent(step, key -> new ArrayList<>()).add(exit);
      }
    }
    usedKinds = definition.leadKinds();
    primaryKind = usedKinds.isEmpty() ? LeadKind.CLIENT_LEAD : usedKinds.get(0);
  }

  boolean hasRole(String organisation, String role) {
    Organisation known = organisations.get(organisation);
    return known != null && hasRole(known, role);
  }

  /** Whether {@code organisation} has {@code role}: a short loop over its few roles, no lookup. */
  static boolean hasRole(Organisation organisation, String role) {
    for (int i = 0; i < organisation.roles().size(); i++) {
      if (organisation.roles().get(i).id().equals(role)) {
        return true;
      }
    }
    return false;
  }

  List<ExitCriteria> exitsFrom(String step) {
    return exitsByStep.getOrDefault(step, List.of());
  }

  boolean matches(CaseState state) {
    return definition.id().equals(state.definitionId) && definition.version() == state.definitionVersion;
  }
}
