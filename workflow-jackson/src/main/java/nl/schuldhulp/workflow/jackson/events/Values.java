package nl.schuldhulp.workflow.jackson.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.schuldhulp.workflow.casefile.Actor;
import nl.schuldhulp.workflow.casefile.CaseId;
import nl.schuldhulp.workflow.casefile.FollowUp;
import nl.schuldhulp.workflow.definition.Assignee;
import nl.schuldhulp.workflow.definition.Term;
import nl.schuldhulp.workflow.definition.TermUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The codecs of the values that events are made of: JSON types, constants, instants and dates, and
 * the composite values (actor, term, task owner, follow-up). Stateless.
 */
final class Values {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Values() {}

  static final ValueCodec<String> TEXT = ValueCodec.of(NODES::stringNode, (node, at) -> {
    if (!node.isString()) {
      throw mismatch(at, "text", node);
    }
    return node.stringValue();
  });

  static final ValueCodec<Boolean> BOOLEAN = ValueCodec.of(NODES::booleanNode, (node, at) -> {
    if (!node.isBoolean()) {
      throw mismatch(at, "true or false", node);
    }
    return node.booleanValue();
  });

  static final ValueCodec<Integer> INTEGER = whole(Integer.MIN_VALUE, Integer.MAX_VALUE).map(Math::toIntExact, Integer::longValue, "an int");

  /** A whole number from 1 up: a case's version. */
  static final ValueCodec<Long> POSITIVE = whole(1, Long.MAX_VALUE);

  static final ValueCodec<CaseId> CASE_ID = TEXT.map(CaseId::of, CaseId::value, "a case id (not blank)");

  static final ValueCodec<Instant> INSTANT =
      TEXT.map(Instant::parse, Instant::toString, "an ISO-8601 instant in UTC such as \"2026-03-02T09:30:00Z\"");

  static final ValueCodec<LocalDate> DATE = TEXT.map(LocalDate::parse, LocalDate::toString, "a date such as \"2026-03-02\"");

  /** A professional as {organisation, role, professional}, a client as {client}. */
  static final ValueCodec<Actor> ACTOR = ValueCodec.of(
      actor -> actor instanceof Actor.Professional professional
          ? new FieldWriter().text("organisation", professional.organisation()).text("role", professional.role())
              .text("professional", professional.professional()).object()
          : new FieldWriter().text("client", ((Actor.Client) actor).client()).object(),
      (node, at) -> at.readObject(node, fields -> fields.has("client")
          ? Actor.client(fields.text("client"))
          : Actor.professional(fields.text("organisation"), fields.text("role"), fields.text("professional"))));

  private static final Map<String, TermUnit> TERM_UNITS =
      Map.of("days", TermUnit.DAYS, "workingDays", TermUnit.WORKING_DAYS, "weeks", TermUnit.WEEKS, "months", TermUnit.MONTHS);

  /** A term as people say it, as in the definition format: {"weeks": 4}. */
  static final ValueCodec<Term> TERM = ValueCodec.of(
      term -> NODES.objectNode().put(termName(term.unit()), term.amount()),
      (node, at) -> {
        var variant = variant(node, at, TERM_UNITS.keySet().stream().sorted().collect(Collectors.toList()));
        Integer amount = variant.at().read(variant.value(), INTEGER);
        return amount == null ? null : variant.construct(() -> new Term(amount, TERM_UNITS.get(variant.name())));
      });

  /** A task owner as in the definition format: "client" or {organisation, role}. */
  static final ValueCodec<Assignee> ASSIGNEE = ValueCodec.of(
      owner -> owner instanceof Assignee.OrganisationRole role
          ? new FieldWriter().text("organisation", role.organisation()).text("role", role.role()).object()
          : NODES.stringNode("client"),
      (node, at) -> node.isString()
          ? literal(node, at, "client", Assignee.client())
          : at.readObject(node, fields -> Assignee.role(fields.text("organisation"), fields.text("role"))));

  /** A follow-up: "notRecorded", {"scheduled": appointment} or {"none": reason}. */
  static final ValueCodec<FollowUp> FOLLOW_UP = ValueCodec.of(
      followUp -> followUp instanceof FollowUp.Scheduled scheduled
          ? NODES.objectNode().put("scheduled", scheduled.appointment())
          : followUp instanceof FollowUp.NoFollowUp none
              ? NODES.objectNode().put("none", none.reason())
              : NODES.stringNode("notRecorded"),
      (node, at) -> {
        if (node.isString()) {
          return literal(node, at, "notRecorded", FollowUp.notRecorded());
        }
        var variant = variant(node, at, List.of("scheduled", "none"));
        String text = variant.at().read(variant.value(), TEXT);
        return text == null
            ? null
            : variant.construct(() -> variant.name().equals("scheduled") ? FollowUp.scheduled(text) : FollowUp.none(text));
      });

