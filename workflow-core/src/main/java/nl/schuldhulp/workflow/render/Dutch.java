package nl.schuldhulp.workflow.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.schuldhulp.workflow.definition.OrganisationKind;
import nl.schuldhulp.workflow.definition.Phase;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/** Dates, counts and phase names in plain Dutch (B1) for client-facing pages. */
final class Dutch {
  static final Locale LOCALE = new Locale("nl", "NL");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", LOCALE);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", LOCALE);
  /** What each phase means for the client, without the professionals' words. */
  private static final Map<Phase, String> PHASES = Map.of(
      Phase.EARLY_SIGNALLING, "Er is een signaal over geldzorgen",
      Phase.REGISTRATION, "Aanmelden",
      Phase.INTAKE, "Kennismaken en samen uitzoeken",
      Phase.STABILISATION, "Rust in uw geldzaken",
      Phase.SOLUTION, "Uw schulden oplossen",
      Phase.AFTERCARE, "Hulp na afloop");

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
    return kind == OrganisationKind.OTHER ? ""
        : kind == OrganisationKind.MUNICIPAL_DEBT_SERVICE ? "schuldhulp van de gemeente"
        : kind.label();
  }

  /** What a phase means for the client, without the professionals' words. */
  static String phase(Phase phase) {
    return PHASES.get(phase);
  }
}
