package org.engagementportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementportal.preview.Preview;
import org.engagementportal.preview.ShownProblem;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code portal serve} as far as it can be run without stopping it by hand (the browser test, PreviewIT, runs
 * it all): a port in use, and the words of the problems it shows in the browser.
 */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPortInUseIsWrongUsageThatSuggestsAFreeOne() throws IOException {
        Path site = TestSite.copy("small", dir.resolve("site"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Portal.Run run = Portal.run("serve", "--source", site.toString(), "--port", Integer.toString(port));
            assertEquals(2, run.exit(), run.all());
            assertTrue(run.err().contains("port " + port + " is in use"), run.err());
            Matcher suggested = Pattern.compile("--port (\\d+)\\.").matcher(run.err());
            assertTrue(suggested.find(), run.err());
            int other = Integer.parseInt(suggested.group(1));
            assertNotEquals(port, other);
            try (ServerSocket free = new ServerSocket(other, 1, InetAddress.getLoopbackAddress())) {
                assertEquals(other, free.getLocalPort(), "the suggested port is free");
            } catch (IOException e) {
                // taken in the moment since: only a free port is ever suggested, as the message says
                throw new AssertionError("suggested a port in use: " + other, e);
            }
            assertFalse(CommandLineTest.STACK_TRACE.matcher(run.all()).find(), run.all());
            assertFalse(Files.exists(site.resolve(Preview.FOLDER)), "nothing was built");
        }
    }

    @Test
    void aPortOutOfRangeIsWrongUsage() {
        Path site = TestSite.copy("small", dir.resolve("site"));
        Portal.Run run = Portal.run("serve", "--source", site.toString(), "--port", "70000");
        assertEquals(2, run.exit(), run.all());
        assertTrue(run.err().contains("--port must be a number from 1 to 65535"), run.err());
    }

    @Test
    void thePreviewShowsAProblemInTheWordsOfTheTerminalReport() {
        TestSite.write(dir, Map.of("content/x.md", "---\ntitle: [x\nsummary: s\n---\ntext\n"));
        Problems problems = new Problems();
        problems.error(new Position("content/x.md", 2, 8), "the front matter is not valid YAML", "Check the brackets.\nAnd the quotes.");
        problems.warning(Position.file("content/x.md"), "a warning about the whole file", "");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            new ProblemReport(dir).print(problems, ProblemReport.Style.TEXT, ps);
        }
        StringBuilder shown = new StringBuilder();
        ShownProblem.Words words = ServeCommand.words(dir);
        problems.sorted().forEach(p -> {
            ShownProblem s = words.of(p);
            shown.append(s.heading()).append('\n');
            if (!s.excerpt().isEmpty()) {
                shown.append(s.excerpt().indent(4));
            }
            if (!s.fix().isEmpty()) {
                shown.append(s.fix().indent(4));
            }
            shown.append('\n');
        });
        assertEquals(printed.toString(StandardCharsets.UTF_8), shown.toString());
        ShownProblem first = words.of(problems.sorted().get(0));
        assertEquals("content/x.md: warning: a warning about the whole file", first.heading());
        ShownProblem error = words.of(problems.sorted().get(1));
        assertEquals("content/x.md:2:8: error: the front matter is not valid YAML", error.heading());
        assertEquals("2 | title: [x\n  |        ^", error.excerpt());
        assertEquals("Fix: Check the brackets.\n     And the quotes.", error.fix());
    }
}
