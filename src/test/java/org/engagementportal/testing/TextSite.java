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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.parser.Parser;

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

    /** Runs {@code portal build} into {@code out} at the given time, with any further options ("--base-url", ...). */
    public Built build(Path out, String now, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--source", root.toString(), "--out", out.toString(),
                "--now", now, "-q"));
        args.addAll(List.of(options));
        Map<String, String> before = files(out);
        return new Built(Portal.run(args.toArray(String[]::new)), out, before);
    }

    /** Runs {@code portal check} (everything but writing) at the given time. */
    public Portal.Run check(String now) {
        return Portal.run("check", "--source", root.toString(), "--now", now, "-q");
    }

    /**
     * Each file in {@code out} (and below it) with its size and the time it last changed; none if there is no such folder.
     */
    static Map<String, String> files(Path out) {
        Map<String, String> files = new java.util.TreeMap<>();
        if (!Files.isDirectory(out)) {
            return files;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(out)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                var a = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                files.put(out.relativize(p).toString(), a.isDirectory() ? "folder" : a.size() + " bytes, " + a.lastModifiedTime().toInstant());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }

    /** The result of a build: its exit code, what it printed, the output folder, and that folder's files before it. */
    public record Built(Portal.Run run, Path out, Map<String, String> before) {
        public Built succeeded() {
            assertEquals(0, run.exit(), run.all());
            return this;
        }

        /** Failed with content problems (exit 1), with no stack trace, and published nothing. */
        public Built failedWith(String... messages) {
            assertEquals(1, run.exit(), run.all());
            assertFalse(run.all().contains("\tat "), "no stack trace: " + run.all());
            assertEquals(before, files(out), "a failed build leaves the output folder as it was");
            for (String m : messages) {
                assertTrue(run.all().contains(m), "expected \"" + m + "\" in:\n" + run.all());
            }
            return this;
        }

        /** Succeeded, and printed each of {@code messages} (warnings, say). */
        public Built warned(String... messages) {
            succeeded();
            for (String m : messages) {
                assertTrue(run.all().contains(m), "expected \"" + m + "\" in:\n" + run.all());
            }
            return this;
        }

        public String printed() {
            return run.all();
        }

        /** An output file by its site path; a path ending in / is the page there, its index.html. */
        public FileText file(String sitePath) {
            Path file = out.resolve(sitePath.substring(1) + (sitePath.endsWith("/") ? "index.html" : ""));
            assertTrue(Files.isRegularFile(file), "no file " + sitePath);
            return new FileText(sitePath, TestSite.read(file));
        }

        /** The page at a site path ("/about/") or an HTML file ("/404.html"), parsed. */
        public Document page(String sitePath) {
            return file(sitePath).html();
        }

        /** An XML file (sitemap, feed) parsed as XML, keeping its element names' case. */
        public Document xml(String sitePath) {
            return Jsoup.parse(file(sitePath).text(), "", Parser.xmlParser());
        }

        public boolean has(String sitePath) {
            return Files.exists(out.resolve(sitePath.substring(1)));
        }

        /** Asserts that each site path was written (a path ending in / is a page). */
        public Built exists(String... sitePaths) {
            for (String p : sitePaths) {
                assertTrue(Files.isRegularFile(out.resolve(p.substring(1) + (p.endsWith("/") ? "index.html" : ""))), "no file " + p);
            }
            return this;
        }

        /** Asserts that nothing was written at each site path (a path ending in / is a page). */
        public Built absent(String... sitePaths) {
            for (String p : sitePaths) {
                assertFalse(Files.exists(out.resolve(p.substring(1) + (p.endsWith("/") ? "index.html" : ""))), "unexpected file " + p);
            }
            return this;
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

        /** The text parsed as HTML. */
        public Document html() {
            return Jsoup.parse(text);
        }

        /** The elements matching a CSS selector. */
        public Elements select(String css) {
            return html().select(css);
        }

        /** Asserts that some element matches each selector. */
        public FileText has(String... selectors) {
            Document doc = html();
            for (String css : selectors) {
                assertFalse(doc.select(css).isEmpty(), path + " should have an element " + css);
            }
            return this;
        }

        /** Asserts that no element matches each selector. */
        public FileText hasNo(String... selectors) {
            Document doc = html();
            for (String css : selectors) {
                Elements found = doc.select(css);
                assertTrue(found.isEmpty(), path + " should have no element " + css + ", but has:\n" + found.outerHtml());
            }
            return this;
        }

        /** The text of the first element matching a selector, which must exist. */
        public String textOf(String css) {
            Element e = html().selectFirst(css);
            assertTrue(e != null, path + " should have an element " + css);
            return e.text();
        }
    }
}
