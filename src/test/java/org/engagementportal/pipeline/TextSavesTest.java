package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview after a save that changed only the text of pages ({@link TextSaves}): the site is not assembled again
 * and only the page, the feeds and the search index are made again, yet the folder holds what a cold build
 * publishes and the same problems are reported. Saves that are not only text are built as usual. Each test edits a
 * copy of the example in a remembering, previewing pipeline, as {@code portal serve} runs it (told which files the
 * watcher saw change), and compares with a cold build of a second copy changed the same way.
 */
class TextSavesTest {
    static final String NOW = TestSite.EXAMPLE_NOW;
    static final String BULLETIN = "content/bulletins/weekly/2026-11-13.md";

    @TempDir
    Path dir;
    Path site;
    Path out;
    Pipeline preview;
    List<Pipeline.Stage> stages = new ArrayList<>();

    @BeforeEach
    void previewTheExample() {
        site = dir.resolve("site");
        out = dir.resolve("preview");
        IncrementalBuildTest.copyExample(site);
        preview = new Pipeline().withReadingAges().previewing();
        assertTrue(save(List.of()).published());
    }

    /** A run after the watcher saw these files change (relative to the site), as serve starts it. */
    Pipeline.Result save(List<String> changed) {
        stages.clear();
        return preview.run(new Pipeline.Options(site, Optional.of(out), Optional.of(LocalDateTime.parse(NOW)), Optional.empty()),
                stages::add, changed.stream().map(site::resolve).toList());
    }

    boolean assembledAgain() {
        String assemble = stages.stream().filter(s -> s.name().equals("assemble")).findFirst().orElseThrow().detail();
        return !assemble.contains("text changed");
    }

