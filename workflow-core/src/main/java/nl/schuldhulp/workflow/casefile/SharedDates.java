package nl.schuldhulp.workflow.casefile;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One {@link LocalDate} instance per day from 2020 to 2064, shared by every case's tasks: due dates
 * repeat across a case load, and a date object costs 24 bytes per task otherwise. Dates outside
 * that range are kept as they are. Threadsafe.
 */
final class SharedDates {
  private static final long FIRST = LocalDate.of(2020, 1, 1).toEpochDay();
  private static final AtomicReferenceArray<LocalDate> DAYS = new AtomicReferenceArray<>(1 << 14);

  private SharedDates() {}

  /** The shared date {@code epochDay} days after 1970-01-01: looked up, not computed, when known. */
  static LocalDate ofEpochDay(long epochDay) {
    long index = epochDay - FIRST;
    LocalDate known = index >= 0 && index < DAYS.length() ? DAYS.get((int) index) : null;
    return known != null ? known : shared(LocalDate.ofEpochDay(epochDay));
  }

  static LocalDate shared(LocalDate date) {
    long index = date.toEpochDay() - FIRST;
    if (index < 0 || index >= DAYS.length()) {
      return date;
    }
    LocalDate known = DAYS.get((int) index);
    if (known != null) {
      return known;
    }
    return DAYS.compareAndSet((int) index, null, date) ? date : DAYS.get((int) index);
  }
}
