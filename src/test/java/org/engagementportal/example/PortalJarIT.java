package org.engagementportal.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded target/portal.jar, run as people run it: every other test uses the compiled classes, so this
 * one shows the dependencies left out of the jar (see pom.xml) are not needed by a build, a check or an
 * audit, and that the jar carries its templates, styles, Brotli and axe-core.
 */
class PortalJarIT {
    static final Path JAR = TestSite.PROJECT.resolve("target/portal.jar");

    @TempDir
    Path dir;

    record Ran(int exit, String output) {
    }

    private Ran portal(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("log-" + System.nanoTime());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "portal " + String.join(" ", args) + " did not finish");
        return new Ran(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void theJarBuildsChecksAndAuditsTheExamplePortal() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after mvn package");
        Path out = dir.resolve("public");
        Ran build = portal("build", "--source", TestSite.PROJECT.toString(), "--out", out.toString(), "--now", TestSite.EXAMPLE_NOW, "-q");
        assertEquals(0, build.exit(), build.output());
        assertTrue(Files.isRegularFile(out.resolve("index.html.br")), "Brotli runs from the jar");
        assertTrue(Files.isRegularFile(out.resolve("_headers")) && Files.isRegularFile(out.resolve("manifest.json")));
        Ran check = portal("check", "--source", TestSite.PROJECT.toString(), "--now", TestSite.EXAMPLE_NOW, "-q");
        assertEquals(0, check.exit(), check.output());
        Path config = dir.resolve(".pa11yci");
        Files.writeString(config, "{\"urls\": [\"/\", \"/consultations/\", \"/consultations/community-mental-health-hubs/\"]}");
        Ran audit = portal("audit", "--source", dir.toString(), "--out", out.toString(), "--report", dir.resolve("report").toString(),
                "--config", config.toString(), "--baseline", dir.resolve("none.json").toString(), "-q");
        assertEquals(0, audit.exit(), audit.output());
        assertTrue(audit.output().contains("Audited 3 pages"), audit.output());
    }

    /**
     * Builds the example with bin/portal into {@code dir/public}, {@code javaOptions} in PORTAL_JAVA_OPTS (which
     * bin/portal adds after its own settings), and returns what it printed.
     */
    private String binPortalBuild(String javaOptions, String... more) throws Exception {
        Path output = dir.resolve("output-" + System.nanoTime() + ".txt");
        List<String> command = new ArrayList<>(List.of("bash", TestSite.PROJECT.resolve("bin/portal").toString(), "build", "--source",
                TestSite.PROJECT.toString(), "--out", dir.resolve("public").toString(), "--now", TestSite.EXAMPLE_NOW, "-q"));
        command.addAll(List.of(more));
        ProcessBuilder build = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        build.environment().put("PORTAL_JAVA_OPTS", javaOptions);
        Process p = build.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
        String printed = Files.readString(output);
        assertEquals(0, p.exitValue(), printed);
        return printed;
    }

