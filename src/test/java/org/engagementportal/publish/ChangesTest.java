package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What changed between two manifests, file by file and page by page. */
class ChangesTest {

    @Test
    void filesAreAddedChangedOrRemovedByTheirHash() {
        Changes c = Changes.between(Map.of("/a/index.html", "1", "/b/index.html", "2", "/gone.ics", "3"),
                Map.of("/a/index.html", "1", "/b/index.html", "9", "/new/index.html", "4"));
        assertEquals(Set.of("/new/index.html"), c.added());
        assertEquals(Set.of("/b/index.html"), c.changed());
        assertEquals(Set.of("/gone.ics"), c.removed());
        assertTrue(Changes.between(Map.of("/x", "1"), Map.of("/x", "1")).isEmpty());
    }

    @Test
    void pagesAreTheHtmlFilesByTheirAddressWithoutCompressedCopies() {
        TreeSet<String> files = new TreeSet<>(Set.of("/index.html", "/index.html.br", "/index.html.gz", "/about/index.html",
                "/404.html", "/feed.xml", "/consultations/dental/index.html", "/calendar.ics"));
        assertEquals(new TreeSet<>(Set.of("/", "/about/", "/404.html", "/consultations/dental/")), Changes.pages(files));
    }
}
