package nl.schuldhulp.workflow.jackson;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.ActivityRule;
import nl.schuldhulp.workflow.definition.Aftercare;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.AssessmentDomain;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.CasePolicy;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.EntryPoint;
import nl.schuldhulp.workflow.definition.ExitCriteria;
import nl.schuldhulp.workflow.definition.Fact;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.Guard;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.LeadRule;
import nl.schuldhulp.workflow.definition.Milestone;
import nl.schuldhulp.workflow.definition.Norm;
import nl.schuldhulp.workflow.definition.NormSource;
import nl.schuldhulp.workflow.definition.NormWaiver;
import nl.schuldhulp.workflow.definition.Norms;
import nl.schuldhulp.workflow.definition.Organisation;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.definition.Role;
import nl.schuldhulp.workflow.definition.SignalRules;
import nl.schuldhulp.workflow.definition.Step;
import nl.schuldhulp.workflow.definition.TaskTemplate;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.TermUnit;
import nl.schuldhulp.workflow.definition.Track;
import nl.schuldhulp.workflow.definition.Transition;
import nl.schuldhulp.workflow.definition.Validity;
import nl.schuldhulp.workflow.definition.WorkflowDefinition;
import nl.schuldhulp.workflow.jackson.internal.Spelling;
import nl.schuldhulp.workflow.jackson.internal.ValueShapes;

/**
 * Binds a {@link Json} tree to a {@link WorkflowDefinition} by calling the core constructors, so a
 * file gets exactly the checks code gets. Every problem is collected, not just the first: a part
 * that fails is left out (its parent is then not built) and binding goes on with its siblings.
 *
 * <p>While binding it records, for every value, its JSON pointer in the file and in the
 * definition model (the record component names), which differ only inside guards, milestones and
 * terms (<code>{"factEquals": {...}}</code> is {@code FactEquals(fact, value)}) and in the norms
 * after {@code includeDefaultNorms}. {@link #locate(String)} maps a model pointer, such as a
 * validator's path, back to the file.
 *
 * <p>Absent optional members take these defaults: lists empty, {@code description} "",
 * {@code includeDefaultNorms} false, {@code signals} per member as {@link SignalRules#defaults()},
 * {@code aftercare} {@link Aftercare#none()}, {@code policy} per member as
 * {@link CasePolicy#defaults()}, a transition's {@code guard} always, {@code priority} 0 and
 * {@code label} its target, a norm's {@code appliesWhen} always and {@code validity} always, an
 * exit's {@code condition} always, a regie rule's {@code handover} WARM, booleans false.
 *
 * <p>This class is not threadsafe: one binder per document.
 */
final class DefinitionBinder {
  /** The format version this binder reads and the writer writes. */
  static final int FORMAT_VERSION = 1;

  static final List<String> GUARDS =
      List.of("always", "factEquals", "flagSet", "scoreAtLeast", "requiredTasksDone", "accessGranted",
          "activityActive", "allOf", "anyOf", "not");
  static final List<String> MILESTONES =
      List.of("registered", "firstConversation", "accessDecided", "closed", "stepEntered",
          "taskCompleted", "activityStarted", "activityEnded", "flagRaised", "appointmentHeld");

  private final List<JsonProblem> problems = new ArrayList<>();
  private final Map<String, At> byModelPointer = new HashMap<>();

  /**
   * A value of the tree with its pointer in the file and in the definition model.
   *
   * @param node the value
   * @param file its pointer in the file
   * @param model its pointer in the definition model
   */
  record At(Json node, String file, String model) {}

  /** The problems found so far. */
  List<JsonProblem> problems() {
    return problems;
  }

  /** Binds the whole document; {@code null} when any problem was found. */
  WorkflowDefinition bind(Json root) {
    At at = register(new At(root, "", ""));
    WorkflowDefinition definition = definition(at);
    return problems.isEmpty() ? definition : null;
  }

