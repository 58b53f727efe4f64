package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A document's field positions held compactly ({@link Positions}) are the map they were made from, in every way asked. */
class PositionsTest {
    private static final String FILE = "content/consultations/dental.md";

    @Test
    void theSameMapAsTheOneItWasMadeFrom() {
        Map<String, Position> read = new HashMap<>();
        read.put("title", new Position(FILE, 2, 8));
        read.put("closes", new Position(FILE, 7, 9));
        read.put("respond.email", new Position(FILE, 12, 3));
        read.put("agenda.2.paper", new Position(FILE, 40, Integer.MAX_VALUE));
        read.put("summary", new Position(FILE, 0, 0));
        read.put("big", new Position(FILE, Integer.MAX_VALUE, 1));
        Map<String, Position> held = Positions.of(read);
        assertTrue(held instanceof Positions);
        assertEquals(read, held);
        assertEquals(held, read);
        assertEquals(read.hashCode(), held.hashCode());
        read.forEach((name, p) -> assertEquals(p, held.get(name), name));
        assertNull(held.get("opens"));
        assertNull(held.get(7));
        assertFalse(held.containsKey("opens"));
        assertTrue(held.containsKey("respond.email"));
        assertEquals(List.of("agenda.2.paper", "big", "closes", "respond.email", "summary", "title"), List.copyOf(held.keySet()),
                "in the order of the names, the same at every run");
        assertSame(held, Positions.of(held));
        assertThrows(UnsupportedOperationException.class, () -> held.put("opens", new Position(FILE, 1, 1)));
        assertThrows(UnsupportedOperationException.class, () -> held.remove("title"));
        assertThrows(UnsupportedOperationException.class, held::clear);
    }

    @Test
    void namesAreSharedBetweenDocuments() {
        Map<String, Position> a = Positions.of(Map.of(new String("closes"), new Position("content/a.md", 3, 1)));
        Map<String, Position> b = Positions.of(Map.of(new String("closes"), new Position("content/b.md", 5, 1)));
        assertSame(a.keySet().iterator().next(), b.keySet().iterator().next());
        assertEquals(new Position("content/b.md", 5, 1), b.get("closes"));
        // A path with a value in it is the document's own: not kept for the life of the program (the preview's).
        Map<String, Position> c = Positions.of(Map.of(new String("aliases./old-page/"), new Position("content/a.md", 4, 1)));
        Map<String, Position> d = Positions.of(Map.of(new String("aliases./old-page/"), new Position("content/b.md", 4, 1)));
        assertTrue(c.keySet().iterator().next() != d.keySet().iterator().next());
        Map<String, Position> e = Positions.of(Map.of(new String("respond.events.open-day"), new Position("content/a.md", 6, 1)));
        Map<String, Position> f = Positions.of(Map.of(new String("respond.events.open-day"), new Position("content/b.md", 6, 1)));
        assertTrue(e.keySet().iterator().next() != f.keySet().iterator().next());
        Map<String, Position> g = Positions.of(Map.of(new String("agenda.2.paper"), new Position("content/a.md", 9, 5)));
        Map<String, Position> h = Positions.of(Map.of(new String("agenda.2.paper"), new Position("content/b.md", 9, 5)));
        assertSame(g.keySet().iterator().next(), h.keySet().iterator().next(), "a field's path, shared");
        assertEquals(new Position("content/b.md", 4, 1), d.get("aliases./old-page/"));
    }

    @Test
    void placesInMoreThanOneFileOrNoneAreAnOrdinaryMap() {
        Map<String, Position> two = Map.of("a", new Position("content/a.md", 1, 1), "b", new Position("content/b.md", 1, 1));
        assertEquals(two, Positions.of(two));
        assertFalse(Positions.of(two) instanceof Positions);
        assertEquals(Map.of(), Positions.of(Map.of()));
        Map<String, Position> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThrows(NullPointerException.class, () -> Positions.of(withNull));
    }
}
