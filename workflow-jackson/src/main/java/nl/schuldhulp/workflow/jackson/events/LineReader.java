package nl.schuldhulp.workflow.jackson.events;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Splits a character stream into lines at {@code \n} (a {@code \r} before it is dropped, as is a
 * byte-order mark at the start), never holding more than the longest allowed line in memory: the
 * rest of a longer line is skipped and the line is marked too long.
 *
 * <p>This class is not threadsafe.
 */
final class LineReader {
  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int length;
  private int position;
  private int number;
  private boolean ended;

  LineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /**
   * One line of the stream.
   *
   * @param number its number, from 1
   * @param text its text, without the line end; cut at the limit when too long
   * @param tooLong whether it was longer than the limit
   */
  record Line(int number, String text, boolean tooLong) {}

  /** The next line, or {@code null} at the end of the stream. */
  Line next() {
    if (ended) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    boolean tooLong = false;
    int c;
    while ((c = read()) != -1 && c != '\n') {
      if (text.length() < maxChars) {
        text.append((char) c);
      } else {
        tooLong = true;
      }
    }
    if (c == -1) {
      ended = true;
      if (text.length() == 0 && !tooLong) {
        return null;
      }
    }
    number++;
    if (text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
      text.setLength(text.length() - 1);
    }
    if (number == 1 && text.length() > 0 && text.charAt(0) == '\uFEFF') {
      text.deleteCharAt(0);
    }
    return new Line(number, text.toString(), tooLong);
  }

  private int read() {
    if (position == length) {
      try {
        length = in.read(buffer);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      position = 0;
      if (length <= 0) {
        length = 0;
        return -1;
      }
    }
    return buffer[position++];
  }
}
