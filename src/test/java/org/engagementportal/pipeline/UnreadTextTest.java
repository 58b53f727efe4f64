package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by following README as a comms officer: a mistake in a file's settings (a closing date written 31/12/2027) kept
 * the file from being read as a page, and so its text was never checked: its broken link was told only once the date was
 * mended, a pull request's round trip later. Now the text of such a file is checked all the same, in the same run.
 */
class UnreadTextTest {
    @TempDir
    Path dir;

    private static final String FILE = "content/consultations/talking-therapies.md";

    @Test
    void theTextOfAFileWithAMistakeInItsSettingsIsCheckedInTheSameRun() throws Exception {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path file = site.resolve(FILE);
        String original = Files.readString(file);
        Files.writeString(file, original.replace("closes: 2025-08-29T17:00", "closes: 29/08/2025")
                .replace("We asked young people how talking therapies should work.",
                        "We asked young people how talking therapies should work. Read [the survey](/nowhere/)."));
        int textLine = lineOf(Files.readString(file), "Read [the survey]");
        String at = FILE + ":" + textLine + ":" + (Files.readString(file).lines().toList().get(textLine - 1).indexOf("[the survey]") + 1);
        Path out = dir.resolve("out");
        for (String[] run : List.of(new String[] {"check"}, new String[] {"build", "--out", out.toString()},
                // Again over the same output: what the last build read is remembered, and this file's text checked still.
                new String[] {"build", "--out", out.toString()})) {
            List<String> args = new java.util.ArrayList<>(List.of(run));
            args.addAll(List.of("--source", site.toString(), "--now", BuildTest.NOW, "-q"));
            Portal.Run r = Portal.run(args.toArray(String[]::new));
            assertEquals(1, r.exit(), r.all());
            assertTrue(r.all().contains(FILE + ":7:9: error: 'closes' must be a date"), r.all());
            assertTrue(r.all().contains(at + ": error: the link '/nowhere/' points to nothing on this site."),
                    r.all());
        }
        // Mended, the file is a page again, and its text's link is told as before.
        Files.writeString(file, Files.readString(file).replace("closes: 29/08/2025", "closes: 2025-08-29T17:00"));
        Portal.Run mended = Portal.run("check", "--source", site.toString(), "--now", BuildTest.NOW, "-q");
        assertEquals(1, mended.exit(), mended.all());
        assertTrue(mended.all().contains(at + ": error: the link '/nowhere/' points to nothing"), mended.all());
        assertTrue(!mended.all().contains("'closes'"), mended.all());
    }

    private static int lineOf(String text, String words) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(words)) {
                return i + 1;
            }
        }
        throw new AssertionError(words);
    }
}
