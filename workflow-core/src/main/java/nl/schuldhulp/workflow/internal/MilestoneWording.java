package nl.schuldhulp.workflow.internal;

import java.util.Objects;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;

/**
 * The one Dutch wording of a norm's milestone, e.g. "eerste gesprek gehouden" or "stap Huisbezoek
 * begonnen", shared by the diagrams ({@code render.Wording}) and the norm reasons of the time
 * package, which may not depend on each other. Not API. Stateless and threadsafe.
 */
public final class MilestoneWording {
  private MilestoneWording() {}

  /**
   * {@code milestone} in words, with step ids and task template ids replaced by the label and text
   * the first step and task template with that id have in {@code definition}; an unknown id as it is.
   */
  public static String of(Milestone milestone, WorkflowDefinition definition) {
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(definition, "definition");
    if (milestone instanceof Milestone.Registered) {
      return "hulpvraag gemeld";
    }
    if (milestone instanceof Milestone.FirstConversation) {
      return "eerste gesprek gehouden";
    }
    if (milestone instanceof Milestone.AccessDecided) {
      return "besluit over toelating genomen";
    }
    if (milestone instanceof Milestone.Closed) {
      return "dossier afgesloten";
    }
    if (milestone instanceof Milestone.StepEntered step) {
      return "stap " + definition.step(step.step()).map(Step::label).orElse(step.step()) + " begonnen";
    }
    if (milestone instanceof Milestone.TaskCompleted task) {
      return "taak \u2018" + taskText(definition, task.task()) + "\u2019 afgerond";
    }
    if (milestone instanceof Milestone.ActivityStarted started) {
      return started.kind().label() + " gestart";
    }
    if (milestone instanceof Milestone.ActivityEnded ended) {
      return ended.kind().label() + " be\u00ebindigd";
    }
    if (milestone instanceof Milestone.FlagRaised flag) {
      return flag.flag().label() + " gemeld";
    }
    Milestone.AppointmentHeld appointment = (Milestone.AppointmentHeld) milestone;
    return appointment.kind().label() + " gehouden";
  }

  /** The text of the first task template with id {@code task}, else the id. */
  private static String taskText(WorkflowDefinition definition, String task) {
    for (Step step : definition.steps()) {
      for (TaskTemplate template : step.tasks()) {
        if (template.id().equals(task)) {
          return template.text();
        }
      }
    }
    return task;
  }
}