  /**
   * The value a model pointer refers to, or the nearest enclosing one that exists in the file,
   * with the unmatched rest of the pointer appended to the file pointer when that value is an
   * object or array (a scalar has no parts to point into).
   */
  At locate(String modelPointer) {
    String model = modelPointer;
    String rest = "";
    At at = byModelPointer.get(model);
    while (at == null && !model.isEmpty()) {
      rest = model.substring(model.lastIndexOf('/')) + rest;
      model = Pointers.parent(model);
      at = byModelPointer.get(model);
    }
    if (at == null) {
      throw new IllegalStateException("bind() was not called");
    }
    boolean container = at.node() instanceof Json.Obj || at.node() instanceof Json.Arr;
    return container && !rest.isEmpty() ? new At(at.node(), at.file() + rest, modelPointer) : at;
  }

  private At register(At at) {
    byModelPointer.putIfAbsent(at.model(), at);
    return at;
  }

  // ---------------------------------------------------------------- the definition

  private WorkflowDefinition definition(At at) {
    return object(at, m -> {
      m.opt("$schema", this::text, "");
      formatVersion(m.required("formatVersion"));
      String id = m.req("id", this::text);
      Integer version = m.req("version", this::whole);
      String label = m.req("label", this::text);
      String municipality = m.req("municipality", this::text);
      LocalDate effectiveFrom = m.req("effectiveFrom", this::date);
      String description = m.opt("description", this::text, "");
      List<Organisation> organisations = m.req("organisations", list(this::organisation));
      List<Fact> facts = m.opt("facts", list(this::fact), List.of());
      List<AssessmentDomain> domains = m.opt("domains", list(this::domain), List.of());
      List<EntryPoint> entryPoints = m.req("entryPoints", list(this::entryPoint));
      List<Step> steps = m.req("steps", list(this::step));
      List<ActivityRule> activities = m.opt("activities", list(this::activity), List.of());
      List<Norm> norms = norms(m, at);
      List<NormWaiver> waivers = m.opt("waivers", list(this::waiver), List.of());
      SignalRules signals = m.opt("signals", this::signals, SignalRules.defaults());
      List<ExitCriteria> exits = m.opt("exits", list(this::exit), List.of());
      Aftercare aftercare = m.opt("aftercare", this::aftercare, Aftercare.none());
      CasePolicy policy = m.opt("policy", this::policy, CasePolicy.defaults());
      return m.build(() -> new WorkflowDefinition(id, version, label, municipality, effectiveFrom,
            description, organisations, facts, domains, entryPoints, steps, activities, norms, waivers,
            signals, exits, aftercare, policy),
        id, version, label, municipality, effectiveFrom, description, organisations, facts, domains,
        entryPoints, steps, activities, norms, waivers, signals, exits, aftercare, policy);
    });
  }

  private void formatVersion(At at) {
    Integer format = at == null ? null : whole(at);
    if (format != null && format != FORMAT_VERSION) {
      problem(JsonProblem.VALUE, at, "unsupported formatVersion " + format
          + "; this library reads formatVersion " + FORMAT_VERSION, "");
    }
  }

  /** The built-in norms when {@code includeDefaultNorms} is true, followed by the listed ones. */
  private List<Norm> norms(Members m, At definition) {
    At include = m.get("includeDefaultNorms");
    Boolean included = include == null ? Boolean.FALSE : bool(include);
    List<Norm> defaults = Boolean.TRUE.equals(included) ? Norms.defaults() : List.of();
    for (int i = 0; i < defaults.size(); i++) {
      register(new At(include.node(), include.file(), Pointers.child("/norms", i)));
    }
    At listed = m.get("norms");
    List<Norm> own = listed == null ? List.of() : list(listed, defaults.size(), this::norm);
    if (included == null || own == null) {
      return null;
    }
    List<Norm> norms = new ArrayList<>(defaults);
    norms.addAll(own);
    return norms;
  }

  // ---------------------------------------------------------------- parts

  private Organisation organisation(At at) {
    return object(at, m -> {
      String id = m.req("id", this::text);
      String label = m.req("label", this::text);
      OrganisationKind kind = m.req("kind", constant(OrganisationKind.class));
      Track track = m.req("track", constant(Track.class));
      List<Role> roles = m.req("roles", list(this::role));
      return m.build(() -> new Organisation(id, label, kind, track, roles), id, label, kind, track, roles);
    });
  }

