package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page renamed with its old address kept as an alias: a link on the site to the old address is told where the page
 * is now. Before, it 'pointed to nothing on this site' and was offered the nearest address ('/consultations/'), while a
 * redirect was published at the very address.
 */
class OldAddressLinkTest {
    @TempDir
    Path dir;

    @Test
    void aLinkToAnOldAddressNamesThePageAndItsAddressNow() {
        Path site = TextSite.write(dir.resolve("site"), """
                -- content/consultations/dental-services.md --
                ---
                title: Dental services
                summary: Tell us about dental services.
                opens: 2026-02-02T09:00
                closes: 2026-05-01T17:00
                respond:
                  email: dental@testshire.example
                aliases: [/consultations/dental-access/]
                ---
                Tell us.
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                ---
                Have your say on [dental access](/consultations/dental-access/).
                """).root();
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/news.md:5:18: error: the link '/consultations/dental-access/' is an old address of "
                + "'Dental services', kept so that bookmarks and other websites still reach it."), run.all());
        assertTrue(run.all().contains("Fix: Link to its address now: /consultations/dental-services/."), run.all());
    }

    /** An old address in letters outside English, linked as a link escapes it. */
    @Test
    void aLinkToAnOldAddressWrittenWithEscapesIsKnownToo() {
        Path site = TextSite.write(dir.resolve("welsh"), """
                -- content/contact-us.md --
                ---
                title: Contact us
                summary: How to reach us.
                aliases: [/cysylltu-â-ni/]
                ---
                Call us.
                -- content/news.md --
                ---
                title: News
                summary: Our news.
                ---
                [Cysylltwch](/cysylltu-%C3%A2-ni/).
                """).root();
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", "2026-03-01T09:00");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("is an old address of 'Contact us'"), run.all());
    }
}
