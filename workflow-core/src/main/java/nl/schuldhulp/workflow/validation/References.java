package nl.schuldhulp.workflow.validation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * Every plain id reference resolves: entry points' steps and organisations, regie holders,
 * transition targets, task owners (organisation, and then the role within it), the organisations of
 * activity rules, the steps exit criteria close from, and the steps of per-step stall terms.
 * References inside guards and norm milestones are {@link ConditionReferences}' job.
 */
final class References {
  private References() {}

  static void check(DefinitionIndex index, ProblemList problems) {
    WorkflowDefinition definition = index.definition();
    Pointer root = Pointer.root();
    for (int e = 0; e < definition.entryPoints().size(); e++) {
      EntryPoint entry = definition.entryPoints().get(e);
      Pointer at = root.at("entryPoints").at(e);
      problems.requireKnown("step", entry.step(), index.stepIds(), at.at("step"));
      organisations(entry.organisations(), at.at("organisations"), index, problems);
    }
    for (int s = 0; s < definition.steps().size(); s++) {
      step(definition.steps().get(s), root.at("steps").at(s), index, problems);
    }
    for (int a = 0; a < definition.activities().size(); a++) {
      Pointer at = root.at("activities").at(a).at("organisations");
      organisations(definition.activities().get(a).organisations(), at, index, problems);
    }
    for (int x = 0; x < definition.exits().size(); x++) {
      ExitCriteria exit = definition.exits().get(x);
      Pointer at = root.at("exits").at(x).at("steps");
      for (int k = 0; k < exit.steps().size(); k++) {
        problems.requireKnown("step", exit.steps().get(k), index.stepIds(), at.at(k));
      }
    }
    Pointer stallTerms = root.at("signals").at("stalledAfterPerStep");
    Set<String> stalledSteps = new TreeSet<>(definition.signals().stalledAfterPerStep().keySet());
    for (String step : stalledSteps) {
      problems.requireKnown("step", step, index.stepIds(), stallTerms.at(step));
    }
  }

  private static void step(Step step, Pointer at, DefinitionIndex index, ProblemList problems) {
    for (int l = 0; l < step.leads().size(); l++) {
      Pointer lead = at.at("leads").at(l).at("organisation");
      problems.requireKnown(
          "organisation", step.leads().get(l).organisation(), index.organisationIds(), lead);
    }
    for (int t = 0; t < step.tasks().size(); t++) {
      TaskTemplate task = step.tasks().get(t);
      if (task.owner() instanceof Assignee.OrganisationRole owner) {
        Pointer ownerAt = at.at("tasks").at(t).at("owner");
        if (problems.requireKnown(
            "organisation",
            owner.organisation(),
            index.organisationIds(),
            ownerAt.at("organisation"))) {
          problems.requireKnown(
              "role in organisation '" + owner.organisation() + "'",
              owner.role(),
              index.roles(owner.organisation()),
              ownerAt.at("role"));
        }
      }
    }
    for (int t = 0; t < step.transitions().size(); t++) {
      Pointer target = at.at("transitions").at(t).at("to");
      problems.requireKnown("step", step.transitions().get(t).to(), index.stepIds(), target);
    }
  }

  private static void organisations(
      List<String> organisations, Pointer at, DefinitionIndex index, ProblemList problems) {
    for (int k = 0; k < organisations.size(); k++) {
      problems.requireKnown(
          "organisation", organisations.get(k), index.organisationIds(), at.at(k));
    }
  }
}
