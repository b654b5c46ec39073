package nl.schuldhulp.workflow.jackson.events;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * Writes every UTF-16 surrogate as a {@code \}{@code u} escape with four hex digits, so a line is valid Unicode
 * even when a text holds an unpaired surrogate, and survives being written as UTF-8 unchanged.
 * Everything else is written as usual (readable letters such as {@code ë}).
 */
final class SurrogateEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  @Override
  public int[] getEscapeCodesForAscii() {
    return standardAsciiEscapesForJSON();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return Character.isSurrogate((char) ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
  }
}
