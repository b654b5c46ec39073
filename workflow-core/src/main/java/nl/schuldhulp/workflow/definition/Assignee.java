package nl.schuldhulp.workflow.definition;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

import jakarta.validation.constraints.NotBlank;

/**
 * Who owns a task: the client, or a role within an organisation (R-39: exactly one owner).
 *
 * <p>Implementations are immutable and threadsafe.
 */
public sealed interface Assignee permits Assignee.Client, Assignee.OrganisationRole {

  /** The client (<i>cliënt</i>, <i>inwoner</i>) owns the task. */
  static Assignee client() {
    return Client.INSTANCE;
  }

  /** A role within an organisation owns the task. */
  static Assignee role(String organisation, String role) {
    return new OrganisationRole(organisation, role);
  }

  /** Whether the client owns the task. */
  default boolean isClient() {
    return this instanceof Client;
  }

  /** The client. */
  enum Client implements Assignee {
    /** The single instance. */
    INSTANCE;

    @Override
    public String toString() {
      return "cliënt";
    }
  }

  /**
   * A role within an organisation.
   *
   * @param organisation organisation id
   * @param role role id within that organisation
   */
  record OrganisationRole(@NotBlank String organisation, @NotBlank String role)
      implements Assignee {
    /** Checks the arguments. */
    public OrganisationRole {
      requireText(organisation, "organisation");
      requireText(role, "role");
    }

    @Override
    public String toString() {
      return organisation + "/" + role;
    }
  }
}