    /**
     * With no locale set (a plain container, a cron job), Java reads file names as ASCII: a PDF named with an accent stopped
     * the build with a stack trace as the portal's own fault. bin/portal builds it; the jar run by hand says what to do.
     */
    @Test
    void aFileNamedWithAnAccentIsPublishedWithNoLocaleSet() throws Exception {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.write(site.resolve("content/réunion-papers.pdf"), Files.readAllBytes(
                TestSite.PROJECT.resolve("content/consultations/community-mental-health-hubs-consultation-document.pdf")));
        for (boolean script : List.of(true, false)) {
            Path out = dir.resolve("out-" + script);
            List<String> command = new ArrayList<>(script ? List.of("bash", TestSite.PROJECT.resolve("bin/portal").toString())
                    : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
            command.addAll(List.of("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-03-01T09:00", "-q"));
            Path log = dir.resolve("log-" + script);
            ProcessBuilder build = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            build.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
            Process p = build.start();
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
            String printed = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(!printed.contains("Exception"), printed);
            if (script) {
                assertEquals(0, p.exitValue(), printed);
                assertTrue(Files.isRegularFile(out.resolve("réunion-papers.pdf")), printed);
            } else {
                assertEquals(1, p.exitValue(), printed);
                assertTrue(printed.contains("this file's name has letters the portal cannot read on this computer, as it was "
                        + "started without a UTF-8 setting"), printed);
            }
        }
    }

    /**
     * Brotli's library is unpacked into Java's temporary folder and run from there; where it cannot be (a folder mounted
     * without the right to run programs, or none), every .br copy was left out, the manifest said "no brotli", and the
     * build said nothing.
     */
    @Test
    void aBuildWithoutBrotliSaysSoAndWhatToDo() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("tmp-is-a-file"), "x");
        Path out = dir.resolve("out");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + notAFolder.resolve("sub"), "-jar", JAR.toString(), "build", "--source",
                TestSite.copy("small", dir.resolve("site")).toString(), "--out", out.toString(), "--now", "2026-03-01T09:00", "-q");
        Path log = dir.resolve("log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), printed);
        assertTrue(printed.contains("portal: note: no .br (Brotli) copies were made, as Brotli's library could not be loaded"), printed);
        assertTrue(printed.contains("PORTAL_JAVA_OPTS=-Djava.io.tmpdir="), printed);
        assertTrue(Files.isRegularFile(out.resolve("index.html.gz")) && !Files.exists(out.resolve("index.html.br")));
        // The next build, with Brotli, makes them: it said "Nothing to do" and left them out until a file changed (review).
        List<String> again = new java.util.ArrayList<>(command);
        again.remove(1); // Java's own temporary folder
        Process q = new ProcessBuilder(again).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(q.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
        String second = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, q.exitValue(), second);
        assertTrue(Files.isRegularFile(out.resolve("index.html.br")), second);
    }

    @Test
    void binPortalStartsFromTheClassDataSharingArchiveMadeWithTheJar() throws Exception {
        assertTrue(Files.isRegularFile(TestSite.PROJECT.resolve("target/portal.jsa")),
                "mvn package makes the archive beside the jar (bin/class-data-archive)");
        Path log = dir.resolve("classes.txt");
        binPortalBuild("-Xlog:class+load:file=" + log); // where each class came from
        assertTrue(Files.isRegularFile(dir.resolve("public/index.html")));
        List<String> loaded = Files.readAllLines(log).stream().filter(l -> l.contains(" org.engagementportal.")).toList();
        long shared = loaded.stream().filter(l -> l.contains("shared objects file (top)")).count();
        assertTrue(loaded.size() > 100 && shared * 10 >= loaded.size() * 9,
                "the portal's own classes are mapped from the archive, not read from the jar: " + shared + " of " + loaded.size());
        // The command line's too: picocli's released class files are Java 5's, which the archive cannot hold, so the
        // jar carries picocli compiled from its sources (pom.xml); every one the build loaded comes from the archive.
        List<String> commandLine = Files.readAllLines(log).stream().filter(l -> l.contains(" picocli.")).toList();
        List<String> fromTheJar = commandLine.stream().filter(l -> !l.contains("shared objects file")).toList();
        assertTrue(commandLine.size() > 50 && fromTheJar.isEmpty(),
                commandLine.size() + " of picocli's classes loaded; read from the jar: " + fromTheJar);
    }

    /** The JVM's settings bin/portal ran a build with, as the JVM printed them ("UseSerialGC" to "true"). */
    private Map<String, String> buildSettings(String javaOptions, String... more) throws Exception {
        Map<String, String> flags = new HashMap<>();
        for (String line : binPortalBuild("-XX:+PrintFlagsFinal " + javaOptions, more).split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length >= 4 && words[2].equals("=")) {
                flags.put(words[1], words[3]);
            }
        }
        return flags;
    }

    @Test
    void binPortalBuildsEveryPageWithTheSerialCollectorPromotingAtOnceAndUpdatesWithTheParallelOne() throws Exception {
        var cold = buildSettings("", "--no-cache");
        assertEquals("true", cold.get("UseSerialGC"), cold.toString());
        assertEquals("1", cold.get("MaxTenuringThreshold"));
        var update = buildSettings(""); // the cold build left the output and the content memo an update reads
        assertEquals("true", update.get("UseParallelGC"), update.toString());
        assertNotEquals("1", update.get("MaxTenuringThreshold"), "the parallel collector keeps its own settings");
        var chosen = buildSettings("-XX:-UseSerialGC -XX:+UseParallelGC", "--no-cache");
        assertEquals("true", chosen.get("UseParallelGC"), chosen.toString());
        assertNotEquals("1", chosen.get("MaxTenuringThreshold"), "a collector named in PORTAL_JAVA_OPTS keeps its own settings");
    }

    /**
     * On two processors a build runs one compiler thread, not the JVM's two (measured quicker, see bin/portal); with more
     * it keeps the JVM's own count. Options that choose the compilers still start: the JVM refuses one thread for two.
     */
    @Test
    void binPortalRunsOneCompilerThreadOnTwoProcessorsUnlessTheCompilersAreChosen() throws Exception {
        Process getconf = new ProcessBuilder("getconf", "_NPROCESSORS_ONLN").redirectErrorStream(true).start();
        int processors = Integer.parseInt(new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim());
        assertEquals(0, getconf.waitFor());
        var build = buildSettings("", "--no-cache");
        if (processors <= 2) {
            assertEquals("1", build.get("CICompilerCount"), build.toString());
        } else {
            assertNotEquals("1", build.get("CICompilerCount"), build.toString());
        }
        assertEquals("1", build.get("TieredStopAtLevel"));
        var both = buildSettings("-XX:TieredStopAtLevel=4", "--no-cache");
        assertEquals("4", both.get("TieredStopAtLevel"), both.toString());
        assertNotEquals("1", both.get("CICompilerCount"), "the optimising compiler gets a thread of its own");
        var count = buildSettings("-XX:CICompilerCount=2", "--no-cache");
        assertEquals("2", count.get("CICompilerCount"), "a count in PORTAL_JAVA_OPTS is the user's");
    }

    /**
     * A build's heap is in large pages where Linux offers them on request (measured quicker, see bin/portal), and
     * PORTAL_JAVA_OPTS can turn that off; where Linux has them off the JVM is not asked, so it says nothing of them.
     */
    @Test
    void binPortalAsksForLargePagesWhereLinuxOffersThem() throws Exception {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String offered = Files.isReadable(setting) ? Files.readString(setting) : "";
        boolean on = offered.contains("[always]") || offered.contains("[madvise]");
        String printed = binPortalBuild("", "--no-cache");
        assertTrue(!printed.contains("HugePages") && !printed.contains("VM warning"), printed);
        var build = buildSettings("", "--no-cache");
        assertEquals(String.valueOf(on), build.get("UseTransparentHugePages"), offered + " " + build);
        var off = buildSettings("-XX:-UseTransparentHugePages", "--no-cache");
        assertEquals("false", off.get("UseTransparentHugePages"), "PORTAL_JAVA_OPTS turns them off");
    }

    @Test
    void anArchiveThatDoesNotBelongToTheJarIsIgnoredWithoutAWord() throws Exception {
        Path jar = dir.resolve("elsewhere/portal.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(JAR, jar);
        Files.copy(TestSite.PROJECT.resolve("target/portal.jsa"), dir.resolve("elsewhere/portal.jsa"));
        Path output = dir.resolve("output.txt");
        ProcessBuilder version = new ProcessBuilder("bash", TestSite.PROJECT.resolve("bin/portal").toString(), "--version")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        version.environment().put("PORTAL_JAR", jar.toString());
        Process p = version.start();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        String printed = Files.readString(output);
        assertEquals(0, p.exitValue(), printed);
        assertTrue(printed.startsWith("portal ") && !printed.contains("warning") && !printed.contains("archive"), printed);
    }

    @Test
    void aSiteStartedByTheJarPinsTheJarsVersionAndChecksum() throws Exception {
        Path site = dir.resolve("site");
        Ran init = portal("init", site.toString(), "--name", "NHS Example Integrated Care Board", "--base-url",
                "https://engage.example.nhs.uk/", "--now", "2026-11-28T12:00");
        assertEquals(0, init.exit(), init.output());
        String pin = Files.readString(site.resolve(".portal-version"), StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(JAR)));
        assertTrue(pin.contains("\nsha256=" + sha + "\n"), pin);
        String version = portal("--version").output().lines().findFirst().orElseThrow().replace("portal ", "");
        assertTrue(pin.contains("\nversion=" + version + "\n") && pin.contains("/portal-" + version + ".jar\n"), pin);
        Ran check = portal("check", "--source", site.toString(), "--now", "2026-11-28T12:00", "-q");
        assertEquals(0, check.exit(), check.output());
    }

    /**
     * Found in review: a content folder the portal may not open (copied from a shared drive, checked out by another user)
     * stopped `portal check` with "the portal could not write to the disk" and exit code 3, as though the computer had
     * failed, and told nothing else. A folder, a page and a list file the portal may not read are each told at their own
     * place, with what to do, beside the site's other mistakes, and the check fails as for any content mistake. Root may
     * read anything, so there the portal is run as the user nobody. Links and references into the folder are not told
     * again as leading to nothing (they did until the thirty-seventh session): letting the portal in mends them too.
     */
    @Test
    void aFolderOrFileThePortalMayNotReadIsToldAtItWithTheSitesOtherMistakes() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after mvn package");
        boolean root = "root".equals(System.getProperty("user.name"));
        org.junit.jupiter.api.Assumptions.assumeTrue(!root || Files.isExecutable(Path.of("/usr/sbin/runuser")),
                "runuser, to run the portal as a user who may not read everything");
        Path site = TestSite.copy("small", dir.resolve("site"));
        Files.writeString(site.resolve("content/parking.md"), "---\nsummary: Where to park.\n---\nBehind the building.\n");
        Files.writeString(site.resolve("content/about.md"), "\nCome to [a drop-in](events/eastbrook-drop-in.md) or see "
                + "[our events](/events/).\n", java.nio.file.StandardOpenOption.APPEND);
        try (var all = Files.walk(dir)) {
            for (Path p : all.toList()) { // JUnit's folder is its owner's alone: let nobody in, as a checkout would
                Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        var none = java.nio.file.attribute.PosixFilePermissions.fromString("---------");
        Files.setPosixFilePermissions(site.resolve("content/events"), none);
        Files.setPosixFilePermissions(site.resolve("content/get-involved.md"), none);
        Files.setPosixFilePermissions(site.resolve("content/_data/topics.yml"), none);
        List<String> command = new ArrayList<>(root ? List.of("/usr/sbin/runuser", "-u", "nobody", "--") : List.of());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dfile.encoding=UTF-8",
                "-Dsun.jnu.encoding=UTF-8", "-jar", JAR.toString(), "check", "--source", site.toString(), "--now", "2026-03-01T09:00"));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the check did not finish");
        assertEquals(1, p.exitValue(), printed);
        for (String told : List.of(
                "content/events: error: this folder could not be opened, as the portal is not allowed to read it. Nothing in it "
                        + "is read or published.",
                "content/get-involved.md: error: this file could not be read, as the portal is not allowed to read it.",
                "content/_data/topics.yml: error: this file could not be read, as the portal is not allowed to read it.",
                "Fix: Ask whoever looks after this computer to let everyone read it",
                "content/parking.md")) {
            assertTrue(printed.contains(told), told + " in\n" + printed);
        }
        assertTrue(!printed.contains("could not write to the disk") && !printed.contains("Exception"), printed);
        // consultations/dental-access.md names the drop-in in its settings, and about.md links to it and to the folder.
        assertTrue(!printed.contains("does not exist") && !printed.contains("points to nothing"), printed);
    }

    /**
     * Found in review: bin/portal put on the PATH through a link (ln -s …/bin/portal /usr/local/bin/portal) looked for its
     * jar beside the link, said "//target/portal.jar is missing" and stopped. It finds the jar beside the script.
     */
    @Test
    void binPortalRunThroughALinkFindsItsJar() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after mvn package");
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("usr/local/bin")).resolve("portal"),
                TestSite.PROJECT.resolve("bin/portal"));
        Path out = dir.resolve("out");
        ProcessBuilder build = new ProcessBuilder("bash", link.toString(), "build", "--source", TestSite.PROJECT.toString(), "--out",
                out.toString(), "--now", TestSite.EXAMPLE_NOW, "-q").directory(dir.toFile()).redirectErrorStream(true);
        build.environment().remove("PORTAL_JAR");
        Process p = build.start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
        assertEquals(0, p.exitValue(), printed);
        assertTrue(Files.isRegularFile(out.resolve("index.html")), printed);
    }
}
