package nl.schuldhulp.workflow.jackson.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.schuldhulp.workflow.casefile.AccessOutcome;
import nl.schuldhulp.workflow.casefile.ActivityOutcome;
import nl.schuldhulp.workflow.casefile.Change;
import nl.schuldhulp.workflow.casefile.Change.AccessDecided;
import nl.schuldhulp.workflow.casefile.Change.ActivityEnded;
import nl.schuldhulp.workflow.casefile.Change.ActivityStarted;
import nl.schuldhulp.workflow.casefile.Change.AppointmentHeld;
import nl.schuldhulp.workflow.casefile.Change.AppointmentCancelled;
import nl.schuldhulp.workflow.casefile.Change.AppointmentMissed;
import nl.schuldhulp.workflow.casefile.Change.AppointmentScheduled;
import nl.schuldhulp.workflow.casefile.Change.AssessmentRecorded;
import nl.schuldhulp.workflow.casefile.Change.CaseClosed;
import nl.schuldhulp.workflow.casefile.Change.CaseRegistered;
import nl.schuldhulp.workflow.casefile.Change.CaseReopened;
import nl.schuldhulp.workflow.casefile.Change.ClockResumed;
import nl.schuldhulp.workflow.casefile.Change.ClockSuspended;
import nl.schuldhulp.workflow.casefile.Change.ContactRecorded;
import nl.schuldhulp.workflow.casefile.Change.DeadlineExtended;
import nl.schuldhulp.workflow.casefile.Change.FactRecorded;
import nl.schuldhulp.workflow.casefile.Change.FlagCleared;
import nl.schuldhulp.workflow.casefile.Change.FlagRaised;
import nl.schuldhulp.workflow.casefile.Change.LeadAssigned;
import nl.schuldhulp.workflow.casefile.Change.LeadHandoverAccepted;
import nl.schuldhulp.workflow.casefile.Change.LeadHandoverDeclined;
import nl.schuldhulp.workflow.casefile.Change.LeadHandoverProposed;
import nl.schuldhulp.workflow.casefile.Change.LeadHandoverWithdrawn;
import nl.schuldhulp.workflow.casefile.Change.LifeEventRecorded;
import nl.schuldhulp.workflow.casefile.Change.ParticipantAdded;
import nl.schuldhulp.workflow.casefile.Change.ParticipationEnded;
import nl.schuldhulp.workflow.casefile.Change.ReadinessRecorded;
import nl.schuldhulp.workflow.casefile.Change.StepEntered;
import nl.schuldhulp.workflow.casefile.Change.TaskAssigned;
import nl.schuldhulp.workflow.casefile.Change.TaskCancelled;
import nl.schuldhulp.workflow.casefile.Change.TaskCompleted;
import nl.schuldhulp.workflow.casefile.Change.TerminationDecided;
import nl.schuldhulp.workflow.casefile.ContactChannel;
import nl.schuldhulp.workflow.casefile.ContactDirection;
import nl.schuldhulp.workflow.casefile.LifeEventKind;
import nl.schuldhulp.workflow.definition.ActivityKind;
import nl.schuldhulp.workflow.definition.AppointmentKind;
import nl.schuldhulp.workflow.definition.ClosureType;
import nl.schuldhulp.workflow.definition.EntryChannel;
import nl.schuldhulp.workflow.definition.Flag;
import nl.schuldhulp.workflow.definition.HandoverMode;
import nl.schuldhulp.workflow.definition.LeadKind;
import nl.schuldhulp.workflow.definition.Phase;

/**
 * The table of event types: one {@link ChangeCodec} per {@link Change} record, with its stable JSON
 * name and schema version. The JSON member names are the record component names, except where an
 * older schema is upcast. docs/event-format.md documents this table; a test keeps both in step.
 *
 * <p>To change a type's shape: raise its schema here, and register an {@link Upcaster} from the old
 * schema in {@link EventJson#ofDefaults()} (see StepEntered and ActivityEnded, schema 2).
 */