  private Role role(At at) {
    return pair(at, "id", this::text, "label", this::text, Role::new);
  }

  private Fact fact(At at) {
    return object(at, m -> {
      String id = m.req("id", this::text);
      String label = m.req("label", this::text);
      List<String> values = m.req("values", list(this::text));
      return m.build(() -> new Fact(id, label, values), id, label, values);
    });
  }

  private AssessmentDomain domain(At at) {
    return pair(at, "id", this::text, "label", this::text, AssessmentDomain::new);
  }

  private EntryPoint entryPoint(At at) {
    return object(at, m -> {
      String id = m.req("id", this::text);
      String label = m.req("label", this::text);
      EntryChannel channel = m.req("channel", constant(EntryChannel.class));
      String step = m.req("step", this::text);
      List<String> organisations = m.req("organisations", list(this::text));
      return m.build(() -> new EntryPoint(id, label, channel, step, organisations),
        id, label, channel, step, organisations);
    });
  }

  private Step step(At at) {
    return object(at, m -> {
      String id = m.req("id", this::text);
      String label = m.req("label", this::text);
      Phase phase = m.req("phase", constant(Phase.class));
      List<LeadRule> leads = m.opt("leads", list(this::lead), List.of());
      List<TaskTemplate> tasks = m.opt("tasks", list(this::task), List.of());
      List<Transition> transitions = m.opt("transitions", list(this::transition), List.of());
      return m.build(() -> new Step(id, label, phase, leads, tasks, transitions),
        id, label, phase, leads, tasks, transitions);
    });
  }

  private LeadRule lead(At at) {
    return object(at, m -> {
      LeadKind kind = m.req("kind", constant(LeadKind.class));
      String organisation = m.req("organisation", this::text);
      HandoverMode handover = m.opt("handover", constant(HandoverMode.class), HandoverMode.WARM);
      return m.build(() -> new LeadRule(kind, organisation, handover), kind, organisation, handover);
    });
  }

  private TaskTemplate task(At at) {
    return object(at, m -> {
      String id = m.req("id", this::text);
      String text = m.req("text", this::text);
      Assignee owner = m.req("owner", this::assignee);
      Term due = m.req("due", this::term);
      Boolean required = m.opt("required", this::bool, false);
      Boolean clientVisible = m.opt("clientVisible", this::bool, false);
      return m.build(() -> new TaskTemplate(id, text, owner, due, required, clientVisible),
        id, text, owner, due, required, clientVisible);
    });
  }

  private Transition transition(At at) {
    return object(at, m -> {
      String to = m.req("to", this::text);
      Guard guard = m.opt("guard", this::guard, Guard.always());
      Integer priority = m.opt("priority", this::whole, 0);
      String label = m.opt("label", this::text, to);
      return m.build(() -> new Transition(to, guard, priority, label), to, guard, priority, label);
    });
  }

  private ActivityRule activity(At at) {
    return pair(at, "kind", constant(ActivityKind.class), "organisations", list(this::text), ActivityRule::new);
  }

  private Norm norm(At at) {
    return object(at, m -> {
      String id = m.req("id", this::text);
      String label = m.req("label", this::text);
      NormSource source = m.req("source", constant(NormSource.class));
      Milestone from = m.req("from", this::milestone);
      Milestone to = m.req("to", this::milestone);
      Term within = m.req("within", this::term);
      Guard appliesWhen = m.opt("appliesWhen", this::guard, Guard.always());
      Validity validity = m.opt("validity", this::validity, Validity.ALWAYS);
      String citation = m.req("citation", this::text);
      return m.build(() -> new Norm(id, label, source, from, to, within, appliesWhen, validity, citation),
        id, label, source, from, to, within, appliesWhen, validity, citation);
    });
  }

  private Validity validity(At at) {
    return object(at, m -> {
      LocalDate from = m.opt("from", this::date, LocalDate.MIN);
      LocalDate until = m.opt("until", this::date, LocalDate.MAX);
      return m.build(() -> new Validity(from, until), from, until);
    });
  }

