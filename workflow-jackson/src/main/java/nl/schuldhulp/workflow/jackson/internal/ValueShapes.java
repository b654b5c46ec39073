package nl.schuldhulp.workflow.jackson.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.TermUnit;

/**
 * The JSON shapes of the values both formats share, written down once: a {@link Term} is a
 * one-member object naming its unit (<code>{"weeks": 4}</code>), a task owner ({@link Assignee})
 * is the text {@code "client"} or <code>{"organisation": .., "role": ..}</code>. Each format walks
 * its own tree (the definition reader its located {@code Json}, the event codecs Jackson nodes)
 * and takes the names and the case analysis from here. Not API (see the package). Stateless and
 * threadsafe.
 */
public final class ValueShapes {
  /** The member names of a term's one-member object, in the order the format documents them. */
  public static final List<String> TERM_UNITS = List.of("days", "workingDays", "weeks", "months");

  /** The text that stands for the client as a task owner. */
  public static final String CLIENT = "client";

  /** The member of an organisation role owner that names the organisation. */
  public static final String ORGANISATION = "organisation";

  /** The member of an organisation role owner that names the role. */
  public static final String ROLE = "role";

  /** What a task owner may be, in words, for problems. */
  public static final String OWNER_EXPECTED = "\"client\" or an object with organisation and role";

  private ValueShapes() {}

  /** The member name of {@code unit} in a term, e.g. {@code workingDays}. */
  public static String termUnitName(TermUnit unit) {
    return switch (unit) {
      case DAYS -> "days";
      case WORKING_DAYS -> "workingDays";
      case WEEKS -> "weeks";
      case MONTHS -> "months";
    };
  }

  /**
   * The unit a term member names.
   *
   * @throws IllegalArgumentException if {@code name} is not one of {@link #TERM_UNITS}
   */
  public static TermUnit termUnit(String name) {
    for (TermUnit unit : TermUnit.values()) {
      if (termUnitName(unit).equals(name)) {
        return unit;
      }
    }
    throw new IllegalArgumentException("unknown term unit " + name);
  }

  /** Writes {@code term}: {@code oneMember} makes the object from the unit's name and the amount. */
  public static <J> J term(Term term, BiFunction<String, Integer, J> oneMember) {
    return oneMember.apply(termUnitName(term.unit()), term.amount());
  }

  /**
   * Writes {@code owner}: {@code text} makes the text {@code "client"}, {@code object} the object
   * of an organisation role from its members in order.
   */
  public static <J> J owner(
      Assignee owner, Function<String, J> text, Function<Map<String, String>, J> object) {
    if (owner instanceof Assignee.OrganisationRole role) {
      Map<String, String> members = new LinkedHashMap<>();
      members.put(ORGANISATION, role.organisation());
      members.put(ROLE, role.role());
      return object.apply(members);
    }
    return text.apply(CLIENT);
  }
}
