package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into a folder another build is writing to waits for it, in another process, as a scheduled rebuild and the
 * build of a merged change would be.
 */
class OutputLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondBuildIntoTheSameFolderWaitsForTheFirst() throws IOException, InterruptedException {
        TextSite site = TextSite.write(dir.resolve("site"), """
                -- content/about.md --
                ---
                title: About us
                summary: Who we are.
                ---
                We plan health services.
                """);
        Path out = dir.resolve("public");
        Path said = dir.resolve("said.txt");
        Process build;
        try (OutputLock first = OutputLock.of(out, why -> { })) {
            // The lock's file is in the temporary folder, which the tests may move (test.tmpdir in pom.xml): the same for both.
            build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                    "-cp", System.getProperty("java.class.path"), "org.engagementportal.cli.Main", "build",
                    "--source", site.root().toString(), "--out", out.toString(), "--now", "2026-11-23T09:00", "-q")
                    .redirectErrorStream(true).redirectOutput(said.toFile()).start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!TestSite.read(said).contains("another build is writing to " + out) && System.nanoTime() < until
                    && build.isAlive()) {
                Thread.sleep(100);
            }
            assertTrue(TestSite.read(said).contains("portal: another build is writing to " + out + ": waiting for it to finish."),
                    TestSite.read(said));
            Thread.sleep(500);
            assertTrue(build.isAlive(), "it waits");
            assertFalse(Files.exists(out), "and writes nothing while it waits");
        }
        assertTrue(build.waitFor(120, TimeUnit.SECONDS), "then builds");
        assertEquals(0, build.exitValue(), TestSite.read(said));
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
    }

    /** The lock's file for {@code out}, in the temporary folder. */
    private static Path lockFile(Path out) {
        String key = OutputLock.realPath(out);
        return Path.of(System.getProperty("java.io.tmpdir"), "portal-build-" + java.util.UUID.nameUUIDFromBytes(
                key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".lock");
    }

    /** The tests alone made hundreds of them in a run, one for each folder built into, left in the temporary folder for good. */
    @Test
    void theLocksFileIsDeletedWhenTheBuildEnds() throws IOException {
        Path out = dir.resolve("public");
        try (OutputLock lock = OutputLock.of(out, why -> { })) {
            assertTrue(Files.exists(lockFile(out)), "held through a file in the temporary folder");
        }
        assertFalse(Files.exists(lockFile(out)), "gone when the build ends");
    }

    /** A build killed while it held the lock leaves the file: the next build into the folder takes it over, then deletes it. */
    @Test
    void aFileLeftByAKilledBuildIsTakenOver() throws IOException {
        Path out = dir.resolve("public");
        Files.write(lockFile(out), "left by a build that was killed".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.util.List<String> said = new java.util.ArrayList<>();
        try (OutputLock lock = OutputLock.of(out, said::add)) {
            assertEquals(java.util.List.of(), said, "taken at once, with nothing to say");
        }
        assertFalse(Files.exists(lockFile(out)));
    }

    /**
     * Two processes taking the lock of one folder hundreds of times each, turn and turn about as it falls: never both at
     * once, although each deletes the file as it lets go while the other may be waiting on it.
     */
    @Test
    void twoProcessesTakingTheLockOverAndOverNeverHoldItTogether() throws Exception {
        Path out = dir.resolve("public");
        Path marker = dir.resolve("held");
        java.util.List<Process> contenders = new java.util.ArrayList<>();
        for (int k = 0; k < 2; k++) {
            contenders.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), LockContender.class.getName(), out.toString(), marker.toString(), "400")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("contender-" + k + ".txt").toFile()).start());
        }
        for (int k = 0; k < 2; k++) {
            assertTrue(contenders.get(k).waitFor(120, TimeUnit.SECONDS), "contender " + k + " finishes");
            assertEquals(0, contenders.get(k).exitValue(), TestSite.read(dir.resolve("contender-" + k + ".txt")));
        }
        assertFalse(Files.exists(lockFile(out)), "and the file is gone at the end");
    }

    /** One folder named two ways, through a linked folder: one lock (each had its own, named after the name given). */
    @Test
    void aFolderNamedThroughALinkIsTheSameFolder() throws Exception {
        Files.createDirectories(dir.resolve("real"));
        Path linked = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
        assertEquals(OutputLock.realPath(dir.resolve("real/public")), OutputLock.realPath(linked.resolve("public")),
                "before the folder is made");
        Files.createDirectories(dir.resolve("real/public"));
        assertEquals(OutputLock.realPath(dir.resolve("real/public")), OutputLock.realPath(linked.resolve("public")), "and after");
        java.util.concurrent.CountDownLatch took = new java.util.concurrent.CountDownLatch(1);
        Thread second;
        try (OutputLock first = OutputLock.of(dir.resolve("real/public"), why -> { })) {
            second = new Thread(() -> {
                try (OutputLock mine = OutputLock.of(linked.resolve("public"), why -> { })) {
                    took.countDown();
                }
            });
            second.start();
            assertFalse(took.await(1, TimeUnit.SECONDS), "the build through the link waits");
        }
        assertTrue(took.await(30, TimeUnit.SECONDS));
        second.join();
    }

    /** Two builds in one process (found in review: the second went on at once, as the system's lock is the process's). */
    @Test
    void aSecondBuildInTheSameProcessWaitsToo() throws Exception {
        Path out = dir.resolve("public");
        java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch took = new java.util.concurrent.CountDownLatch(1);
        Thread second;
        try (OutputLock first = OutputLock.of(out, said::add)) {
            second = new Thread(() -> {
                try (OutputLock mine = OutputLock.of(out, said::add)) {
                    took.countDown();
                }
            });
            second.start();
            assertFalse(took.await(1, TimeUnit.SECONDS), "it waits while the first holds the folder");
            assertEquals(java.util.List.of("another build is writing to " + out + ": waiting for it to finish"), said);
        }
        assertTrue(took.await(30, TimeUnit.SECONDS), "then goes on");
        second.join();
        assertEquals(1, said.size(), "and took the system's lock without a note: " + said);
    }
}
