package nl.schuldhulp.workflow.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.schuldhulp.workflow.time.BusinessCalendar;

/**
 * Dates, times, durations and wrapped text as the demo prints them, in Dutch and independent of the
 * machine's locale and time zone (always Europe/Amsterdam).
 *
 * <p>Stateless and threadsafe.
 */
final class Dutch {
  private static final String[] DAYS = {"ma", "di", "wo", "do", "vr", "za", "zo"};
  private static final String[] WEEKDAYS = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};
  private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
      "september", "oktober", "november", "december"};

  private Dutch() {}

  /** {@code di 07-05-2019 17:45}. */
  static String moment(Instant at) {
    LocalDateTime time = LocalDateTime.ofInstant(at, BusinessCalendar.ZONE);
    return String.format("%s %s %02d:%02d", DAYS[time.getDayOfWeek().ordinal()], date(time.toLocalDate()),
        time.getHour(), time.getMinute());
  }

  /** {@code di 07-05 17:45}: a moment within the year being told. */
  static String shortMoment(Instant at) {
    LocalDateTime time = LocalDateTime.ofInstant(at, BusinessCalendar.ZONE);
    return String.format("%s %02d-%02d %02d:%02d", DAYS[time.getDayOfWeek().ordinal()], time.getDayOfMonth(),
        time.getMonthValue(), time.getHour(), time.getMinute());
  }

  /** {@code 07-05-2019}. */
  static String date(LocalDate date) {
    return String.format("%02d-%02d-%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /** {@code 07-05-2019}, the date of {@code at}. */
  static String date(Instant at) {
    return date(LocalDate.ofInstant(at, BusinessCalendar.ZONE));
  }

  /** {@code woensdag 12 juni}: how a client reads a due date. */
  static String plainDate(LocalDate date) {
    return WEEKDAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
  }

  /** {@code 28 dagen}, {@code 1 dag}, {@code 5 uur} or {@code minder dan een uur}. */
  static String duration(Instant from, Instant until) {
    Duration duration = Duration.between(from, until);
    long days = duration.toDays();
    if (days >= 1) {
      return days + (days == 1 ? " dag" : " dagen");
    }
    long hours = duration.toHours();
    return hours >= 1 ? hours + " uur" : "minder dan een uur";
  }

  /** {@code 1 taak}, {@code 3 taken}. */
  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** {@code text} broken into lines of at most {@code width} characters, at spaces. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