final class ChangeCodecs {
  private ChangeCodecs() {}

  static final List<ChangeCodec<?>> ALL = List.of(
      codec("CaseRegistered", 1, CaseRegistered.class,
          (c, w) -> w.text("definition", c.definition()).integer("definitionVersion", c.definitionVersion())
              .text("entryPoint", c.entryPoint()).constant("channel", c.channel()).texts("clients", c.clients()),
          r -> new CaseRegistered(r.text("definition"), r.integer("definitionVersion"), r.text("entryPoint"),
              r.constant("channel", EntryChannel.class), r.texts("clients"))),
      codec("LeadAssigned", 1, LeadAssigned.class,
          (c, w) -> w.constant("kind", c.kind()).text("organisation", c.organisation()),
          r -> new LeadAssigned(r.constant("kind", LeadKind.class), r.text("organisation"))),
      codec("StepEntered", 2, StepEntered.class,
          (c, w) -> w.text("step", c.step()).constant("phase", c.phase()).text("previousStep", c.previousStep()),
          r -> new StepEntered(r.text("step"), r.constant("phase", Phase.class), r.text("previousStep"))),
      codec("LeadHandoverProposed", 1, LeadHandoverProposed.class,
          (c, w) -> handover(w, c.kind(), c.from(), c.to()).constant("mode", c.mode()).text("reason", c.reason()),
          r -> new LeadHandoverProposed(r.constant("kind", LeadKind.class), r.text("from"), r.text("to"),
              r.constant("mode", HandoverMode.class), r.text("reason"))),
      codec("LeadHandoverAccepted", 1, LeadHandoverAccepted.class,
          (c, w) -> handover(w, c.kind(), c.from(), c.to()),
          r -> new LeadHandoverAccepted(r.constant("kind", LeadKind.class), r.text("from"), r.text("to"))),
      codec("LeadHandoverDeclined", 1, LeadHandoverDeclined.class,
          (c, w) -> handover(w, c.kind(), c.from(), c.to()).text("reason", c.reason()),
          r -> new LeadHandoverDeclined(r.constant("kind", LeadKind.class), r.text("from"), r.text("to"), r.text("reason"))),
      codec("LeadHandoverWithdrawn", 1, LeadHandoverWithdrawn.class,
          (c, w) -> handover(w, c.kind(), c.from(), c.to()).text("reason", c.reason()),
          r -> new LeadHandoverWithdrawn(r.constant("kind", LeadKind.class), r.text("from"), r.text("to"), r.text("reason"))),
      codec("TaskAssigned", 1, TaskAssigned.class,
          (c, w) -> w.text("task", c.task()).text("template", c.template()).text("text", c.text())
              .put("owner", Values.ASSIGNEE, c.owner()).put("due", Values.DATE, c.due()).bool("required", c.required())
              .bool("clientVisible", c.clientVisible()).text("step", c.step()),
          r -> new TaskAssigned(r.text("task"), r.text("template"), r.text("text"), r.get("owner", Values.ASSIGNEE),
              r.get("due", Values.DATE), r.bool("required"), r.bool("clientVisible"), r.text("step"))),
      codec("TaskCompleted", 1, TaskCompleted.class,
          (c, w) -> w.text("task", c.task()).text("template", c.template()),
          r -> new TaskCompleted(r.text("task"), r.text("template"))),
      codec("TaskCancelled", 1, TaskCancelled.class,
          (c, w) -> w.text("task", c.task()).text("template", c.template()).text("reason", c.reason()),
          r -> new TaskCancelled(r.text("task"), r.text("template"), r.text("reason"))),
      codec("AppointmentScheduled", 1, AppointmentScheduled.class,
          (c, w) -> appointment(w, c.appointment(), c.kind()).put("start", Values.INSTANT, c.start())
              .texts("organisations", c.organisations()).bool("client", c.client()),
          r -> new AppointmentScheduled(r.text("appointment"), r.constant("kind", AppointmentKind.class),
              r.get("start", Values.INSTANT), r.texts("organisations"), r.bool("client"))),
      codec("AppointmentHeld", 1, AppointmentHeld.class,
          (c, w) -> appointment(w, c.appointment(), c.kind()).text("summary", c.summary())
              .put("followUp", Values.FOLLOW_UP, c.followUp()),
          r -> new AppointmentHeld(r.text("appointment"), r.constant("kind", AppointmentKind.class), r.text("summary"),
              r.get("followUp", Values.FOLLOW_UP))),
      codec("AppointmentMissed", 1, AppointmentMissed.class,
          (c, w) -> appointment(w, c.appointment(), c.kind()).text("reason", c.reason()),
          r -> new AppointmentMissed(r.text("appointment"), r.constant("kind", AppointmentKind.class), r.text("reason"))),
      codec("AppointmentCancelled", 1, AppointmentCancelled.class,
          (c, w) -> appointment(w, c.appointment(), c.kind()).text("reason", c.reason()),
          r -> new AppointmentCancelled(r.text("appointment"), r.constant("kind", AppointmentKind.class),
              r.text("reason"))),
      codec("ContactRecorded", 1, ContactRecorded.class,
          (c, w) -> w.constant("channel", c.channel()).constant("direction", c.direction()).bool("reached", c.reached()),
          r -> new ContactRecorded(r.constant("channel", ContactChannel.class), r.constant("direction", ContactDirection.class),
              r.bool("reached"))),
      codec("FactRecorded", 1, FactRecorded.class,
          (c, w) -> w.text("fact", c.fact()).text("value", c.value()),
          r -> new FactRecorded(r.text("fact"), r.text("value"))),
      codec("FlagRaised", 1, FlagRaised.class,
          (c, w) -> w.constant("flag", c.flag()).text("reason", c.reason()),
          r -> new FlagRaised(r.constant("flag", Flag.class), r.text("reason"))),
      codec("FlagCleared", 1, FlagCleared.class,
          (c, w) -> w.constant("flag", c.flag()).text("reason", c.reason()),
          r -> new FlagCleared(r.constant("flag", Flag.class), r.text("reason"))),
      codec("AssessmentRecorded", 1, AssessmentRecorded.class,
          (c, w) -> w.text("domain", c.domain()).integer("score", c.score()),
          r -> new AssessmentRecorded(r.text("domain"), r.integer("score"))),
      codec("AccessDecided", 1, AccessDecided.class,
          (c, w) -> w.constant("outcome", c.outcome()).put("decidedOn", Values.DATE, c.decidedOn()).text("grounds", c.grounds()),
          r -> new AccessDecided(r.constant("outcome", AccessOutcome.class), r.get("decidedOn", Values.DATE), r.text("grounds"))),
      codec("TerminationDecided", 1, TerminationDecided.class,
          (c, w) -> w.put("decidedOn", Values.DATE, c.decidedOn()).text("grounds", c.grounds()),
          r -> new TerminationDecided(r.get("decidedOn", Values.DATE), r.text("grounds"))),
      codec("ReadinessRecorded", 1, ReadinessRecorded.class,
          (c, w) -> w.bool("ready", c.ready()).texts("criteria", c.criteria()).text("grounds", c.grounds()),
          r -> new ReadinessRecorded(r.bool("ready"), r.texts("criteria"), r.text("grounds"))),
      codec("ActivityStarted", 1, ActivityStarted.class,
          (c, w) -> activity(w, c.activity(), c.kind(), c.organisation()),
          r -> new ActivityStarted(r.text("activity"), r.constant("kind", ActivityKind.class), r.text("organisation"))),
      codec("ActivityEnded", 2, ActivityEnded.class,
          (c, w) -> activity(w, c.activity(), c.kind(), c.organisation()).text("reason", c.reason())
              .constant("outcome", c.outcome()),
          r -> new ActivityEnded(r.text("activity"), r.constant("kind", ActivityKind.class), r.text("organisation"),
              r.text("reason"), r.constant("outcome", ActivityOutcome.class))),
      codec("LifeEventRecorded", 1, LifeEventRecorded.class,
          (c, w) -> w.constant("kind", c.kind()),
          r -> new LifeEventRecorded(r.constant("kind", LifeEventKind.class))),
      codec("ClockSuspended", 1, ClockSuspended.class,
          (c, w) -> w.text("norm", c.norm()).text("reason", c.reason()),
          r -> new ClockSuspended(r.text("norm"), r.text("reason"))),
      codec("ClockResumed", 1, ClockResumed.class,
          (c, w) -> w.text("norm", c.norm()),
          r -> new ClockResumed(r.text("norm"))),
      codec("DeadlineExtended", 1, DeadlineExtended.class,
          (c, w) -> w.text("norm", c.norm()).put("by", Values.TERM, c.by()).text("reason", c.reason()),
          r -> new DeadlineExtended(r.text("norm"), r.get("by", Values.TERM), r.text("reason"))),
      codec("ParticipantAdded", 1, ParticipantAdded.class,
          (c, w) -> participant(w, c.organisation(), c.role()).text("professional", c.professional())
              .text("reason", c.reason()),
          r -> new ParticipantAdded(r.text("organisation"), r.text("role"), r.text("professional"), r.text("reason"))),
      codec("ParticipationEnded", 1, ParticipationEnded.class,
          (c, w) -> participant(w, c.organisation(), c.role()).text("reason", c.reason()),
          r -> new ParticipationEnded(r.text("organisation"), r.text("role"), r.text("reason"))),
      codec("CaseClosed", 1, CaseClosed.class,
          (c, w) -> w.text("exit", c.exit()).constant("type", c.type()).text("decidedBy", c.decidedBy())
              .text("consultation", c.consultation()).text("reason", c.reason()),
          r -> new CaseClosed(r.text("exit"), r.constant("type", ClosureType.class), r.text("decidedBy"),
              r.text("consultation"), r.text("reason"))),
      codec("CaseReopened", 1, CaseReopened.class,
          (c, w) -> w.text("reason", c.reason()).bool("returning", c.returning()),
          r -> new CaseReopened(r.text("reason"), r.bool("returning"))));

