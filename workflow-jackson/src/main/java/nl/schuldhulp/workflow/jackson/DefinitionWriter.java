package nl.schuldhulp.workflow.jackson;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.schuldhulp.workflow.definition.ActivityRule;
import nl.schuldhulp.workflow.definition.Aftercare;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.CasePolicy;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.Validity;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.jackson.internal.ValueShapes;

/**
 * Turns a definition into the {@link Json} tree of the documented format, leaving out every member
 * that equals the default the reader fills in (see {@link DefinitionBinder}), so that reading the
 * result gives an equal definition. Norms that start with {@link Norms#defaults()} are written as
 * {@code "includeDefaultNorms": true} plus the rest.
 *
 * <p>This class is stateless and threadsafe.
 */
final class DefinitionWriter {
  private DefinitionWriter() {}

  static Json write(WorkflowDefinition definition) {
    List<Norm> defaults = Norms.defaults();
    boolean includeDefaults = definition.norms().size() >= defaults.size()
        && definition.norms().subList(0, defaults.size()).equals(defaults);
    List<Norm> norms = includeDefaults
        ? definition.norms().subList(defaults.size(), definition.norms().size())
        : definition.norms();
    return new Fields()
        .put("formatVersion", number(DefinitionBinder.FORMAT_VERSION))
        .put("id", text(definition.id()))
        .put("version", number(definition.version()))
        .put("label", text(definition.label()))
        .put("municipality", text(definition.municipality()))
        .put("effectiveFrom", date(definition.effectiveFrom()))
        .putUnless(definition.description().isEmpty(), "description", text(definition.description()))
        .put("organisations", list(definition.organisations(), DefinitionWriter::organisation))
        .putList("facts", definition.facts(), DefinitionWriter::fact)
        .putList("domains", definition.domains(),
            domain -> new Fields().put("id", text(domain.id())).put("label", text(domain.label())).build())
        .put("entryPoints", list(definition.entryPoints(), DefinitionWriter::entryPoint))
        .put("steps", list(definition.steps(), DefinitionWriter::step))
        .putList("activities", definition.activities(), DefinitionWriter::activity)
        .putUnless(!includeDefaults, "includeDefaultNorms", new Json.Bool(Json.Location.NONE, true))
        .putList("norms", norms, DefinitionWriter::norm)
        .putList("waivers", definition.waivers(),
            waiver -> new Fields().put("norm", text(waiver.norm())).put("reason", text(waiver.reason())).build())
        .putUnless(definition.signals().equals(SignalRules.defaults()), "signals", signals(definition.signals()))
        .putList("exits", definition.exits(), DefinitionWriter::exit)
        .putUnless(definition.aftercare().equals(Aftercare.none()), "aftercare", aftercare(definition.aftercare()))
        .putUnless(definition.policy().equals(CasePolicy.defaults()), "policy", policy(definition.policy()))
        .build();
  }

  private static Json organisation(Organisation organisation) {
    return new Fields()
        .put("id", text(organisation.id()))
        .put("label", text(organisation.label()))
        .put("kind", constant(organisation.kind()))
        .put("track", constant(organisation.track()))
        .put("roles", list(organisation.roles(),
            role -> new Fields().put("id", text(role.id())).put("label", text(role.label())).build()))
        .build();
  }

  private static Json fact(Fact fact) {
    return new Fields()
        .put("id", text(fact.id()))
        .put("label", text(fact.label()))
        .put("values", list(fact.values(), DefinitionWriter::text))
        .build();
  }

  private static Json entryPoint(EntryPoint entryPoint) {
    return new Fields()
        .put("id", text(entryPoint.id()))
        .put("label", text(entryPoint.label()))
        .put("channel", constant(entryPoint.channel()))
        .put("step", text(entryPoint.step()))
        .put("organisations", list(entryPoint.organisations(), DefinitionWriter::text))
        .build();
  }

  private static Json step(Step step) {
    return new Fields()
        .put("id", text(step.id()))
        .put("label", text(step.label()))
        .put("phase", constant(step.phase()))
        .putList("leads", step.leads(), DefinitionWriter::lead)
        .putList("tasks", step.tasks(), DefinitionWriter::task)
        .putList("transitions", step.transitions(), DefinitionWriter::transition)
        .build();
  }

  private static Json lead(LeadRule lead) {
    return new Fields()
        .put("kind", constant(lead.kind()))
        .put("organisation", text(lead.organisation()))
        .putUnless(lead.handover() == HandoverMode.WARM, "handover", constant(lead.handover()))
        .build();
  }

