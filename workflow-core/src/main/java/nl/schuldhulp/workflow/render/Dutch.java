package nl.schuldhulp.workflow.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/** Dates, counts and phase names in plain Dutch (B1) for client-facing pages. */
final class Dutch {
  static final Locale LOCALE = new Locale("nl", "NL");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);

  private Dutch() {}

  /** "dinsdag 12 maart 2024". */
  static String date(LocalDate date) {
    return DATE.format(date);
  }

  /** The date in Amsterdam of an instant. */
  static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, BusinessCalendar.ZONE);
  }

  /** "dinsdag 12 maart 2024 om 10:00", in Amsterdam time. */
  static String dateAndTime(Instant instant) {
    return date(day(instant)) + " om " + TIME.format(instant.atZone(BusinessCalendar.ZONE));
  }

  /** "1 taak", "3 taken". */
  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** The text with its first letter in upper case. */
  static String capitalised(String text) {
    return Text.withFirst(text, Character::toUpperCase);
  }

  /** What kind of organisation it is, in the client's words; empty for {@link OrganisationKind#OTHER}. */
  static String kind(OrganisationKind kind) {
    switch (kind) {
      case OTHER:
        return "";
      case MUNICIPAL_DEBT_SERVICE:
        return "schuldhulp van de gemeente";
      default:
        return kind.label();
    }
  }

  /** What a phase means for the client, without the professionals' words. */
  static String phase(Phase phase) {
    switch (phase) {
      case EARLY_SIGNALLING:
        return "Er is een signaal over geldzorgen";
      case REGISTRATION:
        return "Aanmelden";
      case INTAKE:
        return "Kennismaken en samen uitzoeken";
      case STABILISATION:
        return "Rust in uw geldzaken";
      case SOLUTION:
        return "Uw schulden oplossen";
      case AFTERCARE:
        return "Hulp na afloop";
      default:
        throw new AssertionError(phase);
    }
  }
}