  private NormWaiver waiver(At at) {
    return pair(at, "norm", this::text, "reason", this::text, NormWaiver::new);
  }

  private SignalRules signals(At at) {
    return object(at, m -> {
      SignalRules d = SignalRules.defaults();
      Term contactLostAfter = m.opt("contactLostAfter", this::term, d.contactLostAfter());
      Integer missed = m.opt("missedAppointmentsInRow", this::whole, d.missedAppointmentsInRow());
      Term followUpWithin = m.opt("followUpWithin", this::term, d.followUpWithin());
      Term monitoring = m.opt("monitoringAfterCrisis", this::term, d.monitoringAfterCrisis());
      Term handover = m.opt("handoverAcceptWithin", this::term, d.handoverAcceptWithin());
      Term stalledAfter = m.opt("stalledAfter", this::term, d.stalledAfter());
      Map<String, Term> perStep = m.opt("stalledAfterPerStep", this::termsByStep, d.stalledAfterPerStep());
      Term warning = m.opt("normWarningLead", this::term, d.normWarningLead());
      Term reRegistration = m.opt("reRegistrationWindow", this::term, d.reRegistrationWindow());
      Integer attempts = m.opt("contactLostAttempts", this::whole, d.contactLostAttempts());
      Integer channels = m.opt("contactLostChannels", this::whole, d.contactLostChannels());
      return m.build(() -> new SignalRules(contactLostAfter, missed, followUpWithin, monitoring, handover,
            stalledAfter, perStep, warning, reRegistration, attempts, channels),
        contactLostAfter, missed, followUpWithin, monitoring, handover, stalledAfter, perStep, warning,
        reRegistration, attempts, channels);
    });
  }

  private Map<String, Term> termsByStep(At at) {
    Json.Obj object = expect(at, Json.Obj.class, "an object");
    if (object == null) {
      return null;
    }
    Map<String, Term> terms = new LinkedHashMap<>();
    boolean failed = false;
    for (Json.Member member : object.members().values()) {
      Term term = term(child(at, member.name(), member.value()));
      failed |= term == null;
      if (term != null) {
        terms.put(member.name(), term);
      }
    }
    return failed ? null : terms;
  }

  private ExitCriteria exit(At at) {
    return object(at, m -> {
      String id = m.req("id", this::text);
      String label = m.req("label", this::text);
      ClosureType type = m.req("type", constant(ClosureType.class));
      List<String> steps = m.req("steps", list(this::text));
      Guard condition = m.opt("condition", this::guard, Guard.always());
      Boolean consultation = m.opt("requiresConsultation", this::bool, false);
      return m.build(() -> new ExitCriteria(id, label, type, steps, condition, consultation),
        id, label, type, steps, condition, consultation);
    });
  }

  private Aftercare aftercare(At at) {
    return pair(at, "duration", this::term, "contactEvery", this::term, Aftercare::new);
  }

  private CasePolicy policy(At at) {
    return object(at, m -> {
      CasePolicy d = CasePolicy.defaults();
      Integer maxOpen = m.opt("maxOpenClientActions", this::whole, d.maxOpenClientActions());
      Boolean processLead = m.opt("processLeadMayMoveCase", this::bool, d.processLeadMayMoveCase());
      List<String> readiness = m.opt("readinessCriteria", list(this::text), d.readinessCriteria());
      return m.build(() -> new CasePolicy(maxOpen, processLead, readiness), maxOpen, processLead, readiness);
    });
  }

  // ---------------------------------------------------------------- small closed sets

  /** {@code "client"} or {@code {"organisation": ..., "role": ...}} ({@link ValueShapes}). */
  private Assignee assignee(At at) {
    if (at.node() instanceof Json.Str) {
      String value = ((Json.Str) at.node()).value();
      if (value.equals(ValueShapes.CLIENT)) {
        return Assignee.client();
      }
      problem(JsonProblem.VALUE, at, "unknown owner \"" + value + "\"; expected " + ValueShapes.OWNER_EXPECTED,
          Spelling.closest(value, List.of(ValueShapes.CLIENT)));
      return null;
    }
    if (!(at.node() instanceof Json.Obj)) {
      return typeProblem(at, ValueShapes.OWNER_EXPECTED);
    }
    return pair(at, ValueShapes.ORGANISATION, this::text, ValueShapes.ROLE, this::text, Assignee::role);
  }

