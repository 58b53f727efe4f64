package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version is the same kind of page as its page. */
class TranslationChecksTest {
    @TempDir
    Path dir;

    private Portal.Run build(Path site) {
        return Portal.run("build", "--source", site.toString(), "--out", dir.resolve("out").toString(), "--now", "2026-03-01T09:00");
    }

    /** A translation of the Accessible Information Statement without its 'type: statement' would be published as a page. */
    @Test
    void aTranslationOfAnotherKindThanItsPageIsAnError() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        String statement = TestSite.read(site.resolve("content/accessible-information.md"));
        Files.writeString(site.resolve("content/accessible-information.pl.md"), statement.replace("type: statement\n", "")
                .replace("title: Accessible Information Statement", "title: Oświadczenie o dostępnych informacjach")
                .replace("formats: [easy-read, large-print, braille, bsl]\n", ""));
        Portal.Run run = build(site);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/accessible-information.pl.md:1:1: error: this translation is a page, but "
                + "content/accessible-information.md is a statement."), run.all());
    }
}
