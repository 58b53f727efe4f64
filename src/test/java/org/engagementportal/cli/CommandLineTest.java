package org.engagementportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code portal} command as comms staff and CI meet it: exit codes, messages that point at the line to
 * fix, a failed build that leaves the published site alone, and output that is the same byte for byte.
 */
class CommandLineTest {
    static final String NOW = "2026-03-01T09:00";
    static final Pattern STACK_TRACE = Pattern.compile("\\n\\s+at [\\w.$]+\\(|Exception|\\bError:");

    @TempDir
    Path dir;
    Path site;
    Path out;

    @BeforeEach
    void copySite() {
        site = TestSite.copy("small", dir.resolve("site"));
        out = dir.resolve("out");
    }

    private Portal.Run build(String... extra) {
        String[] base = {"build", "--source", site.toString(), "--out", out.toString(), "--now", NOW};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return Portal.run(args);
    }

    private void write(String path, String text) {
        TestSite.writeBytes(site.resolve(path), text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every file of a folder with the SHA-256 of its bytes. */
    static Map<String, String> hashes(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Test
    void aGoodBuildExitsZeroAndSaysWhatItBuilt() {
        Portal.Run run = build();
        assertEquals(0, run.exit(), run.all());
        assertTrue(run.err().matches("(?s).*Built \\d+ pages \\(\\d+ files, [0-9.]+ MB\\) into .*"), run.all());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void aBuildWithNothingToDoSaysSoAndLeavesTheOutputAlone() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) { // saved a while ago, so their times can be trusted
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
            }
        }
        assertEquals(0, build().exit());
        java.nio.file.attribute.FileTime built = Files.getLastModifiedTime(out.resolve("index.html"));
        Portal.Run again = build();
        assertEquals(0, again.exit(), again.all());
        assertTrue(again.err().matches("(?s).*Nothing to do: the \\d+ pages \\(\\d+ files, [0-9.]+ MB\\) in .* are up to date.*"),
                again.all());
        assertEquals(built, Files.getLastModifiedTime(out.resolve("index.html")));
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() {
        assertEquals(0, build().exit());
        Map<String, String> first = hashes(out);
        out = dir.resolve("again");
        assertEquals(0, build().exit());
        assertEquals(first, hashes(out));
    }

    @Test
    void theClockChangesWhatIsShown() {
        assertEquals(0, build().exit());
        String open = TestSite.read(out.resolve("consultations/dental-access/index.html"));
        assertTrue(open.contains(">Open</strong>"), "open on 1 March 2026");
        assertEquals(0, Portal.run("build", "--source", site.toString(), "--out", out.toString(), "--now", "2026-05-01T17:00", "-q").exit());
        String closed = TestSite.read(out.resolve("consultations/dental-access/index.html"));
        assertTrue(closed.contains(">Closed</strong>"), "closed at 5pm on 1 May 2026");
    }

    @Test
    void aFailedBuildLeavesThePublishedSiteUntouched() throws IOException {
        assertEquals(0, build().exit());
        Map<String, String> before = hashes(out);
        write("content/about.md", TestSite.read(site.resolve("content/about.md")).replace("title: About us", "title: About us\ncolour: blue"));
        write("content/get-involved.md", "---\ntitle: Changed\nsummary: Changed.\n---\nNew text.\n");
        Portal.Run run = build();
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.err().contains("The previous site in " + out + " is unchanged."), run.all());
        assertEquals(before, hashes(out));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(0, siblings.filter(p -> p.getFileName().toString().contains("staging")).count(), "no staging folder is left behind");
        }
    }

    @Test
    void checkValidatesEverythingAndWritesNothing() {
        write("content/consultations/bad-link.md", """
                ---
                title: A consultation with a broken link
                summary: Testing.
                opens: 2026-02-01T09:00
                closes: 2026-03-31T17:00
                respond:
                  email: a@testshire.example
                ---
                See [the plan](/consultations/dental-acess/).
                """);
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", NOW);
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/consultations/bad-link.md:9:5: error:"), run.all());
        assertTrue(run.all().contains("/consultations/dental-access/"), "suggests the page meant: " + run.all());
        assertFalse(Files.exists(site.resolve("public")));
    }

