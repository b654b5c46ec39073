package nl.schuldhulp.workflow.casefile;

import static nl.schuldhulp.workflow.internal.Preconditions.requireText;

/**
 * Who issues a command and so who acted in an event: a professional, named by
 * organisation, role and personal id, or one of the case's clients.
 *
 * <p>Implementations are immutable and threadsafe.
 */
public sealed interface Actor permits Actor.Professional, Actor.Client {

  /** A professional of {@code organisation} acting in {@code role}. */
  static Professional professional(String organisation, String role, String professional) {
    return new Professional(organisation, role, professional);
  }

  /** The client with id {@code client}. */
  static Client client(String client) {
    return new Client(client);
  }

  /**
   * A professional acting for an organisation.
   *
   * @param organisation organisation id from the definition
   * @param role role id within that organisation
   * @param professional the professional's own id (an employee number, not a name)
   */
  record Professional(String organisation, String role, String professional) implements Actor {
    /** Checks the arguments. */
    public Professional {
      requireText(organisation, "organisation");
      requireText(role, "role");
      requireText(professional, "professional");
    }

    @Override
    public String toString() {
      return organisation + "/" + role + "/" + professional;
    }
  }

  /**
   * A client (<i>cliënt</i>, <i>inwoner</i>) of the case.
   *
   * @param client the client's id as registered on the case (not a name or BSN)
   */
  record Client(String client) implements Actor {
    /** Checks the argument. */
    public Client {
      requireText(client, "client");
    }

    @Override
    public String toString() {
      return "client/" + client;
    }
  }
}
