package org.engagementportal.source;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each field of a content file was written, by path ("closes", "respond.email"), held compactly: every document
 * keeps such a map to the end of the build, for messages about it. As an ordinary map of {@link Position}s, with each
 * field's name as read from its file, it took about 770 bytes a document (7 fields on average, 68 MB at 100,000 pages);
 * here the names are shared between documents, and each place is one number, for about 170 bytes. A {@code Position}
 * is made when one is asked for.
 *
 * <p>Immutable, with no null names or places, like {@link Map#copyOf}; ordered by name. When the places are not all in
 * one file (which no reader makes), {@link #of} gives {@code Map.copyOf} instead.
 */
public final class Positions extends AbstractMap<String, Position> {
    /** One instance of each field's path, shared by every document that has the field. */
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();
    /** Paths are few ("title", "closes", "agenda.2.paper"), but a site could make any number: not shared past this. */
    private static final int MOST_NAMES_SHARED = 50_000;

    private final String file;
    private final String[] names;
    /** Each place's line in the high 32 bits and column in the low. */
    private final long[] places;

    private Positions(String file, String[] names, long[] places) {
        this.file = file;
        this.names = names;
        this.places = places;
    }

    /** The same map, held compactly when its places are all in one file. */
    public static Map<String, Position> of(Map<String, Position> positions) {
        if (positions instanceof Positions) {
            return positions;
        }
        if (positions.isEmpty()) {
            return Map.of();
        }
        record Named(String name, long place) {
        }
        Named[] named = new Named[positions.size()];
        String file = null;
        int i = 0;
        for (Map.Entry<String, Position> e : positions.entrySet()) {
            String name = e.getKey();
            Position p = e.getValue();
            if (name == null || p == null) {
                throw new NullPointerException("a field's path or place is null");
            }
            if (file == null) {
                file = p.file();
            } else if (!file.equals(p.file())) {
                return Map.copyOf(positions);
            }
            named[i++] = new Named(shared(name), (long) p.line() << 32 | p.column() & 0xFFFFFFFFL);
        }
        Arrays.sort(named, java.util.Comparator.comparing(Named::name));
        String[] names = new String[named.length];
        long[] places = new long[named.length];
        for (int j = 0; j < named.length; j++) {
            names[j] = named[j].name();
            places[j] = named[j].place();
        }
        return new Positions(file, names, places);
    }

    /**
     * The one instance of a field's path, when it is the path of a field ("respond.email", "agenda.2.paper": names and
     * numbers between dots), which many documents have; not a path with a value in it ("aliases./old-page/",
     * "respond.events.open-day"; see {@link Fields#place}), which is the document's own and would otherwise stay in the
     * table for as long as the preview runs.
     */
    private static String shared(String name) {
        if (!fieldPath(name)) {
            return name;
        }
        String known = NAMES.get(name);
        if (known != null) {
            return known;
        }
        if (NAMES.size() >= MOST_NAMES_SHARED) {
            return name;
        }
        known = NAMES.putIfAbsent(name, name);
        return known != null ? known : name;
    }

    private static boolean fieldPath(String name) {
        if (name.isEmpty() || name.length() > 64) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private Position at(int i) {
        return new Position(file, (int) (places[i] >>> 32), (int) places[i]);
    }

    @Override
    public Position get(Object key) {
        int i = key instanceof String s ? Arrays.binarySearch(names, s) : -1;
        return i >= 0 ? at(i) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && Arrays.binarySearch(names, s) >= 0;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public Set<Map.Entry<String, Position>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Position>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Map.Entry<String, Position> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(names[i], at(i));
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
