package org.engagementportal.site;

import org.engagementportal.types.ContentTypes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.content.ContentLoader;
import org.engagementportal.pipeline.Pipeline;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * A committee's meetings are listed at /&lt;id&gt;/, so the ids of the portal's own lists are refused as
 * committee ids ({@link DataLoader#PORTAL_FOLDERS} and each type's {@code sections()}). A list added to the portal and not to that set would
 * let a committee take its address, and two of the portal's own pages at one address stop the build as a
 * bug: so every list the example portal has (it has every kind the portal plans) must live under a reserved folder.
 */
class PortalFoldersTest {
    @Test
    void everyListThePortalMakesIsUnderAFolderNoCommitteeMayTake() {
        Problems problems = new Problems();
        ZonedDateTime now = LocalDateTime.parse(TestSite.EXAMPLE_NOW).atZone(ZoneId.of("Europe/London"));
        Set<String> reserved = new TreeSet<>(DataLoader.PORTAL_FOLDERS);
        reserved.addAll(Pipeline.sections(ContentTypes.ALL));
        SiteData data = new DataLoader(TestSite.PROJECT, problems, Pipeline.sections(ContentTypes.ALL)).load();
        Site site = new SiteAssembler(data, now, problems, ContentTypes.ALL).assemble(new ContentLoader(TestSite.PROJECT, data, now, problems, ContentTypes.ALL).load());
        Set<Listing.Kind> kinds = new TreeSet<>();
        Set<String> outside = new TreeSet<>();
        for (Listing l : site.listings()) {
            kinds.add(l.kind());
            boolean committee = data.vocabulary().committees().stream().anyMatch(c -> l.path().equals("/" + c.id() + "/"));
            boolean fromContent = l.kind() == Listing.Kind.HOME || committee || l.kind() == Listing.Kind.FOLDER;
            String top = l.path().substring(1, Math.max(1, l.path().indexOf('/', 1)));
            if (!fromContent && !reserved.contains(top)) {
                outside.add(l.kind() + " " + l.path());
            }
        }
        assertTrue(outside.isEmpty(), "lists outside the reserved folders: " + outside);
        // Lists of folders without a page of their own come from content, where the example has none.
        assertTrue(kinds.containsAll(EnumSet.complementOf(EnumSet.of(Listing.Kind.FOLDER))), "the example has every kind of list: " + kinds);
    }
}
