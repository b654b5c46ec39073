package nl.schuldhulp.workflow.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseState;
import nl.schuldhulp.workflow.casefile.Command;
import nl.schuldhulp.workflow.casefile.Decision;
import nl.schuldhulp.workflow.casefile.FollowUp;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * Writes steps as readable lines: who did what, on which day, in which step, and what the engine
 * made of it. Dutch domain words, as the rest of the library. Immutable and threadsafe.
 */
final class Narrator {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.forLanguageTag("nl-NL"));

  private final LocalDate firstDay;

  Narrator(Instant start) {
    this.firstDay = LocalDate.ofInstant(start, BusinessCalendar.ZONE);
  }

  /** One line: "dag 3 (wo 6 mrt 2024 10:00), stap huisbezoek: buurtteam/generalist ... -> aanvaard, ...". */
  String describe(CaseStep step) {
    return describe(step.before(), step.command(), outcome(step));
  }

  /** One line for {@code command} in {@code before}, ending in {@code outcome}. */
  String describe(CaseState before, Command command, String outcome) {
    ZonedDateTime when = command.at().atZone(BusinessCalendar.ZONE);
    String where = before.registered()
        ? "stap " + before.step() + (before.closed() ? " (afgesloten)" : "")
        : "nieuwe zaak";
    return "dag " + ChronoUnit.DAYS.between(firstDay, when.toLocalDate()) + " (" + WHEN.format(when) + "), "
        + where + ": " + actor(command.actor()) + " " + what(command) + " -> " + outcome;
  }

  /** A state in a few words: step, holders, pending handovers, open required tasks. */
  static String state(CaseState state) {
    if (!state.registered()) {
      return "niet aangemeld";
    }
    StringBuilder text = new StringBuilder("stap ").append(state.step());
    if (state.closed()) {
      text.append(", afgesloten");
    }
    state.leads().forEach((kind, holder) -> text.append(", ").append(kind.label()).append(": ").append(holder));
    state.handovers().forEach(handover -> text.append(", overdracht ").append(handover.kind().label())
        .append(" aan ").append(handover.to()).append(" loopt"));
    GuardReading.openRequiredTasks(state).forEach(task -> text.append(", open: ").append(task.template()));
    return text.toString();
  }

  private static String outcome(CaseStep step) {
    String expected = step.mustBeRefused() ? " [moet geweigerd worden: " + step.refusalExpected() + "]" : "";
    if (step.decision() instanceof Decision.Rejected rejected) {
      return "geweigerd (" + rejected.rejection() + ")" + expected;
    }
    return "aanvaard, " + state(step.after()) + expected;
  }

  static String actor(Actor actor) {
    return actor instanceof Actor.Professional professional
        ? professional.organisation() + "/" + professional.role()
        : "cliënt " + ((Actor.Client) actor).client();
  }

  static String what(Command command) {
    if (command instanceof Command.RegisterCase c) {
      return "meldt de zaak aan via " + c.entryPoint() + " voor " + c.clients();
    } else if (command instanceof Command.MoveCase c) {
      return "zet de zaak door naar " + c.step();
    } else if (command instanceof Command.ProposeLeadHandover c) {
      return "draagt " + c.kind().label() + " over aan " + c.to() + " (" + c.mode().label() + ")";
    } else if (command instanceof Command.AcceptLeadHandover c) {
      return "aanvaardt de overdracht van " + c.kind().label();
    } else if (command instanceof Command.DeclineLeadHandover c) {
      return "weigert de overdracht van " + c.kind().label();
    } else if (command instanceof Command.WithdrawLeadHandover c) {
      return "trekt de overdracht van " + c.kind().label() + " in";
    } else if (command instanceof Command.AssignTask c) {
      return "geeft " + c.owner() + " de taak '" + c.text() + "' tot " + c.due();
    } else if (command instanceof Command.CompleteTask c) {
      return "rondt taak " + c.task() + " af";
    } else if (command instanceof Command.CancelTask c) {
      return "annuleert taak " + c.task();
    } else if (command instanceof Command.ScheduleAppointment c) {
      return "plant een " + c.kind().label() + " met " + c.organisations() + (c.client() ? " en de cliënt" : "");
    } else if (command instanceof Command.HoldAppointment c) {
      return "legt afspraak " + c.appointment() + " vast als gehouden" + followUp(c.followUp());
    } else if (command instanceof Command.MissAppointment c) {
      return "legt afspraak " + c.appointment() + " vast als gemist";
    } else if (command instanceof Command.RecordFact c) {
      return "legt vast: " + c.fact() + " = " + c.value();
    } else if (command instanceof Command.RaiseFlag c) {
      return "zet de vlag " + c.flag().label();
    } else if (command instanceof Command.ClearFlag c) {
      return "haalt de vlag " + c.flag().label() + " weg";
    } else if (command instanceof Command.RecordAssessment c) {
      return "scoort " + c.domain() + " op " + c.score();
    } else if (command instanceof Command.DecideAccess c) {
      return "beslist over toelating: " + c.outcome().label();
    } else if (command instanceof Command.DecideTermination) {
      return "beëindigt de dienstverlening bij beschikking";
    } else if (command instanceof Command.StartActivity c) {
      return "start " + c.kind().label() + " door " + c.organisation();
    } else if (command instanceof Command.EndActivity c) {
      return "beëindigt activiteit " + c.activity();
    } else if (command instanceof Command.AddParticipant c) {
      return "laat " + c.organisation() + " (" + c.role() + ") deelnemen: " + c.reason();
    } else if (command instanceof Command.EndParticipation c) {
      return "beëindigt de deelname van " + c.organisation() + " (" + c.role() + ")";
    } else if (command instanceof Command.CloseCase c) {
      return "sluit de zaak af: " + c.type().label();
    } else if (command instanceof Command.ReopenCase) {
      return "heropent de zaak";
    }
    return clockOrContact(command);
  }

  private static String clockOrContact(Command command) {
    if (command instanceof Command.SuspendClock c) {
      return "schort de klok van norm " + c.norm() + " op";
    } else if (command instanceof Command.ResumeClock c) {
      return "hervat de klok van norm " + c.norm();
    } else if (command instanceof Command.ExtendDeadline c) {
      return "verlengt norm " + c.norm() + " met " + c.by();
    } else if (command instanceof Command.RecordLifeEvent c) {
      return "legt een levensgebeurtenis vast: " + c.kind();
    } else if (command instanceof Command.AcknowledgeMessage) {
      return "bevestigt een bericht van de cliënt";
    }
    Command.RecordContact contact = (Command.RecordContact) command;
    return "legt contact vast (" + contact.channel() + ", " + contact.direction()
        + (contact.reached() ? ", bereikt)" : ", niet bereikt)");
  }

  private static String followUp(FollowUp followUp) {
    if (followUp instanceof FollowUp.Scheduled scheduled) {
      return ", vervolg " + scheduled.appointment();
    }
    return followUp instanceof FollowUp.NoFollowUp none ? ", geen vervolg: " + none.reason() : "";
  }
}
