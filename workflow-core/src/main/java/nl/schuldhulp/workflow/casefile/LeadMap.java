package nl.schuldhulp.workflow.casefile;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import nl.schuldhulp.workflow.definition.LeadKind;

/**
 * The regie holders of a state as an unmodifiable map, read straight from its array (never
 * changed once a state holds it), in the order of {@link LeadKind}. Immutable and threadsafe.
 */
final class LeadMap extends AbstractMap<LeadKind, String> {
  private static final LeadKind[] KINDS = LeadKind.values();

  private final String[] holders; // by LeadKind ordinal; null where unused

  LeadMap(String[] holders) {
    this.holders = holders;
  }

  @Override
  public String get(Object key) {
    return key instanceof LeadKind ? holders[((LeadKind) key).ordinal()] : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Map.Entry<LeadKind, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<LeadKind, String>> iterator() {
        return new Iterator<>() {
          private int next = skip(0);

          @Override
          public boolean hasNext() {
            return next < holders.length;
          }

          @Override
          public Map.Entry<LeadKind, String> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Map.Entry<LeadKind, String> entry = Map.entry(KINDS[next], holders[next]);
            next = skip(next + 1);
            return entry;
          }
        };
      }

      @Override
      public int size() {
        int size = 0;
        for (String holder : holders) {
          size += holder == null ? 0 : 1;
        }
        return size;
      }
    };
  }

  /** The first ordinal from {@code from} on with a holder, or the array's length. */
  private int skip(int from) {
    int i = from;
    while (i < holders.length && holders[i] == null) {
      i++;
    }
    return i;
  }
}
