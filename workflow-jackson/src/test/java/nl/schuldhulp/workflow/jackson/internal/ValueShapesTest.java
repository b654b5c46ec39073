package nl.schuldhulp.workflow.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.TermUnit;
import org.junit.jupiter.api.Test;

class ValueShapesTest {

  @Test
  void everyTermUnitHasOneListedNameThatNamesItBack() {
    List<String> names = Arrays.stream(TermUnit.values()).map(ValueShapes::termUnitName).toList();

    assertThat(names).containsExactlyElementsOf(ValueShapes.TERM_UNITS);
    for (TermUnit unit : TermUnit.values()) {
      assertThat(ValueShapes.termUnit(ValueShapes.termUnitName(unit))).isEqualTo(unit);
    }
  }

  @Test
  void rejectsAnUnknownTermUnitName() {
    assertThatThrownBy(() -> ValueShapes.termUnit("fortnights"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fortnights");
  }

  @Test
  void writesATermAsItsUnitNameAndAmount() {
    String written = ValueShapes.term(new Term(4, TermUnit.WORKING_DAYS), (unit, amount) -> unit + "=" + amount);

    assertThat(written).isEqualTo("workingDays=4");
  }

  @Test
  void writesTheClientAsTextAndARoleAsOrganisationThenRole() {
    String client = ValueShapes.owner(Assignee.client(), text -> text, Map::toString);
    String role = ValueShapes.owner(Assignee.role("buurtteam", "generalist"), text -> text, Map::toString);

    assertThat(client).isEqualTo("client");
    assertThat(role).isEqualTo("{organisation=buurtteam, role=generalist}");
  }
}
