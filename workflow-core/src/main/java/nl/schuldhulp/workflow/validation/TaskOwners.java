package nl.schuldhulp.workflow.validation;

import java.util.List;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;

/**
 * Every task is owned by someone with a part in its step: the client, or a role of an
 * organisation that holds some kind of regie in the step or may carry out an activity of the
 * definition (an activity can run beside any step, R-06). Owners naming an unknown organisation are
 * left to {@link References}. ADR 0011 explains this reading.
 */
final class TaskOwners {
  private TaskOwners() {}

  static void check(DefinitionIndex index, ProblemList problems) {
    List<Step> steps = index.definition().steps();
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      for (int t = 0; t < step.tasks().size(); t++) {
        TaskTemplate task = step.tasks().get(t);
        if (task.owner() instanceof Assignee.OrganisationRole owner
            && index.organisationIds().contains(owner.organisation())
            && !involved(owner.organisation(), step, index)) {
          Pointer at =
              Pointer.root().at("steps").at(s).at("tasks").at(t).at("owner").at("organisation");
          problems.add(
              ProblemCode.TASK_OWNER_NOT_INVOLVED,
              at,
              "task '%s' of step '%s' is owned by '%s', which neither holds regie in that step"
                  + " nor carries out any activity",
              task.id(),
              step.id(),
              owner.organisation());
        }
      }
    }
  }

  private static boolean involved(String organisation, Step step, DefinitionIndex index) {
    return step.leads().stream().anyMatch(lead -> lead.organisation().equals(organisation))
        || index.activityOrganisations().contains(organisation);
  }
}
