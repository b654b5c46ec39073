package nl.schuldhulp.workflow.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EasterTest {

  /**
   * Easter Sundays 2000-2100 as published in the ecclesiastical tables (month-day per year, ten a
   * row). Typed in from the published table, not generated: the test compares computed to table.
   */
  private static final String[] PUBLISHED_2000_TO_2100 = {
    "04-23 04-15 03-31 04-20 04-11 03-27 04-16 04-08 03-23 04-12", // 2000-2009
    "04-04 04-24 04-08 03-31 04-20 04-05 03-27 04-16 04-01 04-21", // 2010-2019
    "04-12 04-04 04-17 04-09 03-31 04-20 04-05 03-28 04-16 04-01", // 2020-2029
    "04-21 04-13 03-28 04-17 04-09 03-25 04-13 04-05 04-25 04-10", // 2030-2039
    "04-01 04-21 04-06 03-29 04-17 04-09 03-25 04-14 04-05 04-18", // 2040-2049
    "04-10 04-02 04-21 04-06 03-29 04-18 04-02 04-22 04-14 03-30", // 2050-2059
    "04-18 04-10 03-26 04-15 04-06 03-29 04-11 04-03 04-22 04-14", // 2060-2069
    "03-30 04-19 04-10 03-26 04-15 04-07 04-19 04-11 04-03 04-23", // 2070-2079
    "04-07 03-30 04-19 04-04 03-26 04-15 03-31 04-20 04-11 04-03", // 2080-2089
    "04-16 04-08 03-30 04-12 04-04 04-24 04-15 03-31 04-20 04-12", // 2090-2099
    "03-28", // 2100
  };

  @Test
  void computesThePublishedEasterSundaysFrom2000To2100() {
    List<LocalDate> published = new ArrayList<>();
    List<LocalDate> computed = new ArrayList<>();
    int year = 2000;
    for (String row : PUBLISHED_2000_TO_2100) {
      for (String monthDay : row.split(" ")) {
        published.add(LocalDate.parse(year + "-" + monthDay));
        computed.add(Easter.sunday(year));
        year++;
      }
    }
    assertThat(year).isEqualTo(2101);
    assertThat(computed).containsExactlyElementsOf(published);
  }

  @Test
  void computesWellKnownEasterSundays() {
    assertThat(Easter.sunday(2000)).isEqualTo("2000-04-23");
    assertThat(Easter.sunday(2008)).isEqualTo("2008-03-23");
    assertThat(Easter.sunday(2011)).isEqualTo("2011-04-24");
    assertThat(Easter.sunday(2019)).isEqualTo("2019-04-21");
    assertThat(Easter.sunday(2024)).isEqualTo("2024-03-31");
    assertThat(Easter.sunday(2025)).isEqualTo("2025-04-20");
    assertThat(Easter.sunday(2038)).isEqualTo("2038-04-25");
    assertThat(Easter.sunday(2100)).isEqualTo("2100-03-28");
  }

  @Test
  void computesEasterSundaysAcrossCenturiesIncludingTheEarliestAndLatestPossible() {
    assertThat(Easter.sunday(1583)).isEqualTo("1583-04-10");
    assertThat(Easter.sunday(1818)).isEqualTo("1818-03-22"); // earliest possible date
    assertThat(Easter.sunday(1886)).isEqualTo("1886-04-25"); // latest possible date
    assertThat(Easter.sunday(1943)).isEqualTo("1943-04-25");
    assertThat(Easter.sunday(1961)).isEqualTo("1961-04-02");
    assertThat(Easter.sunday(2285)).isEqualTo("2285-03-22");
  }

  @Test
  void easterIsASundayBetween22MarchAnd25AprilInEveryYear() {
    for (int year = 1583; year <= 5000; year++) {
      LocalDate easter = Easter.sunday(year);
      assertThat(easter.getDayOfWeek()).as("Easter %s", year).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(easter)
          .as("Easter %s", year)
          .isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }
  }

  @Test
  void refusesYearsBeforeTheGregorianCalendar() {
    assertThatThrownBy(() -> Easter.sunday(1582))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1582");
  }
}
