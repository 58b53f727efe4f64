package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The computer failing under the portal, for real: a disk that is full (Linux's /dev/full, which every write fills) and a
 * file that may not be changed (chattr's immutable mark). Said in plain words with what to do, without a stack trace and
 * without calling it the portal's fault; and an update of the output that fails part way says so, instead of "nothing
 * was published", and the next build makes the folder whole.
 */
class DiskFailureTest {
    static final String NOW = "2026-03-01T09:00";

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsSaidInPlainWords() {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "Linux's /dev/full");
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path out = dir.resolve("out");
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", NOW, "-q").exit());
        Portal.Run full = Portal.run("changes", "--source", site.toString(), "--before", out.resolve("manifest.json").toString(),
                "--after", out.toString(), "--now", NOW, "--summary", "/dev/full");
        assertEquals(3, full.exit(), full.all());
        assertTrue(full.err().contains("portal: the portal could not write to the disk (No space left on device). This is the "
                + "computer's doing, not the portal's or your content's. Free some space on that disk, or build into a folder on "
                + "another one with --out."), full.err());
        assertFalse(full.all().contains("\tat ") || full.all().contains("Please report it"), full.all());
    }

    @Test
    void anUpdateThatFailsPartWaySaysSoAndTheNextBuildMakesTheFolderWhole() throws Exception {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Path out = dir.resolve("out");
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", NOW, "-q").exit());
        Path sitemap = out.resolve("sitemap.xml");
        assumeTrue(chattr("+i", sitemap), "chattr's immutable mark on this file system");
        Portal.Run failed;
        try {
            Files.writeString(site.resolve("content/parking.md"), "---\ntitle: Parking\nsummary: Where to park.\n---\nBehind the building.\n");
            failed = Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", NOW, "-q");
        } finally {
            chattr("-i", sitemap);
        }
        assertEquals(3, failed.exit(), failed.all());
        assertTrue(failed.err().contains("portal: the portal could not write to the disk: " + sitemap), failed.err());
        assertTrue(failed.err().contains("You are not allowed to change it"), failed.err());
        assertTrue(failed.err().contains("The output folder " + out + " was part way through being updated, so some of its files "
                + "are new and some old: do not publish it."), failed.err());
        assertFalse(failed.all().contains("Nothing was published") || failed.all().contains("\tat "), failed.all());
        assertFalse(Files.exists(out.resolve("manifest.json")), "not trusted by the next build");

        assertEquals(0, Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", NOW, "-q").exit());
        Path cold = dir.resolve("cold");
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--out", cold.toString(), "--now", NOW, "-q", "--no-cache").exit());
        IncrementalBuildTest.assertSameFiles(cold, out, " (whole again after an update that failed part way)");
    }

    private static boolean chattr(String flag, Path file) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no chattr here
        }
    }
}
