package nl.schuldhulp.workflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.schuldhulp.workflow.testing.SeededCheck;
import org.junit.jupiter.api.Test;

/**
 * A rejection's reason is filled without {@code String.format} (ADR 0029); for the {@code %s}-only
 * patterns the decider uses it is the text {@code String.format} gives. A counterexample is a
 * pattern split into its literal pieces and the arguments between them, shrunk by dropping pieces.
 */
class ReasonFillProperties {
  /** Literal text; the decider's reasons hold no {@code %} but their {@code %s}. */
  private static final String[] PIECES = {"", "a task ", "due ", "cannot be ", " (R-39)", "é", "s", "\n"};

  /** A pattern of {@code literals} joined by {@code %s}, with one argument per {@code %s}. */
  record Reason(List<String> literals, List<Object> args) {}

  @Test
  void fillsAReasonAsStringFormatDoes() {
    SeededCheck.forAll("fill == String.format for %s patterns", ReasonFillProperties::reason, ReasonFillProperties::shorter)
        .holds(5_000, reason -> {
          String pattern = String.join("%s", reason.literals());
          Object[] args = reason.args().toArray();
          assertThat(Decider.fill(pattern, args)).isEqualTo(String.format(pattern, args));
        });
  }

  @Test
  void fillsTheDecidersOwnReasons() {
    assertThat(Decider.fill("a task due %s cannot be assigned on %s; it needs a due date still to come (R-39)",
        LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 2)))
        .isEqualTo("a task due 2024-05-01 cannot be assigned on 2024-05-02; it needs a due date still to come (R-39)");
    assertThat(Decider.fill("no placeholder")).isEqualTo("no placeholder");
    assertThat(Decider.fill("%s%s", "", null)).isEqualTo("null");
  }

  private static Reason reason(Random random) {
    int holes = random.nextInt(5);
    List<String> literals = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    for (int i = 0; i <= holes; i++) {
      literals.add(PIECES[random.nextInt(PIECES.length)] + PIECES[random.nextInt(PIECES.length)]);
      if (i < holes) {
        args.add(switch (random.nextInt(4)) {
          case 0 -> LocalDate.ofEpochDay(random.nextInt(40_000));
          case 1 -> random.nextInt();
          case 2 -> PIECES[random.nextInt(PIECES.length)];
          default -> RuleCode.values()[random.nextInt(RuleCode.values().length)];
        });
      }
    }
    return new Reason(literals, args);
  }

  private static Stream<Reason> shorter(Reason reason) {
    return IntStream.range(0, reason.args().size()).mapToObj(drop -> {
      List<String> literals = new ArrayList<>(reason.literals());
      List<Object> args = new ArrayList<>(reason.args());
      literals.set(drop, literals.get(drop) + literals.remove(drop + 1));
      args.remove(drop);
      return new Reason(literals, args);
    });
  }
}