  /** A one-member object such as <code>{"weeks": 4}</code> ({@link ValueShapes}). */
  private Term term(At at) {
    At inner = variant(at, "term", ValueShapes.TERM_UNITS);
    if (inner == null) {
      return null;
    }
    TermUnit unit = ValueShapes.termUnit(lastToken(inner));
    At amountAt = register(new At(inner.node(), inner.file(), Pointers.child(at.model(), "amount")));
    Integer amount = whole(amountAt);
    return make(amountAt, () -> new Term(amount, unit), amount);
  }

  private Guard guard(At at) {
    At inner = variant(at, "guard", GUARDS);
    if (inner == null) {
      return null;
    }
    switch (lastToken(inner)) {
      case "always":
        return empty(inner) ? Guard.always() : null;
      case "requiredTasksDone":
        return empty(inner) ? Guard.requiredTasksDone() : null;
      case "accessGranted":
        return empty(inner) ? Guard.accessGranted() : null;
      case "factEquals":
        return pair(inner, "fact", this::text, "value", this::text, Guard::factEquals);
      case "scoreAtLeast":
        return pair(inner, "domain", this::text, "score", this::whole, Guard::scoreAtLeast);
      case "flagSet": {
        Flag flag = constant(Flag.class).apply(modelled(inner, at, "flag"));
        return make(inner, () -> Guard.flagSet(flag), flag);
      }
      case "activityActive": {
        ActivityKind kind = constant(ActivityKind.class).apply(modelled(inner, at, "kind"));
        return make(inner, () -> Guard.activityActive(kind), kind);
      }
      case "allOf": {
        List<Guard> guards = list(this::guard).apply(modelled(inner, at, "guards"));
        return make(inner, () -> new Guard.AllOf(guards), guards);
      }
      case "anyOf": {
        List<Guard> guards = list(this::guard).apply(modelled(inner, at, "guards"));
        return make(inner, () -> new Guard.AnyOf(guards), guards);
      }
      default: {
        Guard guard = guard(modelled(inner, at, "guard"));
        return make(inner, () -> Guard.not(guard), guard);
      }
    }
  }

  private Milestone milestone(At at) {
    At inner = variant(at, "milestone", MILESTONES);
    if (inner == null) {
      return null;
    }
    switch (lastToken(inner)) {
      case "registered":
        return empty(inner) ? Milestone.Registered.INSTANCE : null;
      case "firstConversation":
        return empty(inner) ? Milestone.FirstConversation.INSTANCE : null;
      case "accessDecided":
        return empty(inner) ? Milestone.AccessDecided.INSTANCE : null;
      case "closed":
        return empty(inner) ? Milestone.Closed.INSTANCE : null;
      case "stepEntered": {
        String step = text(modelled(inner, at, "step"));
        return make(inner, () -> new Milestone.StepEntered(step), step);
      }
      case "taskCompleted": {
        String task = text(modelled(inner, at, "task"));
        return make(inner, () -> new Milestone.TaskCompleted(task), task);
      }
      case "activityStarted": {
        ActivityKind kind = constant(ActivityKind.class).apply(modelled(inner, at, "kind"));
        return make(inner, () -> new Milestone.ActivityStarted(kind), kind);
      }
      case "activityEnded": {
        ActivityKind kind = constant(ActivityKind.class).apply(modelled(inner, at, "kind"));
        return make(inner, () -> new Milestone.ActivityEnded(kind), kind);
      }
      case "flagRaised": {
        Flag flag = constant(Flag.class).apply(modelled(inner, at, "flag"));
        return make(inner, () -> new Milestone.FlagRaised(flag), flag);
      }
      default: {
        AppointmentKind kind = constant(AppointmentKind.class).apply(modelled(inner, at, "kind"));
        return make(inner, () -> new Milestone.AppointmentHeld(kind), kind);
      }
    }
  }

