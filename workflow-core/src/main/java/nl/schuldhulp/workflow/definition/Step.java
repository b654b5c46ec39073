package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.copy;
import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of a municipality's own steps, mapped to exactly one NVVK {@link Phase}: e.g.
 * Utrecht's <i>huisbezoek</i> (intake) or <i>driegesprek advies</i> (intake). A step says who
 * holds each kind of regie while a case is in it, which tasks are created on entering it, and where
 * the case may go next.
 *
 * <p>This class is immutable and threadsafe; its {@link Builder} is not.
 *
 * @param id identifier, unique in the definition, e.g. {@code "huisbezoek"}
 * @param label Dutch display label
 * @param phase the canonical phase the step belongs to
 * @param leads who holds which kind of regie in this step
 * @param tasks the tasks created on entering the step
 * @param transitions the permitted moves out of the step
 */
public record Step(
    @NotBlank String id,
    @NotBlank String label,
    @NotNull Phase phase,
    List<@Valid LeadRule> leads,
    List<@Valid TaskTemplate> tasks,
    List<@Valid Transition> transitions) {

  /** Checks the arguments and copies the lists. */
  public Step {
    requireText(id, "id");
    requireText(label, "label");
    Objects.requireNonNull(phase, "phase");
    leads = copy(leads, "leads");
    tasks = copy(tasks, "tasks");
    transitions = copy(transitions, "transitions");
  }

  /** Starts a step; {@code label} is the Dutch display label. */
  public static Builder builder(String id, String label, Phase phase) {
    return new Builder(id, label, phase);
  }

  /** The organisation that holds {@code kind} of regie in this step, if the step names one. */
  public Optional<LeadRule> lead(LeadKind kind) {
    return WorkflowDefinition.find(leads, LeadRule::kind, kind);
  }

  /** The task template with this id, if the step has it. */
  public Optional<TaskTemplate> task(String taskId) {
    return WorkflowDefinition.find(tasks, TaskTemplate::id, taskId);
  }

  /** A builder seeded with this step's values. */
  public Builder toBuilder() {
    Builder builder = new Builder(id, label, phase);
    builder.leads.addAll(leads);
    builder.tasks.addAll(tasks);
    builder.transitions.addAll(transitions);
    return builder;
  }

  /**
   * Builds a {@link Step}. This class is not threadsafe.
   *
   * <pre>{@code
   * Step visit = Step.builder("huisbezoek", "Huisbezoek", Phase.INTAKE)
   *     .lead(LeadRule.clientLead("buurtteam"))
   *     .task(new TaskTemplate("papieren", "Zoek uw post van de laatste maand bij elkaar",
   *         Assignee.client(), Term.weeks(1), true, true))
   *     .transition(Transition.to("driegesprek-advies", Guard.requiredTasksDone()))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final String id;
    private final String label;
    private final Phase phase;
    private final List<LeadRule> leads = new ArrayList<>();
    private final List<TaskTemplate> tasks = new ArrayList<>();
    private final List<Transition> transitions = new ArrayList<>();

    private Builder(String id, String label, Phase phase) {
      this.id = id;
      this.label = label;
      this.phase = phase;
    }

    /** Adds a regie rule. */
    public Builder lead(LeadRule rule) {
      leads.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Adds a task template. */
    public Builder task(TaskTemplate task) {
      tasks.add(Objects.requireNonNull(task, "task"));
      return this;
    }

    /** Adds a transition. */
    public Builder transition(Transition transition) {
      transitions.add(Objects.requireNonNull(transition, "transition"));
      return this;
    }

    /** Removes every transition; for deriving a variant of an existing step. */
    public Builder clearTransitions() {
      transitions.clear();
      return this;
    }

    /** Removes every regie rule; for deriving a variant of an existing step. */
    public Builder clearLeads() {
      leads.clear();
      return this;
    }

    /** Builds the immutable step. */
    public Step build() {
      return new Step(id, label, phase, leads, tasks, transitions);
    }
  }
}