  private static Json task(TaskTemplate task) {
    return new Fields()
        .put("id", text(task.id()))
        .put("text", text(task.text()))
        .put("owner", assignee(task.owner()))
        .put("due", term(task.due()))
        .putUnless(!task.required(), "required", new Json.Bool(Json.Location.NONE, true))
        .putUnless(!task.clientVisible(), "clientVisible", new Json.Bool(Json.Location.NONE, true))
        .build();
  }

  private static Json transition(Transition transition) {
    return new Fields()
        .put("to", text(transition.to()))
        .putUnless(transition.guard() == Guard.always(), "guard", guard(transition.guard()))
        .putUnless(transition.priority() == 0, "priority", number(transition.priority()))
        .putUnless(transition.label().equals(transition.to()), "label", text(transition.label()))
        .build();
  }

  private static Json activity(ActivityRule activity) {
    return new Fields()
        .put("kind", constant(activity.kind()))
        .put("organisations", list(activity.organisations(), DefinitionWriter::text))
        .build();
  }

  private static Json norm(Norm norm) {
    return new Fields()
        .put("id", text(norm.id()))
        .put("label", text(norm.label()))
        .put("source", constant(norm.source()))
        .put("from", milestone(norm.from()))
        .put("to", milestone(norm.to()))
        .put("within", term(norm.within()))
        .putUnless(norm.appliesWhen() == Guard.always(), "appliesWhen", guard(norm.appliesWhen()))
        .putUnless(norm.validity().equals(Validity.ALWAYS), "validity", validity(norm.validity()))
        .put("citation", text(norm.citation()))
        .build();
  }

  private static Json validity(Validity validity) {
    return new Fields()
        .putUnless(validity.from().equals(LocalDate.MIN), "from", date(validity.from()))
        .putUnless(validity.until().equals(LocalDate.MAX), "until", date(validity.until()))
        .build();
  }

  private static Json signals(SignalRules signals) {
    SignalRules d = SignalRules.defaults();
    Fields fields = new Fields();
    termUnless(fields, "contactLostAfter", signals.contactLostAfter(), d.contactLostAfter());
    fields.putUnless(signals.missedAppointmentsInRow() == d.missedAppointmentsInRow(), "missedAppointmentsInRow",
        number(signals.missedAppointmentsInRow()));
    termUnless(fields, "followUpWithin", signals.followUpWithin(), d.followUpWithin());
    termUnless(fields, "monitoringAfterCrisis", signals.monitoringAfterCrisis(), d.monitoringAfterCrisis());
    termUnless(fields, "handoverAcceptWithin", signals.handoverAcceptWithin(), d.handoverAcceptWithin());
    termUnless(fields, "stalledAfter", signals.stalledAfter(), d.stalledAfter());
    Fields perStep = new Fields();
    new TreeMap<>(signals.stalledAfterPerStep()).forEach((step, term) -> perStep.put(step, term(term)));
    fields.putUnless(signals.stalledAfterPerStep().isEmpty(), "stalledAfterPerStep", perStep.build());
    termUnless(fields, "normWarningLead", signals.normWarningLead(), d.normWarningLead());
    termUnless(fields, "reRegistrationWindow", signals.reRegistrationWindow(), d.reRegistrationWindow());
    fields.putUnless(signals.contactLostAttempts() == d.contactLostAttempts(), "contactLostAttempts",
        number(signals.contactLostAttempts()));
    fields.putUnless(signals.contactLostChannels() == d.contactLostChannels(), "contactLostChannels",
        number(signals.contactLostChannels()));
    return fields.build();
  }

  private static void termUnless(Fields fields, String name, Term term, Term fallback) {
    fields.putUnless(term.equals(fallback), name, term(term));
  }

  private static Json exit(ExitCriteria exit) {
    return new Fields()
        .put("id", text(exit.id()))
        .put("label", text(exit.label()))
        .put("type", constant(exit.type()))
        .put("steps", list(exit.steps(), DefinitionWriter::text))
        .putUnless(exit.condition() == Guard.always(), "condition", guard(exit.condition()))
        .putUnless(!exit.requiresConsultation(), "requiresConsultation", new Json.Bool(Json.Location.NONE, true))
        .build();
  }

  private static Json aftercare(Aftercare aftercare) {
    return new Fields()
        .put("duration", term(aftercare.duration()))
        .put("contactEvery", term(aftercare.contactEvery()))
        .build();
  }

  private static Json policy(CasePolicy policy) {
    CasePolicy d = CasePolicy.defaults();
    return new Fields()
        .putUnless(policy.maxOpenClientActions() == d.maxOpenClientActions(), "maxOpenClientActions",
            number(policy.maxOpenClientActions()))
        .putUnless(policy.processLeadMayMoveCase() == d.processLeadMayMoveCase(), "processLeadMayMoveCase",
            new Json.Bool(Json.Location.NONE, policy.processLeadMayMoveCase()))
        .putUnless(policy.readinessCriteria().isEmpty(), "readinessCriteria",
            list(policy.readinessCriteria(), DefinitionWriter::text))
        .build();
  }