  /**
   * Checks that {@code at} is an object with exactly one member, one of {@code names}, and returns
   * that member's value (with the model pointer of {@code at}); {@code null} after a problem.
   */
  private At variant(At at, String what, Collection<String> names) {
    Json.Obj object = expect(at, Json.Obj.class, "an object");
    if (object == null) {
      return null;
    }
    String expected = "; expected one of " + String.join(", ", names);
    if (object.members().size() != 1) {
      problem(JsonProblem.VALUE, at, "a " + what + " has exactly one member"
          + (object.members().isEmpty() ? "" : " but this one has " + object.members().size()) + expected, "");
      return null;
    }
    Json.Member member = object.members().values().iterator().next();
    if (!names.contains(member.name())) {
      problems.add(new JsonProblem(JsonProblem.UNKNOWN, Pointers.child(at.file(), member.name()),
          member.nameAt().line(), member.nameAt().column(),
          "unknown " + what + " \"" + member.name() + "\"" + expected,
          Spelling.closest(member.name(), names)));
      return null;
    }
    return new At(member.value(), Pointers.child(at.file(), member.name()), at.model());
  }

  /** The variant's value registered under the model's component name, e.g. {@code .../flag}. */
  private At modelled(At inner, At outer, String component) {
    return register(new At(inner.node(), inner.file(), Pointers.child(outer.model(), component)));
  }

  private static String lastToken(At at) {
    List<String> tokens = Pointers.tokens(at.file());
    return tokens.get(tokens.size() - 1);
  }

  private boolean empty(At at) {
    Json.Obj object = expect(at, Json.Obj.class, "an empty object {}");
    if (object != null && !object.members().isEmpty()) {
      problem(JsonProblem.VALUE, at, "expected an empty object {}", "");
      return false;
    }
    return object != null;
  }

  // ---------------------------------------------------------------- scalars and lists

  private String text(At at) {
    Json.Str text = expect(at, Json.Str.class, "text");
    return text == null ? null : text.value();
  }

  private Boolean bool(At at) {
    Json.Bool bool = expect(at, Json.Bool.class, "true or false");
    return bool == null ? null : bool.value();
  }

  private Integer whole(At at) {
    Json.Num number = expect(at, Json.Num.class, "a whole number");
    if (number == null) {
      return null;
    }
    if (!number.whole()) {
      return typeProblem(at, "a whole number");
    }
    try {
      return Integer.valueOf(number.text());
    } catch (NumberFormatException e) {
      problem(JsonProblem.VALUE, at, "the number " + number.text() + " is too large", "");
      return null;
    }
  }

