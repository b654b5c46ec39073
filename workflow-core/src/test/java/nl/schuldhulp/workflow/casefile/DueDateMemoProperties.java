package nl.schuldhulp.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.testing.SampleDefinitions;
import nl.schuldhulp.workflow.testing.SeededCheck;
import nl.schuldhulp.workflow.time.BusinessCalendar;
import nl.schuldhulp.workflow.time.DutchCalendar;
import org.junit.jupiter.api.Test;

/**
 * The decider remembers due dates: whatever it worked out before (the same term from the same day,
 * equal terms, other days, terms and days whose hashes share a slot), a due date is the calendar's.
 * Seeded with the core tests' {@link SeededCheck}; a counterexample, the due dates asked for in
 * turn from one fresh decider, is shrunk by dropping questions.
 */
class DueDateMemoProperties {
  private static final BusinessCalendar CALENDAR = DutchCalendar.builder().closingDay(LocalDate.of(2026, 5, 15)).build();
  private static final List<Term> TERMS = List.of(Term.workingDays(0), Term.workingDays(1), Term.workingDays(5),
      Term.days(3), Term.weeks(2), Term.months(1), Term.workingDays(20));

  /**
   * One due date asked for.
   *
   * @param from the day the term counts from
   * @param term the term
   */
  record Question(LocalDate from, Term term) {}

  @Test
  void aRememberedDueDateIsTheCalendarsDueDate() {
    SeededCheck.forAll("remembered due == calendar due", DueDateMemoProperties::questions, DueDateMemoProperties::fewer)
        .holds(300, questions -> {
          Decider decider = new Decider(new CompiledDefinition(SampleDefinitions.minimal()), CALENDAR);
          for (Question question : questions) {
            assertThat(decider.due(question.from(), question.term())).as("%s", question)
                .isEqualTo(CALENDAR.plus(question.from(), question.term()));
          }
        });
  }

  /** Mostly a few days around Ascension Day 2026 and a closing day, often the same question again. */
  private static List<Question> questions(Random random) {
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(60); i++) {
      if (!questions.isEmpty() && random.nextInt(3) == 0) {
        Question earlier = questions.get(random.nextInt(questions.size()));
        // the same question, or the same term as an equal but other instance
        questions.add(random.nextBoolean() ? earlier
            : new Question(earlier.from(), new Term(earlier.term().amount(), earlier.term().unit())));
      } else {
        LocalDate from = random.nextInt(4) == 0 ? LocalDate.of(2000, 1, 1).plusDays(random.nextInt(20_000))
            : LocalDate.of(2026, 5, 10).plusDays(random.nextInt(10));
        questions.add(new Question(from, TERMS.get(random.nextInt(TERMS.size()))));
      }
    }
    return questions;
  }

  private static Stream<List<Question>> fewer(List<Question> questions) {
    return IntStream.range(0, questions.size()).mapToObj(drop -> {
      List<Question> fewer = new ArrayList<>(questions);
      fewer.remove(drop);
      return List.copyOf(fewer);
    });
  }
}