  // ---------------------------------------------------------------- small closed sets

  private static Json assignee(Assignee owner) {
    return ValueShapes.owner(owner, DefinitionWriter::text, members -> {
      Fields fields = new Fields();
      members.forEach((name, value) -> fields.put(name, text(value)));
      return fields.build();
    });
  }

  private static Json term(Term term) {
    return ValueShapes.term(term, (unit, amount) -> variant(unit, number(amount)));
  }

  static Json guard(Guard guard) {
    if (guard instanceof Guard.Always) {
      return variant("always", empty());
    } else if (guard instanceof Guard.RequiredTasksDone) {
      return variant("requiredTasksDone", empty());
    } else if (guard instanceof Guard.AccessGranted) {
      return variant("accessGranted", empty());
    } else if (guard instanceof Guard.FactEquals) {
      Guard.FactEquals fact = (Guard.FactEquals) guard;
      return variant("factEquals", new Fields().put("fact", text(fact.fact())).put("value", text(fact.value())).build());
    } else if (guard instanceof Guard.FlagSet) {
      return variant("flagSet", constant(((Guard.FlagSet) guard).flag()));
    } else if (guard instanceof Guard.ScoreAtLeast) {
      Guard.ScoreAtLeast score = (Guard.ScoreAtLeast) guard;
      return variant("scoreAtLeast",
          new Fields().put("domain", text(score.domain())).put("score", number(score.score())).build());
    } else if (guard instanceof Guard.ActivityActive) {
      return variant("activityActive", constant(((Guard.ActivityActive) guard).kind()));
    } else if (guard instanceof Guard.AllOf) {
      return variant("allOf", list(((Guard.AllOf) guard).guards(), DefinitionWriter::guard));
    } else if (guard instanceof Guard.AnyOf) {
      return variant("anyOf", list(((Guard.AnyOf) guard).guards(), DefinitionWriter::guard));
    }
    return variant("not", guard(((Guard.Not) guard).guard()));
  }

  private static Json milestone(Milestone milestone) {
    if (milestone instanceof Milestone.Registered) {
      return variant("registered", empty());
    } else if (milestone instanceof Milestone.FirstConversation) {
      return variant("firstConversation", empty());
    } else if (milestone instanceof Milestone.AccessDecided) {
      return variant("accessDecided", empty());
    } else if (milestone instanceof Milestone.Closed) {
      return variant("closed", empty());
    } else if (milestone instanceof Milestone.StepEntered) {
      return variant("stepEntered", text(((Milestone.StepEntered) milestone).step()));
    } else if (milestone instanceof Milestone.TaskCompleted) {
      return variant("taskCompleted", text(((Milestone.TaskCompleted) milestone).task()));
    } else if (milestone instanceof Milestone.ActivityStarted) {
      return variant("activityStarted", constant(((Milestone.ActivityStarted) milestone).kind()));
    } else if (milestone instanceof Milestone.ActivityEnded) {
      return variant("activityEnded", constant(((Milestone.ActivityEnded) milestone).kind()));
    } else if (milestone instanceof Milestone.FlagRaised) {
      return variant("flagRaised", constant(((Milestone.FlagRaised) milestone).flag()));
    }
    return variant("appointmentHeld", constant(((Milestone.AppointmentHeld) milestone).kind()));
  }

  // ---------------------------------------------------------------- values

  private static Json variant(String name, Json value) {
    return new Fields().put(name, value).build();
  }

  private static Json empty() {
    return new Fields().build();
  }

  private static Json text(String value) {
    return new Json.Str(Json.Location.NONE, value);
  }

  private static Json number(int value) {
    return new Json.Num(Json.Location.NONE, Integer.toString(value), true);
  }

  private static Json date(LocalDate value) {
    return text(value.toString());
  }

  private static Json constant(Enum<?> value) {
    return text(value.name());
  }

  private static <T> Json list(List<T> values, Function<T, Json> element) {
    return new Json.Arr(Json.Location.NONE, values.stream().map(element).collect(Collectors.toList()));
  }

  /** Collects the members of one object in order. */
  private static final class Fields {
    private final Map<String, Json.Member> members = new LinkedHashMap<>();

    Fields put(String name, Json value) {
      members.put(name, new Json.Member(name, Json.Location.NONE, value));
      return this;
    }

    Fields putUnless(boolean isDefault, String name, Json value) {
      return isDefault ? this : put(name, value);
    }

    <T> Fields putList(String name, List<T> values, Function<T, Json> element) {
      return putUnless(values.isEmpty(), name, list(values, element));
    }

    Json build() {
      return new Json.Obj(Json.Location.NONE, members);
    }
  }
}
