package org.engagementportal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole small site written as one text block, as Hugo's integration tests do: each file starts with a
 * line {@code -- path/from/site/folder --} and runs to the next such line. The data files every site needs
 * ({@link TestSite#data()}) are added unless the block has its own. Build it, then assert on the output
 * files with "contains" and "does not contain".
 */
public final class TextSite {
    private static final Pattern HEADER = Pattern.compile("^-- (\\S+) --$", Pattern.MULTILINE);

    private final Path root;

    private TextSite(Path root) {
        this.root = root;
    }

    /** Writes the files of {@code block} into {@code root}. */
    public static TextSite write(Path root, String block) {
        Map<String, String> files = new LinkedHashMap<>(TestSite.data());
        Matcher m = HEADER.matcher(block);
        List<int[]> starts = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        for (int i = 0; i < names.size(); i++) {
            int from = starts.get(i)[1] + 1;
            int to = i + 1 < names.size() ? starts.get(i + 1)[0] : block.length();
            files.put(names.get(i), from >= to ? "" : block.substring(from, to));
        }
        files.forEach((path, text) -> TestSite.writeBytes(root.resolve(path), text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return new TextSite(root);
    }

    public Path root() {
        return root;
    }

    /** Runs {@code portal build} into {@code out} at the given time. */
    public Built build(Path out, String now) {
        return new Built(Portal.run("build", "--source", root.toString(), "--out", out.toString(), "--now", now, "-q"), out);
    }

    /** The result of a build: its exit code, what it printed, and the output folder. */
    public record Built(Portal.Run run, Path out) {
        public Built succeeded() {
            assertEquals(0, run.exit(), run.all());
            return this;
        }

        /** Failed with content problems (exit 1), with no stack trace, and published nothing. */
        public Built failedWith(String... messages) {
            assertEquals(1, run.exit(), run.all());
            assertFalse(run.all().contains("\tat "), "no stack trace: " + run.all());
            for (String m : messages) {
                assertTrue(run.all().contains(m), "expected \"" + m + "\" in:\n" + run.all());
            }
            return this;
        }

        public String printed() {
            return run.all();
        }

        public FileText file(String sitePath) {
            Path file = out.resolve(sitePath.substring(1));
            assertTrue(Files.isRegularFile(file), "no file " + sitePath);
            return new FileText(sitePath, TestSite.read(file));
        }

        public boolean has(String sitePath) {
            return Files.exists(out.resolve(sitePath.substring(1)));
        }
    }

    /** An output file's text, for "contains" and "does not contain". */
    public record FileText(String path, String text) {
        public FileText contains(String... parts) {
            for (String p : parts) {
                assertTrue(text.contains(p), path + " should contain \"" + p + "\":\n" + text);
            }
            return this;
        }

        public FileText doesNotContain(String... parts) {
            for (String p : parts) {
                assertFalse(text.contains(p), path + " should not contain \"" + p + "\":\n" + text);
            }
            return this;
        }
    }
}