    /** Applies {@code edits} (file, from, to) to the preview's copy, runs it, and compares with a cold build. */
    Pipeline.Result saveAndCompare(String... edits) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < edits.length; i += 3) {
            IncrementalBuildTest.edit(site.resolve(edits[i]), edits[i + 1], edits[i + 2]);
            changed.add(edits[i]);
        }
        Pipeline.Result r = save(changed);
        Path cold = dir.resolve("cold");
        TestSite.delete(cold);
        TestSite.delete(dir.resolve("cold-out"));
        IncrementalBuildTest.copyExample(cold);
        copyEdits(cold);
        Pipeline.Result fresh = new Pipeline().withReadingAges().run(new Pipeline.Options(cold, Optional.of(dir.resolve("cold-out")),
                Optional.of(LocalDateTime.parse(NOW)), Optional.empty(), false), s -> { });
        assertEquals(fresh.problems().sorted(), r.problems().sorted(), "the same problems as a cold build");
        assertEquals(fresh.published(), r.published(), "published as a cold build is, or not");
        if (fresh.published()) {
            Map<String, byte[]> expected = new TreeMap<>(TestSite.files(dir.resolve("cold-out")));
            expected.keySet().removeIf(f -> f.endsWith(".gz") || f.endsWith(".br") || f.equals("/manifest.json"));
            Map<String, byte[]> actual = TestSite.files(out);
            assertEquals(expected.keySet(), actual.keySet(), "the same files as a cold build");
            expected.forEach((f, bytes) -> org.junit.jupiter.api.Assertions.assertArrayEquals(bytes, actual.get(f),
                    f + " is the same as a cold build's"));
        }
        return r;
    }

    /** The cold copy gets every content file and template of the preview's copy: all edits so far. */
    void copyEdits(Path cold) {
        TestSite.delete(cold.resolve("content"));
        TestSite.copyTree(site.resolve("content"), cold.resolve("content"));
        if (java.nio.file.Files.isDirectory(site.resolve("templates"))) {
            TestSite.delete(cold.resolve("templates"));
            TestSite.copyTree(site.resolve("templates"), cold.resolve("templates"));
        }
    }

    @Test
    void aPagesNewTextIsShownWithoutAssemblingTheSiteAgainAndOnlyItsPageFeedsAndIndexAreMade() {
        Pipeline.Result r = saveAndCompare(BULLETIN, "\n## ", "\nA new paragraph, written while previewing.\n\n## ");
        assertFalse(assembledAgain(), "a text save: " + stages);
        assertTrue(r.published());
        assertTrue(r.rendered().contains("/bulletins/weekly/2026-11-13/index.html"), r.rendered().toString());
        assertTrue(r.rendered().contains("/bulletins/weekly/feed.xml"), "its series' feed carries its text: " + r.rendered());
        assertTrue(r.rendered().stream().allMatch(p -> p.equals("/bulletins/weekly/2026-11-13/index.html")
                        || p.matches(".*/(feed\\.xml|atom\\.xml|feed\\.json)") || p.matches("/search/(index|pages/\\d+|words/[^/]+)\\.json")),
                "nothing else is made: " + r.rendered());
        assertEquals(Set.of("/bulletins/weekly/2026-11-13/index.html"), Set.copyOf(r.changed().stream()
                .filter(p -> p.endsWith(".html")).toList()), "the only page that changed");
        assertTrue(TestSite.read(out.resolve("bulletins/weekly/2026-11-13/index.html")).contains("written while previewing"));
    }

    @Test
    void savesInARowOfTextThenOfAnEasyReadVersionThenOfATitleEachMatchAColdBuild() {
        Pipeline.Result first = saveAndCompare(BULLETIN, "\n## ", "\nFirst addition.\n\n## ");
        assertTrue(first.published(), first.problems().sorted().toString());
        assertFalse(assembledAgain());
        saveAndCompare(BULLETIN, "First addition.", "First addition, changed again.",
                "content/consultations/community-mental-health-hubs.easy-read.md", "\n---\n", "\n---\nAn easy-read line added.\n\n");
        assertFalse(assembledAgain(), "two pages' text in one save");
        saveAndCompare(BULLETIN, "title: Patient and public bulletin, 13 November 2026", "title: Patient and public news, 13 November 2026");
        assertTrue(assembledAgain(), "a new title is shown on listings: the site is assembled again");
        saveAndCompare(BULLETIN, "First addition, changed again.", "Back to text.");
        assertFalse(assembledAgain(), "text again, after the title");
    }

    /**
     * Whether a picture a draft shows is published depends on whether a published page's text shows it too: a text save
     * that takes it out (or puts it in) is assembled again, as a cold build would hold it back (found in review: the
     * preview went on publishing it).
     */
    @Test
    void aTextSaveThatStopsShowingADraftsPictureHoldsItBack() {
        String draft = "content/plans/northam.md";
        TestSite.writeBytes(site.resolve(draft), ("---\ntitle: Northam plans\nsummary: Our plans for Northam.\ndraft: true\n---\n"
                + "![The site plan](/pictures/site-plan.png)\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            java.nio.file.Files.copy(site.resolve("content/pictures/share.png"), site.resolve("content/pictures/site-plan.png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        IncrementalBuildTest.edit(site.resolve(BULLETIN), "\n## ", "\n![The site plan](/pictures/site-plan.png)\n\n## ");
        assertTrue(save(List.of(draft, "content/pictures/site-plan.png", BULLETIN)).published());
        assertTrue(java.nio.file.Files.exists(out.resolve("pictures/site-plan.png")), "shown by a published page: published");
        saveAndCompare(BULLETIN, "\n![The site plan](/pictures/site-plan.png)\n", "\n");
        assertTrue(assembledAgain(), "the bulletin no longer shows it: the site is assembled again");
        assertFalse(java.nio.file.Files.exists(out.resolve("pictures/site-plan.png")), "held back with its draft");
    }

    @Test
    void aBrokenLinkInNewTextIsAnErrorAndTheLastGoodPageStaysThenTheFixShows() {
        Pipeline.Result broken = saveAndCompare(BULLETIN, "\n## ", "\nSee [our plans](/no-such-page/).\n\n## ");
        assertFalse(assembledAgain());
        assertTrue(broken.problems().hasErrors(), broken.problems().sorted().toString());
        assertFalse(broken.published());
        assertFalse(TestSite.read(out.resolve("bulletins/weekly/2026-11-13/index.html")).contains("our plans"),
                "the last good page is still served");
        Pipeline.Result fixed = saveAndCompare(BULLETIN, "(/no-such-page/)", "(/consultations/)");
        assertFalse(assembledAgain());
        assertTrue(fixed.published());
        assertTrue(TestSite.read(out.resolve("bulletins/weekly/2026-11-13/index.html")).contains("our plans"));
    }

    @Test
    void aWordThatLeavesTheSiteTakesItsFileOfTheSearchIndexWithIt() {
        // A word no other page has, so a file of the index of its own ("zyx..."), which goes when the word does.
        saveAndCompare(BULLETIN, "\n## ", "\nZyxwvutsr is a word on this page alone.\n\n## ");
        assertFalse(assembledAgain());
        assertTrue(java.nio.file.Files.exists(out.resolve("search/words/zyx.json")), "the word's file of the index");
        saveAndCompare(BULLETIN, "Zyxwvutsr is a word on this page alone.", "A word on this page alone.");
        assertFalse(assembledAgain());
        assertFalse(java.nio.file.Files.exists(out.resolve("search/words/zyx.json")), "gone with the word");
    }

    @Test
    void aTemplateSavedWhileAPageHadAMistakeIsUsedWhenThePageIsMended() {
        saveAndCompare(BULLETIN, "\n## ", "\nSee [our plans](/no-such-page/).\n\n## ");
        // The template changes while the page's mistake stops every build from publishing.
        java.nio.file.Path template = site.resolve("templates/page.ftlh");
        try {
            java.nio.file.Files.createDirectories(template.getParent());
            java.nio.file.Files.writeString(template, TestSite.read(TestSite.PROJECT.resolve("templates/page.ftlh"))
                    + "<!-- changed while the site had a mistake -->\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Pipeline.Result withTemplate = save(List.of("templates/page.ftlh"));
        assertFalse(withTemplate.published());
        // Mending the page is a save of its text alone, but the template saved since the folder last changed is news.
        Pipeline.Result mended = saveAndCompare(BULLETIN, "(/no-such-page/)", "(/consultations/)");
        assertTrue(mended.published());
        assertTrue(assembledAgain(), "built as usual: a template changed since the last pages were published");
    }

    @Test
    void savesThatAreNotOnlyAPagesTextAreBuiltAsUsual() {
        // A listing's introduction: the listing shows its text.
        saveAndCompare("content/consultations/index.md", "\n---\n", "\n---\nAn added line of introduction.\n\n");
        assertTrue(assembledAgain(), "a listing's introduction");
        // The Accessible Information Statement: every page offers what it says.
        saveAndCompare("content/accessible-information.md", "\n---\n", "\n---\nAn added line.\n\n");
        assertTrue(assembledAgain(), "the statement");
        // Front matter: what other pages show of it.
        saveAndCompare(BULLETIN, "title: Patient and public bulletin", "title: Patient and public bulletin,");
        assertTrue(assembledAgain(), "front matter");
        // A page's text with a data file in the same save.
        IncrementalBuildTest.edit(site.resolve("content/_data/topics.yml"), "name: ", "name: The ");
        IncrementalBuildTest.edit(site.resolve(BULLETIN), "\n## ", "\nMore text.\n\n## ");
        Pipeline.Result r = save(List.of(BULLETIN, "content/_data/topics.yml"));
        assertTrue(assembledAgain(), "with a data file");
        assertTrue(r.published());
        // The watcher did not say what changed.
        IncrementalBuildTest.edit(site.resolve(BULLETIN), "More text.", "Other text.");
        stages.clear();
        preview.run(new Pipeline.Options(site, Optional.of(out), Optional.of(LocalDateTime.parse(NOW)), Optional.empty()),
                stages::add, null);
        assertTrue(assembledAgain(), "changes not known");
        saveAndCompare();
    }
}
