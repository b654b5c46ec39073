package nl.schuldhulp.workflow.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.schuldhulp.workflow.definition.AssessmentDomain;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.NormWaiver;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Ids are unique where other parts refer to them: organisations, roles within an organisation,
 * steps, entry points, facts and the values of each fact, assessment domains, norms, exit criteria,
 * task templates within a step; activity rules by kind and waivers by norm. Every later occurrence
 * is reported at its id, naming where the id was first used.
 */
final class UniqueIds {
  private UniqueIds() {}

  static void check(DefinitionIndex index, ProblemList problems) {
    WorkflowDefinition definition = index.definition();
    Pointer root = Pointer.root();
    unique(
        "organisation",
        definition.organisations(),
        Organisation::id,
        root.at("organisations"),
        "id",
        problems);
    for (int o = 0; o < definition.organisations().size(); o++) {
      Organisation organisation = definition.organisations().get(o);
      unique(
          "role in organisation '" + organisation.id() + "'",
          organisation.roles(),
          Role::id,
          root.at("organisations").at(o).at("roles"),
          "id",
          problems);
    }
    unique("fact", definition.facts(), Fact::id, root.at("facts"), "id", problems);
    for (int f = 0; f < definition.facts().size(); f++) {
      Fact fact = definition.facts().get(f);
      unique(
          "value of fact '" + fact.id() + "'",
          fact.values(),
          Function.identity(),
          root.at("facts").at(f).at("values"),
          "",
          problems);
    }
    unique(
        "assessment domain",
        definition.domains(),
        AssessmentDomain::id,
        root.at("domains"),
        "id",
        problems);
    unique(
        "entry point",
        definition.entryPoints(),
        EntryPoint::id,
        root.at("entryPoints"),
        "id",
        problems);
    unique("step", definition.steps(), Step::id, root.at("steps"), "id", problems);
    for (int s = 0; s < definition.steps().size(); s++) {
      Step step = definition.steps().get(s);
      unique(
          "task in step '" + step.id() + "'",
          step.tasks(),
          TaskTemplate::id,
          root.at("steps").at(s).at("tasks"),
          "id",
          problems);
    }
    unique(
        "activity rule for",
        definition.activities(),
        rule -> rule.kind().label(),
        root.at("activities"),
        "kind",
        problems);
    unique("norm", definition.norms(), Norm::id, root.at("norms"), "id", problems);
    unique(
        "waiver of norm",
        definition.waivers(),
        NormWaiver::norm,
        root.at("waivers"),
        "norm",
        problems);
    unique("exit criteria", definition.exits(), ExitCriteria::id, root.at("exits"), "id", problems);
  }

  /**
   * Reports every element of {@code items} whose id an earlier element already has, at {@code
   * list/i/member} (or {@code list/i} when {@code member} is empty).
   */
  private static <T> void unique(
      String what,
      List<T> items,
      Function<T, String> id,
      Pointer list,
      String member,
      ProblemList problems) {
    Map<String, Pointer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Pointer at = member.isEmpty() ? list.at(i) : list.at(i).at(member);
      String value = id.apply(items.get(i));
      Pointer earlier = first.putIfAbsent(value, at);
      if (earlier != null) {
        problems.add(
            ProblemCode.DUPLICATE_ID,
            at,
            "%s '%s' appears more than once (first at %s); give each its own id or remove one",
            what,
            value,
            earlier);
      }
    }
  }
}