  private LocalDate date(At at) {
    String text = text(at);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(JsonProblem.VALUE, at, "\"" + text + "\" is not a date written as YYYY-MM-DD", "");
      return null;
    }
  }

  private <E extends Enum<E>> Function<At, E> constant(Class<E> type) {
    return at -> {
      String text = text(at);
      if (text == null) {
        return null;
      }
      List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
      if (names.contains(text)) {
        return Enum.valueOf(type, text);
      }
      problem(JsonProblem.VALUE, at, "unknown value \"" + text + "\"; expected one of " + String.join(", ", names),
          Spelling.closest(text, names));
      return null;
    };
  }

  private <T> Function<At, List<T>> list(Function<At, T> element) {
    return at -> list(at, 0, element);
  }

  /** Binds every element; {@code modelOffset} is added to the index in the model pointer. */
  private <T> List<T> list(At at, int modelOffset, Function<At, T> element) {
    Json.Arr array = expect(at, Json.Arr.class, "an array");
    if (array == null) {
      return null;
    }
    List<T> values = new ArrayList<>();
    boolean failed = false;
    for (int i = 0; i < array.elements().size(); i++) {
      T value = element.apply(register(new At(array.elements().get(i), Pointers.child(at.file(), i),
          Pointers.child(at.model(), i + modelOffset))));
      failed |= value == null;
      values.add(value);
    }
    return failed ? null : values;
  }

  private <J extends Json> J expect(At at, Class<J> type, String expected) {
    if (type.isInstance(at.node())) {
      return type.cast(at.node());
    }
    return typeProblem(at, expected);
  }

  private <T> T typeProblem(At at, String expected) {
    String found = at.node() instanceof Json.Num ? ((Json.Num) at.node()).text() : at.node().kind();
    problem(JsonProblem.TYPE, at, "expected " + expected + " but found " + found, "");
    return null;
  }

  // ---------------------------------------------------------------- construction and problems

  /**
   * Calls a core constructor once every part was bound; a constructor's complaint becomes a
   * problem at the member its message starts with (e.g. "label must not be blank"), else at the
   * object.
   */
  private <T> T make(At at, Supplier<T> constructor, Object... parts) {
    for (Object part : parts) {
      if (part == null) {
        return null;
      }
    }
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      String first = message.split("[ (]", 2)[0];
      At where = at.node() instanceof Json.Obj && ((Json.Obj) at.node()).members().containsKey(first)
          ? child(at, first, ((Json.Obj) at.node()).members().get(first).value())
          : at;
      problem(JsonProblem.VALUE, where, message, "");
      return null;
    }
  }

  private At child(At at, String name, Json value) {
    return register(new At(value, Pointers.child(at.file(), name), Pointers.child(at.model(), name)));
  }

  private void problem(String code, At at, String message, String suggestion) {
    problems.add(new JsonProblem(code, at.file(), at.node().at().line(), at.node().at().column(), message,
        suggestion));
  }

  private Members members(At at) {
    Json.Obj object = expect(at, Json.Obj.class, "an object");
    return object == null ? null : new Members(at, object);
  }

  /** Binds an object with {@code read}, which asks for its members and ends with {@link Members#build}. */
  private <T> T object(At at, Function<Members, T> read) {
    Members m = members(at);
    return m == null ? null : read.apply(m);
  }

  /** Binds an object of exactly two required members. */
  private <A, B, T> T pair(At at, String first, Function<At, A> readFirst, String second, Function<At, B> readSecond,
      BiFunction<A, B, T> constructor) {
    return object(at, m -> {
      A a = m.req(first, readFirst);
      B b = m.req(second, readSecond);
      return m.build(() -> constructor.apply(a, b), a, b);
    });
  }

  /**
   * Reads the members of one object and, at {@link #finish()}, reports every member that was not
   * asked for as unknown, suggesting the closest known name.
   */
  private final class Members {
    private final At at;
    private final Json.Obj object;
    private final Set<String> known = new LinkedHashSet<>();

    Members(At at, Json.Obj object) {
      this.at = at;
      this.object = object;
    }

    /** The member, or {@code null} when absent. */
    At get(String name) {
      known.add(name);
      Json.Member member = object.members().get(name);
      return member == null ? null : child(at, name, member.value());
    }

    /** The member, or {@code null} after reporting it missing. */
    At required(String name) {
      At member = get(name);
      if (member == null) {
        problems.add(new JsonProblem(JsonProblem.MISSING, Pointers.child(at.file(), name), object.at().line(),
            object.at().column(), "missing member \"" + name + "\"", ""));
      }
      return member;
    }

    <T> T req(String name, Function<At, T> reader) {
      At member = required(name);
      return member == null ? null : reader.apply(member);
    }

    <T> T opt(String name, Function<At, T> reader, T fallback) {
      At member = get(name);
      return member == null ? fallback : reader.apply(member);
    }

    /** Reports unknown members; a misspelt name is suggested among the known names not present. */
    /** Reports unknown members, then constructs once every part was bound (see {@code make}). */
    <T> T build(Supplier<T> constructor, Object... parts) {
      finish();
      return make(at, constructor, parts);
    }

    void finish() {
      Set<String> absent = new LinkedHashSet<>(known);
      absent.removeAll(object.members().keySet());
      for (Json.Member member : object.members().values()) {
        if (!known.contains(member.name())) {
          problems.add(new JsonProblem(JsonProblem.UNKNOWN, Pointers.child(at.file(), member.name()),
              member.nameAt().line(), member.nameAt().column(), "unknown member \"" + member.name() + "\"",
              Spelling.closest(member.name(), absent)));
        }
      }
    }
  }
}