  private static final Map<String, ChangeCodec<?>> BY_TYPE =
      ALL.stream().collect(Collectors.toUnmodifiableMap(ChangeCodec::type, Function.identity()));

  private static final Map<Class<?>, ChangeCodec<?>> BY_CLASS =
      ALL.stream().collect(Collectors.toUnmodifiableMap(ChangeCodec::javaType, Function.identity()));

  static Optional<ChangeCodec<?>> byType(String type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  /** The codec of {@code change}'s record; every permitted subtype of {@link Change} has one. */
  static ChangeCodec<?> of(Change change) {
    ChangeCodec<?> codec = BY_CLASS.get(change.getClass());
    if (codec == null) {
      throw new IllegalStateException("no JSON codec for " + change.getClass().getName());
    }
    return codec;
  }

  static List<String> types() {
    return ALL.stream().map(ChangeCodec::type).collect(Collectors.toList());
  }

  private static <C extends Change> ChangeCodec<C> codec(
      String type, int schema, Class<C> javaType, BiConsumer<C, FieldWriter> writer, Function<FieldReader, C> reader) {
    return new ChangeCodec<>(type, schema, javaType, writer, reader);
  }

  private static FieldWriter handover(FieldWriter w, LeadKind kind, String from, String to) {
    return w.constant("kind", kind).text("from", from).text("to", to);
  }

  private static FieldWriter appointment(FieldWriter w, String appointment, AppointmentKind kind) {
    return w.text("appointment", appointment).constant("kind", kind);
  }

  private static FieldWriter participant(FieldWriter w, String organisation, String role) {
    return w.text("organisation", organisation).text("role", role);
  }

  private static FieldWriter activity(FieldWriter w, String activity, ActivityKind kind, String organisation) {
    return w.text("activity", activity).constant("kind", kind).text("organisation", organisation);
  }
}