    @Test
    void theDefaultSourceIsTheCurrentFolderAndTheDefaultOutputItsPublicFolder() {
        // The current folder of the test run is the project, whose content/ is the example portal; here we
        // only check the defaults are wired, with --source given, so the example portal is not rebuilt here.
        Portal.Run run = Portal.run("build", "--source", site.toString(), "--now", NOW, "-q");
        assertEquals(0, run.exit(), run.all());
        assertTrue(Files.isRegularFile(site.resolve("public/index.html")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed YAML           | content/about.md           | '---\\ntitle: About: us\\nsummary: x\\n---\\nText\\n'                         | content/about.md:2:
            missing required field   | content/about.md           | '---\\ntitle: About us\\n---\\nText\\n'                                      | content/about.md:2:1: error: a page needs 'summary'
            wrong type               | content/consultations/dental-access.md | '---\\ntitle: D\\nsummary: S\\nopens: 2026-02-02T09:00\\ncloses: soon\\nrespond:\\n  email: a@testshire.example\\n---\\nT\\n' | content/consultations/dental-access.md:5:9: error:
            unknown field            | content/about.md           | '---\\ntitle: About us\\nsumary: x\\n---\\nText\\n'                           | Did you mean 'summary'
            unknown type             | content/about.md           | '---\\ntype: pag\\ntitle: About us\\nsummary: x\\n---\\nText\\n'              | content/about.md:2:7: error:
            unknown topic            | content/about.md           | '---\\ntitle: About us\\nsummary: x\\ntopics: [dentisty]\\n---\\nText\\n'     | Did you mean 'dentistry'
            next week                | content/events/eastbrook-drop-in.md | '---\\ntitle: E\\nsummary: S\\nstarts: next week\\nvenue:\\n  name: Library\\n---\\nT\\n' | content/events/eastbrook-drop-in.md:4:9: error:
            empty file               | content/about.md           | ''                                                                     | content/about.md
            front matter only        | content/about.md           | '---\\ntitle: About us\\nsummary: x\\n---\\n'                                  | content/about.md
            same address twice       | content/about/index.md     | '---\\ntitle: About\\nsummary: x\\n---\\nText\\n'                              | would both be published at /about/
            """)
    void badInputGivesAClearErrorAndChangesNothing(String name, String file, String text, String expected) {
        assertEquals(0, build("-q").exit());
        Map<String, String> before = hashes(out);
        write(file, text.replace("\\n", "\n"));
        Portal.Run run = build("-q");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains(expected), name + ": expected \"" + expected + "\" in\n" + run.all());
        assertTrue(run.all().contains("Fix:"), "says how to fix it: " + run.all());
        assertFalse(STACK_TRACE.matcher(run.all()).find(), "no stack trace: " + run.all());
        assertEquals(before, hashes(out), name + ": the published site is unchanged");
    }

    @Test
    void invalidUtf8IsAnErrorAtTheBadByte() {
        assertEquals(0, build("-q").exit());
        byte[] bytes = "---\ntitle: Caf\u00e9\nsummary: x\n---\nText\n".getBytes(StandardCharsets.ISO_8859_1);
        TestSite.writeBytes(site.resolve("content/about.md"), bytes);
        Portal.Run run = build("-q");
        assertEquals(1, run.exit(), run.all());
        assertTrue(run.all().contains("content/about.md:2:11: error:"), run.all());
        assertTrue(run.all().contains("UTF-8"), run.all());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreAccepted() {
        String text = "\uFEFF---\r\ntitle: About us\r\nsummary: Who we are.\r\n---\r\nWe plan services.\r\n";
        write("content/about.md", text);
        Portal.Run run = build("-q");
        assertEquals(0, run.exit(), run.all());
        assertTrue(TestSite.read(out.resolve("about/index.html")).contains("We plan services."));
    }

    @Test
    void everyProblemIsReportedButAtMostFiftyAreShown() {
        for (int i = 1; i <= 30; i++) {
            write("content/notes/note-" + i + ".md", "---\ntitle: Note\nsumary: x\ncolour: red\n---\nText\n");
        }
        Portal.Run run = build("-q");
        assertEquals(1, run.exit());
        long shown = run.all().lines().filter(l -> l.matches("content/notes/note-\\d+\\.md:\\d+:\\d+: error: .*")).count();
        assertEquals(50, shown, run.all());
        assertTrue(run.all().contains("and 40 more"), run.all());
        assertTrue(run.all().contains("90 errors"), "the summary counts all of them: " + run.all());
    }

    @Test
    void githubAnnotationsInCi() {
        write("content/about.md", "---\ntitle: About us\nsumary: x\n---\nText\n");
        Portal.Run run = Portal.run("check", "--source", site.toString(), "--now", NOW, "--format", "github");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("::error file=content/about.md,line=3,col=1"), run.all());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown option        | build --colour
            an unknown command       | publish
            a clock that is no time  | build --now next-week
            a folder that is missing | check --source /no/such/folder
            """)
    void wrongUsageExitsTwoWithoutAStackTrace(String name, String args) {
        Portal.Run run = Portal.run(args.split(" "));
        assertEquals(2, run.exit(), run.all());
        assertFalse(run.err().isBlank());
        assertFalse(STACK_TRACE.matcher(run.all()).find(), run.all());
    }

    @Test
    void aMistypedCommandIsNamedWithTheNearestAndTheCommands() {
        // picocli said "Unmatched argument at index 0: 'biuld'".
        Portal.Run run = Portal.run("biuld", "--source", site.toString());
        assertEquals(2, run.exit(), run.all());
        assertTrue(run.err().startsWith("portal: 'biuld' is not a command. Did you mean 'build'? The commands are build, check,"),
                run.err());
        assertFalse(run.err().contains("Unmatched"), run.err());
    }

    @Test
    void buildingIntoTheContentFolderIsRefused() {
        Portal.Run run = build("--out", site.resolve("content").toString());
        assertEquals(2, run.exit(), run.all());
    }

    @Test
    void helpListsTheCommands() {
        Portal.Run run = Portal.run("--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("build") && run.out().contains("check"), run.out());
    }

    /**
     * A run naming a command adds only that command to the command line (Main.COMMANDS): so each command's class must
     * be listed under the name its own {@code @Command} gives it, and every command class in the package listed, or
     * a command would be missing from the help, or reached by the wrong name.
     */
    @Test
    void everyCommandIsListedUnderItsOwnName() throws Exception {
        Main.COMMANDS.forEach((name, type) ->
                assertEquals(name, type.getAnnotation(picocli.CommandLine.Command.class).name(), type.getName()));
        java.util.Set<Class<?>> commands = new java.util.HashSet<>();
        Path folder = Path.of(Main.class.getResource("Main.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String file = f.getFileName().toString();
                if (file.endsWith(".class") && !file.contains("$")) {
                    Class<?> c = Class.forName("org.engagementportal.cli." + file.substring(0, file.length() - 6));
                    if (c != Main.class && c.isAnnotationPresent(picocli.CommandLine.Command.class)) {
                        commands.add(c);
                    }
                }
            }
        }
        assertTrue(commands.contains(BuildCommand.class), commands.toString());
        assertEquals(commands, java.util.Set.copyOf(Main.COMMANDS.values()));
    }

    /** Each command's help is the same whether asked of the command alone or through 'portal help', with all of them. */
    @Test
    void aCommandsHelpIsTheSameAloneAndAmongAllTheCommands() {
        for (String name : Main.COMMANDS.keySet()) {
            Portal.Run alone = Portal.run(name, "--help");
            Portal.Run among = Portal.run("help", name);
            assertEquals(0, alone.exit(), alone.all());
            assertEquals(0, among.exit(), among.all());
            assertTrue(alone.out().startsWith("Usage: portal " + name), alone.out());
            assertEquals(among.out(), alone.out(), name);
        }
        Portal.Run all = Portal.run("--help");
        for (String name : Main.COMMANDS.keySet()) {
            assertTrue(java.util.regex.Pattern.compile("(?m)^  " + name + " ").matcher(all.out()).find(), name + " in\n" + all.out());
        }
    }
}
