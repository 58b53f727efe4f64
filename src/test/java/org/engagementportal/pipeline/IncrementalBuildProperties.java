package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.engagementportal.testing.TestSite;

/**
 * An incremental build gives what a cold build gives, whatever changed: random edits (a page's text or title
 * changed, a page added, deleted or renamed, a data file or a template changed, the clock moved on across
 * status changes, the site alert's times moved to either side of the clock) are made to two copies of the example portal; one is built incrementally after each edit,
 * the other cold, and every file and problem must be the same. The incremental builds run in one pipeline that
 * remembers what it read, as {@code portal serve} does, so the files it reads again are tested too.
 */
class IncrementalBuildProperties {

    enum Kind { TEXT, TITLE, ADD, DELETE, RENAME, DATA, TEMPLATE, CLOCK, ALERT }

    /** One edit: what, to which content file (an index into the sorted list), and a number for variety. */
    record Edit(Kind kind, int file, int n) {
    }

    @Provide
    Arbitrary<Edit> edits() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(1, 60)).as(Edit::new);
    }

    /** Mostly saves of pages' text, the commonest edit in portal serve, which does not assemble the site again for them. */
    @Provide
    Arbitrary<Edit> texts() {
        return Combinators.combine(Arbitraries.of(Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TITLE, Kind.CLOCK),
                Arbitraries.integers().between(0, 999), Arbitraries.integers().between(1, 60)).as(Edit::new);
    }

    @Property(tries = 5)
    void incrementalBuildsAreTheSameAsColdOnes(@ForAll @Size(min = 1, max = 3) List<@net.jqwik.api.From("edits") Edit> edits)
            throws IOException {
        edited(edits, out -> { });
    }

    /** A template changed, every time: the page layout's (page.ftlh), then the components' (components.ftlh). */
    @net.jqwik.api.Example
    void aChangedTemplateReachesThePagesAsInAColdBuild() throws IOException {
        edited(List.of(new Edit(Kind.TEMPLATE, 0, 4), new Edit(Kind.TEMPLATE, 0, 3)), out -> {
            try (var pages = Files.walk(out)) {
                List<String> changed = pages.filter(p -> p.toString().endsWith(".html")).map(p -> {
                    try {
                        return Files.readString(p, StandardCharsets.UTF_8);
                    } catch (IOException x) {
                        throw new java.io.UncheckedIOException(x);
                    }
                }).filter(html -> html.contains("<p>changed 4</p>")).toList();
                assertTrue(!changed.isEmpty(), "the page layout's change is on the pages");
            } catch (IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        });
    }

    private void edited(List<Edit> edits, java.util.function.Consumer<Path> alsoOfTheOutput) throws IOException {
        Path dir = Files.createTempDirectory("incremental");
        try {
            Path a = dir.resolve("a");
            Path b = dir.resolve("b");
            IncrementalBuildTest.copyExample(a);
            IncrementalBuildTest.copyExample(b);
            LocalDateTime now = LocalDateTime.parse(TestSite.EXAMPLE_NOW);
            Pipeline serving = new Pipeline().withReadingAges().remembering();
            build(serving, a, dir.resolve("a-out"), now, true);
            for (Edit e : edits) {
                if (e.kind() == Kind.CLOCK) {
                    now = now.plusDays(e.n() * 3L).plusHours(e.n());
                } else {
                    apply(e, a);
                    apply(e, b);
                }
                Pipeline.Result incremental = build(serving, a, dir.resolve("a-out"), now, true);
                TestSite.delete(dir.resolve("b-out"));
                Pipeline.Result cold = build(new Pipeline().withReadingAges(), b, dir.resolve("b-out"), now, false);
                assertEquals(cold.problems().sorted(), incremental.problems().sorted(), "the same problems after " + e);
                assertEquals(cold.published(), incremental.published(), "both published or neither, after " + e);
                if (cold.published()) {
                    IncrementalBuildTest.assertSameFiles(dir.resolve("b-out"), dir.resolve("a-out"));
                    alsoOfTheOutput.accept(dir.resolve("a-out"));
                }
            }
        } finally {
            TestSite.delete(dir);
        }
    }

    /** What can happen between two runs of {@code portal build}: an edit, the clock moving on, or nothing. */
    enum Between { EDIT, MINUTES, HOURS, DAYS, NOTHING, OUTPUT }

    @Provide
    Arbitrary<Between> between() {
        return Arbitraries.of(Between.class);
    }

    /**
     * Separate runs of {@code portal build}, as on a publishing schedule: often nothing has changed (and the build
     * has nothing to do), or only the clock, by minutes, hours or days, or someone changed the output by hand;
     * sometimes a file. Files are given times in the past after each edit, as if saved a while before, so the
     * build trusts them. Each run's output must be a cold build's.
     */
    @Property(tries = 4)
    void scheduledBuildsAreTheSameAsColdOnes(@ForAll @Size(min = 2, max = 6) List<@net.jqwik.api.From("between") Between> runs,
                                            @ForAll @Size(min = 6, max = 6) List<@net.jqwik.api.From("edits") Edit> edits)
            throws IOException {
        scheduled(runs, edits);
    }

    /** A case the property found: the clock moved on by minutes and hours, then a page was deleted. */
    @net.jqwik.api.Example
    void aPageDeletedAfterTheClockMovedOn() throws IOException {
        scheduled(List.of(Between.MINUTES, Between.HOURS, Between.MINUTES, Between.EDIT, Between.HOURS),
                List.of(new Edit(Kind.ALERT, 1, 53), new Edit(Kind.ADD, 1, 13), new Edit(Kind.RENAME, 5, 34),
                        new Edit(Kind.DELETE, 122, 22), new Edit(Kind.TEMPLATE, 172, 36), new Edit(Kind.TITLE, 48, 16)));
    }

    private void scheduled(List<Between> runs, List<Edit> edits) throws IOException {
        Path dir = Files.createTempDirectory("scheduled");
        try {
            Path a = dir.resolve("a");
            Path b = dir.resolve("b");
            IncrementalBuildTest.copyExample(a);
            IncrementalBuildTest.copyExample(b);
            java.time.Instant saved = java.time.Instant.now().minus(java.time.Duration.ofHours(3));
            saved = age(a, saved);
            LocalDateTime now = LocalDateTime.parse(TestSite.EXAMPLE_NOW);
            build(new Pipeline(), a, dir.resolve("a-out"), now, true);
            for (int i = 0; i < runs.size(); i++) {
                Between r = runs.get(i);
                Edit e = edits.get(i);
                switch (r) {
                    case EDIT -> {
                        if (e.kind() == Kind.CLOCK) {
                            now = now.plusDays(e.n());
                        } else {
                            apply(e, a);
                            apply(e, b);
                        }
                    }
                    case MINUTES -> now = now.plusMinutes(e.n() * 7L);
                    case HOURS -> now = now.plusHours(e.n());
                    case DAYS -> now = now.plusDays(e.n() % 5 + 1);
                    case NOTHING -> { }
                    case OUTPUT -> {
                        List<Path> outputs;
                        try (var walk = Files.walk(dir.resolve("a-out"))) {
                            outputs = walk.filter(Files::isRegularFile).sorted().toList();
                        }
                        Path file = outputs.get(e.file() * 31 % outputs.size());
                        if (e.n() % 2 == 0) {
                            Files.delete(file);
                        } else {
                            Files.writeString(file, "changed by hand " + e.n(), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
                        }
                    }
                }
                saved = age(a, saved);
                Pipeline.Result scheduled = build(new Pipeline(), a, dir.resolve("a-out"), now, true);
                TestSite.delete(dir.resolve("b-out"));
                Pipeline.Result cold = build(new Pipeline(), b, dir.resolve("b-out"), now, false);
                assertEquals(cold.problems().sorted(), scheduled.problems().sorted(), "the same problems after " + r + " " + e);
                assertEquals(cold.published(), scheduled.published(), "both published or neither, after " + r + " " + e);
                if (cold.published()) {
                    IncrementalBuildTest.assertSameFiles(dir.resolve("b-out"), dir.resolve("a-out"), " after run " + (i + 1) + ", " + r + " " + e);
                }
            }
        } finally {
            TestSite.delete(dir);
        }
    }

    /** Gives the files changed since {@code saved} a time a minute after it, as if saved a while ago; the next such time. */
    private static java.time.Instant age(Path site, java.time.Instant saved) throws IOException {
        java.time.Instant next = saved.plusSeconds(60);
        try (var walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isAfter(saved)) {
                    Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(next));
                }
            }
        }
        return next;
    }

    /**
     * The preview of {@code portal serve}, which changes its folder in place after each edit, holds what a cold
     * build publishes, less the compressed copies and the manifest, which only the CDN needs.
     */
    @Property(tries = 5)
    void previewsAreTheSameAsColdBuilds(@ForAll @Size(min = 1, max = 5) List<@net.jqwik.api.From("edits") Edit> edits)
            throws IOException {
        previews(edits);
    }

    /**
     * Saves of pages' text one after another (see {@link TextSaves}), with now and then a new title or a later clock,
     * which are built as usual, between them.
     */
    @Property(tries = 3)
    void textSavesInARowAreTheSameAsColdBuilds(@ForAll @Size(min = 2, max = 6) List<@net.jqwik.api.From("texts") Edit> edits)
            throws IOException {
        previews(edits);
    }

    /** A case the property found: a new title for the engagement page, shown in its area pages' breadcrumbs. */
    @net.jqwik.api.Example
    void aListingsIntroductionRetitled() throws IOException {
        previews(List.of(new Edit(Kind.TITLE, 41, 6)));
    }

    private void previews(List<Edit> edits) throws IOException {
        Path dir = Files.createTempDirectory("preview");
        try {
            Path a = dir.resolve("a");
            Path b = dir.resolve("b");
            IncrementalBuildTest.copyExample(a);
            IncrementalBuildTest.copyExample(b);
            LocalDateTime now = LocalDateTime.parse(TestSite.EXAMPLE_NOW);
            Pipeline previewing = new Pipeline().withReadingAges().previewing();
            build(previewing, a, dir.resolve("a-out"), now, true);
            for (Edit e : edits) {
                List<Path> changed = List.of();
                if (e.kind() == Kind.CLOCK) {
                    now = now.plusDays(e.n() * 3L).plusHours(e.n());
                } else {
                    changed = apply(e, a);
                    apply(e, b);
                }
                // As portal serve runs it: told which files changed, as its watcher saw them.
                Pipeline.Result preview = previewing.run(new Pipeline.Options(a, Optional.of(dir.resolve("a-out")),
                        Optional.of(now), Optional.empty(), true), s -> { }, changed);
                TestSite.delete(dir.resolve("b-out"));
                Pipeline.Result cold = build(new Pipeline().withReadingAges(), b, dir.resolve("b-out"), now, false);
                assertEquals(cold.problems().sorted(), preview.problems().sorted(), "the same problems after " + e);
                assertEquals(cold.published(), preview.published(), "both published or neither, after " + e);
                if (cold.published()) {
                    java.util.Map<String, byte[]> expected = new java.util.TreeMap<>(TestSite.files(dir.resolve("b-out")));
                    expected.keySet().removeIf(f -> f.endsWith(".gz") || f.endsWith(".br") || f.equals("/manifest.json"));
                    java.util.Map<String, byte[]> actual = TestSite.files(dir.resolve("a-out"));
                    assertEquals(expected.keySet(), actual.keySet(), "the same files after " + e);
                    expected.forEach((f, bytes) -> org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, actual.get(f),
                            f + " after " + e));
                }
            }
        } finally {
            TestSite.delete(dir);
        }
    }

    private static Pipeline.Result build(Pipeline pipeline, Path site, Path out, LocalDateTime now, boolean cache) {
        return pipeline.run(new Pipeline.Options(site, Optional.of(out), Optional.of(now), Optional.empty(), cache), s -> { });
    }

    private static List<Path> contentFiles(Path site) throws IOException {
        try (var walk = Files.walk(site.resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("/_data/")).sorted().toList();
        }
    }

    /** Makes the same edit to a copy of the site: files are chosen by their place in the sorted list. */
    /** @return the files it changed, as a watcher would see them */
    private static List<Path> apply(Edit e, Path site) throws IOException {
        List<Path> files = contentFiles(site);
        Path file = files.get(e.file() % files.size());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        switch (e.kind()) {
            case TEXT -> Files.writeString(file, text + "\nAn added paragraph, number " + e.n() + ".\n", StandardCharsets.UTF_8);
            case TITLE -> Files.writeString(file, text.replaceFirst("(?m)^title: .*$", "title: A new title, number " + e.n()),
                    StandardCharsets.UTF_8);
            case ADD -> {
                Path added = file.resolveSibling("added-" + e.n() + ".md");
                Files.writeString(added, text.replaceFirst("(?m)^aliases:.*$", ""), StandardCharsets.UTF_8);
                return List.of(added);
            }
            case DELETE -> Files.delete(file);
            case RENAME -> {
                Path renamed = file.resolveSibling("renamed-" + e.n() + "-" + file.getFileName());
                Files.move(file, renamed);
                return List.of(file, renamed);
            }
            case DATA -> {
                Path topics = site.resolve("content/_data/topics.yml");
                String yml = Files.readString(topics, StandardCharsets.UTF_8);
                Files.writeString(topics, yml.replaceFirst("(?m)^(\\s*name: )(.*)$", "$1$2 and more " + e.n()), StandardCharsets.UTF_8);
                return List.of(topics);
            }
            case TEMPLATE -> {
                String name = List.of("page.ftlh", "event.ftlh", "listing.ftlh", "components.ftlh").get(e.n() % 4);
                Path template = site.resolve("templates").resolve(name);
                String source = Files.exists(template) ? Files.readString(template, StandardCharsets.UTF_8)
                        : TestSite.read(TestSite.PROJECT.resolve("templates").resolve(name));
                Files.createDirectories(template.getParent());
                // A change the pages show (a paragraph inside the page's layout; a note in the first macro of the components
                // many pages use), so that an incremental build that kept the pages of the old template would differ.
                String changed = name.equals("components.ftlh")
                        ? source.replaceFirst("(<#macro [^>]*>)", "$1<!-- changed " + e.n() + " -->")
                        : source.replace("</@l.page>", "<p>changed " + e.n() + "</p></@l.page>");
                if (changed.equals(source)) {
                    throw new IllegalStateException(name + " has no place for the change: mend this test's edit");
                }
                Files.writeString(template, changed, StandardCharsets.UTF_8);
                return List.of(template);
            }
            case ALERT -> {
                // The alert's times moved, from days before the example's clock to days after it, up for hours or days.
                Path siteYml = site.resolve("content/_data/site.yml");
                LocalDateTime starts = LocalDateTime.parse(TestSite.EXAMPLE_NOW).plusHours(e.n() * 5L - 150);
                LocalDateTime ends = starts.plusHours(e.n() * 3L + 1);
                String yml = Files.readString(siteYml, StandardCharsets.UTF_8);
                Files.writeString(siteYml, yml.replaceFirst("(?m)^  starts: .*$", "  starts: " + starts)
                        .replaceFirst("(?m)^  ends: .*$", "  ends: " + ends), StandardCharsets.UTF_8);
                return List.of(siteYml);
            }
            case CLOCK -> throw new IllegalStateException("the clock is not a file");
        }
        return List.of(file);
    }
}
