package nl.schuldhulp.workflow.validation;

import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import org.assertj.core.groups.Tuple;

/** Small copies-with-a-change of definition parts, for deriving broken variants in tests. */
final class Fixtures {
  private Fixtures() {}

  /** The code and path of every problem of {@code definition}, in report order. */
  static List<Tuple> problemsOf(WorkflowDefinition definition) {
    return DefinitionValidator.validate(definition).problems().stream()
        .map(problem -> new Tuple(problem.code(), problem.path()))
        .toList();
  }

  /** The messages of the problems of {@code definition} with this code, in report order. */
  static List<String> messages(WorkflowDefinition definition, ProblemCode code) {
    return DefinitionValidator.validate(definition).problems(code).stream()
        .map(Problem::message)
        .toList();
  }

  /** The entry point landing on {@code step}, for {@code organisations}. */
  static EntryPoint entryPoint(EntryPoint entry, String step, List<String> organisations) {
    return new EntryPoint(entry.id(), entry.label(), entry.channel(), step, organisations);
  }

  /** The exit criteria with step {@code index} replaced by {@code step}, or removed if empty. */
  static ExitCriteria exitStep(ExitCriteria exit, int index, String step) {
    List<String> steps = new ArrayList<>(exit.steps());
    if (step.isEmpty()) {
      steps.remove(index);
    } else {
      steps.set(index, step);
    }
    return new ExitCriteria(
        exit.id(), exit.label(), exit.type(), steps, exit.condition(), exit.requiresConsultation());
  }

  /** The step with task {@code index} owned by {@code owner} instead. */
  static Step taskOwner(Step step, int index, Assignee owner) {
    List<TaskTemplate> tasks = new ArrayList<>(step.tasks());
    TaskTemplate task = tasks.get(index);
    tasks.set(
        index,
        new TaskTemplate(
            task.id(), task.text(), owner, task.due(), task.required(), task.clientVisible()));
    return new Step(step.id(), step.label(), step.phase(), step.leads(), tasks, step.transitions());
  }
}
