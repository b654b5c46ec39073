package nl.schuldhulp.workflow.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * The lookups into one definition that the checks make on every command (a step or organisation by
 * id, the regie kinds used, the exit criteria from a step), computed once instead of by a search of
 * the definition's lists each time (ADR 0067). Immutable and threadsafe.
 */
final class DefinitionIndex {
  final WorkflowDefinition definition;
  /** The regie kinds some step uses, as {@link WorkflowDefinition#leadKinds()}. */
  final List<LeadKind> leadKinds;
  private final Map<String, Step> steps = new HashMap<>();
  private final Map<String, Organisation> organisations = new HashMap<>();
  private final Map<String, Set<String>> roles = new HashMap<>();
  private final Map<String, ExitCriteria> exits = new HashMap<>();
  private final Map<String, List<ExitCriteria>> exitsFrom = new HashMap<>();

  DefinitionIndex(WorkflowDefinition definition) {
    this.definition = definition;
    this.leadKinds = definition.leadKinds();
    definition.steps().forEach(step -> steps.putIfAbsent(step.id(), step));
    for (Organisation organisation : definition.organisations()) {
      if (organisations.putIfAbsent(organisation.id(), organisation) == null) {
        Set<String> ids = new HashSet<>();
        organisation.roles().forEach(role -> ids.add(role.id()));
        roles.put(organisation.id(), ids);
      }
    }
    for (ExitCriteria exit : definition.exits()) {
      exits.putIfAbsent(exit.id(), exit);
      for (String step : exit.steps()) {
        List<ExitCriteria> from = exitsFrom.computeIfAbsent(step, id -> new ArrayList<>());
        if (from.isEmpty() || from.get(from.size() - 1) != exit) {
          from.add(exit);
        }
      }
    }
    exitsFrom.replaceAll((step, from) -> List.copyOf(from));
  }

  /** The index of {@code definition}: this one if it is the same definition, else a new one. */
  DefinitionIndex of(WorkflowDefinition definition) {
    return definition == this.definition ? this : new DefinitionIndex(definition);
  }

  /**
   * The step with this id; throws {@link NoSuchElementException} if there is none, as {@code
   * definition.step(id).orElseThrow()} does (an engine that enters an unknown step is reported with
   * that exception).
   */
  Step step(String id) {
    Step step = steps.get(id);
    if (step == null) {
      throw new NoSuchElementException("No value present");
    }
    return step;
  }

  /** The organisation with this id, if any. */
  Optional<Organisation> organisation(String id) {
    return Optional.ofNullable(organisations.get(id));
  }

  /** Whether the organisation with this id is in the definition and has the role {@code role}. */
  boolean hasRole(String organisation, String role) {
    Set<String> ids = roles.get(organisation);
    return ids != null && ids.contains(role);
  }

  /** The exit criteria with this id, or null. */
  ExitCriteria exit(String id) {
    return exits.get(id);
  }

  /** The exit criteria that name {@code step}, in the definition's order. */
  List<ExitCriteria> exitsFrom(String step) {
    return exitsFrom.getOrDefault(step, List.of());
  }
}