  static <E extends Enum<E>> ValueCodec<E> constant(Class<E> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    return ValueCodec.of(value -> NODES.stringNode(value.name()), (node, at) -> {
      String name = TEXT.read(node, at);
      if (!names.contains(name)) {
        throw at.reject(EventProblem.Kind.VALUE, "unknown value " + show(node) + Closest.hint(name, names));
      }
      return Enum.valueOf(type, name);
    });
  }

  static <T> ValueCodec<List<T>> list(ValueCodec<T> element) {
    return ValueCodec.of(values -> {
      ArrayNode array = NODES.arrayNode();
      values.forEach(value -> array.add(element.write(value)));
      return array;
    }, (node, at) -> {
      if (!node.isArray()) {
        throw mismatch(at, "an array", node);
      }
      List<T> values = new ArrayList<>();
      int before = at.problems().count();
      for (int index = 0; index < node.size(); index++) {
        values.add(at.child(index).read(node.get(index), element));
      }
      return at.problems().count() == before ? values : null;
    });
  }

  /** A whole number from {@code min} to {@code max}. */
  static ValueCodec<Long> whole(long min, long max) {
    return ValueCodec.of(NODES::numberNode, (node, at) -> {
      if (!node.isIntegralNumber()) {
        throw mismatch(at, "a whole number", node);
      }
      if (!node.canConvertToLong() || node.longValue() < min || node.longValue() > max) {
        throw at.reject(EventProblem.Kind.VALUE, node + " is out of range " + min + " to " + max);
      }
      return node.longValue();
    });
  }

  /**
   * The one member of a one-member object whose name is one of {@code names}, e.g. the unit of a
   * term.
   */
  private static Variant variant(JsonNode node, Cursor at, List<String> names) {
    if (!(node instanceof ObjectNode object) || object.size() != 1) {
      throw at.reject(node instanceof ObjectNode ? EventProblem.Kind.VALUE : EventProblem.Kind.TYPE,
          "expected an object with one member of " + String.join(", ", names) + ", found " + kind(node));
    }
    String name = object.propertyNames().iterator().next();
    if (!names.contains(name)) {
      throw at.child(name).reject(EventProblem.Kind.UNKNOWN_MEMBER, "unknown member \"" + name + "\"" + Closest.hint(name, names));
    }
    return new Variant(name, object.get(name), at.child(name), at);
  }

  /**
   * The chosen member of a one-member object.
   *
   * @param name its name
   * @param value its value
   * @param at its cursor
   * @param parent the object's cursor
   */
  private record Variant(String name, JsonNode value, Cursor at, Cursor parent) {
    /** The value built by {@code constructor}; a refusal is a problem at the object. */
    <T> T construct(java.util.function.Supplier<T> constructor) {
      try {
        return constructor.get();
      } catch (IllegalArgumentException | NullPointerException e) {
        throw parent.reject(EventProblem.Kind.VALUE, message(e));
      }
    }
  }

  private static <T> T literal(JsonNode node, Cursor at, String expected, T value) {
    if (!node.stringValue().equals(expected)) {
      throw at.reject(EventProblem.Kind.VALUE, "unknown value " + show(node) + "; expected \"" + expected + "\" or an object");
    }
    return value;
  }

  private static String termName(TermUnit unit) {
    return TERM_UNITS.entrySet().stream().filter(entry -> entry.getValue() == unit).map(Map.Entry::getKey).findFirst().orElseThrow();
  }

  private static Rejected mismatch(Cursor at, String expected, JsonNode node) {
    return at.reject(EventProblem.Kind.TYPE, "expected " + expected + ", found " + kind(node));
  }

  /** What a JSON value is, as a person would say it. */
  static String kind(JsonNode node) {
    if (node.isString()) {
      return "text " + show(node);
    } else if (node.isIntegralNumber()) {
      return "a whole number";
    } else if (node.isNumber()) {
      return "a fractional number";
    } else if (node.isBoolean()) {
      return "true or false";
    } else if (node.isNull()) {
      return "null";
    } else if (node.isArray()) {
      return "an array";
    }
    return "an object";
  }

  /** A value as written in JSON, cut short when long. */
  static String show(JsonNode node) {
    String text = node.toString();
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  /** The message of a constructor's refusal. */
  static String message(RuntimeException e) {
    return Optional.ofNullable(e.getMessage())
        .map(message -> e instanceof NullPointerException ? message + " is required" : message)
        .orElse("invalid value");
  }
}
