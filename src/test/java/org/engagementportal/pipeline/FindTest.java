package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding a page: the search box in every page's header, the A to Z (every published page once, split by letter,
 * linked from the footer) that search falls back to without JavaScript, and the search index the build writes in
 * small pieces. The search itself, in a browser, is {@code example.SearchIT}.
 */
class FindTest {
    static final String BASE = "https://engage.northshire-icb.example/";

    @TempDir
    static Path out;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildExample() {
        Portal.buildExample(out);
    }

    static Document page(String sitePath) {
        return Jsoup.parse(TestSite.read(out.resolve(sitePath.substring(1) + "index.html")));
    }

    static List<Path> htmlPages() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void everyPageHasTheSearchBoxInItsHeaderAndTheAToZInItsFooter() throws IOException {
        for (Path file : htmlPages()) {
            Document doc = Jsoup.parse(TestSite.read(file));
            String where = out.relativize(file).toString();
            if (doc.selectFirst("meta[http-equiv=refresh]") != null) {
                continue; // a redirect from an old address
            }
            Element form = doc.selectFirst("header search form#search");
            assertNotNull(form, where);
            assertEquals("/search/", form.attr("action"), where);
            assertEquals("get", form.attr("method"));
            Element input = form.selectFirst("input[type=search][name=q]");
            assertEquals("Search this website", doc.selectFirst("label[for=" + input.id() + "]").text(), where);
            assertNotNull(form.selectFirst("button[type=submit][aria-label=Search]"), where);
            assertNotNull(doc.selectFirst("footer a[href=/a-z/]:containsOwn(A to Z)"), where);
        }
    }

    /** The addresses in the sitemap, each once, but the A to Z's and the search page's own: the pages they find. */
    static List<String> sitemap() {
        Document map = Jsoup.parse(TestSite.read(out.resolve("sitemap.xml")), "", Parser.xmlParser());
        List<String> all = map.select("loc").eachText().stream().map(u -> "/" + u.substring(BASE.length())).toList();
        assertTrue(all.contains("/a-z/") && all.contains("/a-z/k/") && all.contains("/search/"), "they are in it too");
        return all.stream().filter(p -> !p.startsWith("/a-z/") && !p.equals("/search/")).toList();
    }

    @Test
    void theAToZListsEveryPublishedPageOnceUnderTheLetterOfItsTitle() {
        Document index = page("/a-z/");
        List<Element> letters = index.select("nav.portal-a-z li");
        assertEquals(28, letters.size(), "A to Z, 0 to 9 and Other");
        Map<String, Integer> seen = new TreeMap<>();
        int listed = 0;
        for (Element letter : letters) {
            Element link = letter.selectFirst("a");
            if (link == null) {
                continue;
            }
            Document page = page(link.attr("href"));
            String name = link.ownText();
            assertEquals("A to Z: " + name, page.selectFirst("h1").text());
            assertNotNull(page.selectFirst("nav.portal-a-z a[aria-current=page]"), "the letter shown is marked");
            List<Element> entries = page.select("ul.portal-a-z__pages > li > a");
            assertFalse(entries.isEmpty(), name);
            String count = link.selectFirst(".nhsuk-u-visually-hidden").text();
            assertEquals("(" + entries.size() + (entries.size() == 1 ? " page)" : " pages)"), count, name);
            for (Element a : entries) {
                seen.merge(a.attr("href"), 1, Integer::sum);
                listed++;
                String first = a.text().replaceFirst("^[^\\p{L}\\p{N}]+", "");
                String initial = java.text.Normalizer.normalize(first.substring(0, 1), java.text.Normalizer.Form.NFD)
                        .substring(0, 1).toUpperCase(java.util.Locale.ROOT);
                String expected = initial.matches("[A-Z]") ? initial : initial.matches("\\d") ? "0 to 9" : "Other";
                assertEquals(expected, name, a.text() + " is under the letter of its title");
            }
            // In order of title, read without accents, case or leading marks.
            List<String> keys = entries.stream().map(e -> java.text.Normalizer.normalize(e.text(), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT).replaceFirst("^[^\\p{L}\\p{N}]+", "")).toList();
            assertEquals(keys.stream().sorted(org.engagementportal.site.TitleOrder.KEYS).toList(), keys, name + ", numbers by their value");
        }
        List<String> published = sitemap();
        assertEquals(new java.util.TreeSet<>(published), seen.keySet(), "every page in the sitemap, and only those");
        assertEquals(published.size(), listed, "each once: " + seen.entrySet().stream().filter(e -> e.getValue() > 1).toList());
        assertTrue(listed > 100, "the example's pages: " + listed);
    }

    @Test
    void aTranslatedTitleIsMarkedWithItsLanguage() {
        boolean found = false;
        for (Element a : page("/a-z/other/").select("ul.portal-a-z__pages a[lang]")) {
            assertFalse(a.attr("lang").isEmpty());
            found = true;
        }
        for (String letter : List.of("a", "g", "h")) {
            for (Element a : page("/a-z/" + letter + "/").select("ul.portal-a-z__pages a[lang]")) {
                assertTrue(a.attr("href").matches(".*/[a-z]{2,3}/"), a.attr("href") + " is a translation");
                found = true;
            }
        }
        assertTrue(found, "the example has translations");
    }

    @Test
    void theSearchPageWorksAsAFormAndOffersTheAToZWithoutItsScript() {
        Document search = page("/search/");
        Element form = search.selectFirst("main form#search-page-form");
        assertEquals("/search/", form.attr("action"));
        assertTrue(form.hasAttr("hidden"), "shown by the script that makes it work");
        assertEquals("What are you looking for?", search.selectFirst("label[for=search-query]").text());
        List<String> types = search.select("#search-type option").eachText();
        assertEquals("All types", types.get(0));
        assertTrue(types.containsAll(List.of("Consultation", "Event", "Meeting", "Bulletin")), types.toString());
        Element status = search.selectFirst("#search-status");
        assertEquals("polite", status.attr("aria-live"), "results are announced");
        assertEquals("status", status.attr("role"));
        Element fallback = search.selectFirst("#search-without-script");
        assertNotNull(fallback.selectFirst("a[href=/a-z/]"));
        assertFalse(fallback.select("a[href^=/a-z/]").isEmpty());
        Element script = search.selectFirst("head script[src]");
        assertTrue(script.attr("src").matches("/assets/search\\.[0-9a-f]{10}\\.js"), script.attr("src"));
        assertTrue(script.hasAttr("defer"));
        assertTrue(Files.isRegularFile(out.resolve(script.attr("src").substring(1))));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String sitePath) {
        return new org.openqa.selenium.json.Json().toType(TestSite.read(out.resolve(sitePath.substring(1))), Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theIndexFindsAPageByAWordInItsTitleFromTheFileOfItsFirstLetters() {
        Map<String, Object> index = json("/search/index.json");
        // Every published page but a type's list narrowed to a topic, area or group ("/consultations/topics/dentistry/").
        java.util.Set<String> narrowed = narrowedLists();
        List<String> published = sitemap().stream().filter(p -> !narrowed.contains(p)).toList();
        assertTrue(sitemap().size() - published.size() >= 20, "the example has many narrowed lists: " + narrowed);
        assertEquals(published.size(), ((Number) index.get("pages")).intValue());
        assertEquals(published.size(), ((String) index.get("kinds")).length(), "one type a page");
        List<String> keys = (List<String>) index.get("words");
        String key = keys.stream().filter("kingsmere"::startsWith).max(java.util.Comparator.comparing(String::length)).orElseThrow();
        assertTrue(key.length() >= 3, key);
        Map<String, Object> shard = json("/search/words/" + key + ".json");
        List<Number> pairs = (List<Number>) shard.get("kingsmere");
        assertNotNull(pairs, shard.keySet().toString());
        int per = ((Number) index.get("per_file")).intValue();
        List<String> titles = new ArrayList<>();
        int p = 0;
        for (int i = 0; i < pairs.size(); i += 2) {
            p += pairs.get(i).intValue(); // each page's number as the gap from the one before
            List<List<String>> table = new org.openqa.selenium.json.Json().toType(
                    TestSite.read(out.resolve("search/pages/" + (p / per) + ".json")), List.class);
            titles.add(table.get(p % per).get(0));
        }
        assertTrue(titles.contains("GP practice merger drop-in – Kingsmere"), titles.toString());
        for (String k : keys) {
            Map<String, Object> words = json("/search/words/" + org.engagementportal.generate.SearchIndex.fileName(k) + ".json");
            assertFalse(words.isEmpty(), k);
            for (String w : words.keySet()) {
                assertTrue(w.startsWith(k), w + " is in the file of its first letters, " + k);
                assertTrue(keys.stream().filter(w::startsWith).max(java.util.Comparator.comparing(String::length)).orElseThrow()
                        .equals(k), w + " is in the file of the longest key it starts with");
            }
        }
    }

    /**
     * Found in review: "consultation" gave sixteen lists ("Consultations about dentistry") before the first consultation,
     * which few consultations say in their titles. A page's type counts as a word of its title, and a type's narrowed lists
     * are not searched: every consultation is found by "consultation" with at least a title's score, and no list is.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aPagesTypeIsFoundAsAWordOfItsTitleAndNarrowedListsAreNot() {
        Map<String, Object> index = json("/search/index.json");
        int per = ((Number) index.get("per_file")).intValue();
        List<String> keys = (List<String>) index.get("words");
        String key = keys.stream().filter("consultation"::startsWith).max(java.util.Comparator.comparing(String::length)).orElseThrow();
        List<Number> pairs = (List<Number>) json("/search/words/" + key + ".json").get("consultation");
        Map<String, Integer> scores = new TreeMap<>();
        int p = 0;
        for (int i = 0; i < pairs.size(); i += 2) {
            p += pairs.get(i).intValue();
            List<List<String>> table = new org.openqa.selenium.json.Json().toType(
                    TestSite.read(out.resolve("search/pages/" + (p / per) + ".json")), List.class);
            scores.put(table.get(p % per).get(1), pairs.get(i + 1).intValue());
        }
        List<String> consultations = sitemap().stream().filter(a -> a.matches("/consultations/[^/]+/")
                && !a.matches("/consultations/(topics|areas|groups|page)/")).toList();
        assertTrue(consultations.size() >= 5, consultations.toString());
        for (String c : consultations) {
            assertTrue(scores.getOrDefault(c, 0) >= org.engagementportal.generate.SearchIndex.TITLE, c + ": " + scores);
        }
        assertTrue(scores.keySet().stream().noneMatch(narrowedLists()::contains), scores.toString());
        // A list narrowed to a group of people is still found: groups have no page of their own (found in review).
        String homeless = keys.stream().filter("homeless"::startsWith).max(java.util.Comparator.comparing(String::length)).orElseThrow();
        List<Number> found = (List<Number>) json("/search/words/" + homeless + ".json").get("homeless");
        List<String> addresses = new ArrayList<>();
        int q = 0;
        for (int i = 0; i < found.size(); i += 2) {
            q += found.get(i).intValue();
            List<List<String>> table = new org.openqa.selenium.json.Json().toType(
                    TestSite.read(out.resolve("search/pages/" + (q / per) + ".json")), List.class);
            addresses.add(table.get(q % per).get(1));
        }
        assertTrue(addresses.contains("/engagement/groups/homeless/"), addresses.toString());
    }

    /**
     * The lists a type's list is narrowed to by topic or area, as the filters on the types' lists link them
     * ("/consultations/topics/dentistry/"); not those narrowed to a group of people, which have no page of their own.
     */
    static java.util.Set<String> narrowedLists() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String p : sitemap()) {
            Document page = page(p);
            for (Element a : page.select("nav.portal-filters a[href]")) {
                String href = a.attr("href");
                if (!href.equals(p) && !a.text().startsWith("Show all") && href.matches("/[^/]+/(topics|areas)/[^/]+/")) {
                    out.add(href);
                }
            }
        }
        out.removeIf(href -> sitemap().stream().filter(href::equals).findAny().isEmpty());
        return out;
    }

    @Test
    void searchWordsAreSplitAsTheScriptSplitsThem() {
        assertEquals(List.of("dentist", "kingsmere", "cafe", "2026", "gp"),
                org.engagementportal.generate.SearchIndex.words("The DENTISTS of Kingsmere: café, 2026 & a GP!"));
        // "A&E" and "R&D" are words: their letters alone were dropped as too short, so "A&E" found nothing.
        assertEquals(List.of("save", "ae", "rd", "team"), org.engagementportal.generate.SearchIndex.words("Save A&E. R&D team & more"));
        // Letters Unicode does not write as a letter and an accent are folded too: "tlumacza" finds "tłumacza".
        assertEquals(List.of("lodz", "tlumacza", "strasse", "aero"),
                org.engagementportal.generate.SearchIndex.words("Łódź tłumacza Straße Ærø"));
        // A soft hyphen pasted from Word inside a word ("Physio-therapy", hidden unless the word breaks at a line's end) is not
        // a gap between words: "physiotherapy" finds the page whose title has one, as the script reads a query with one.
        assertEquals(List.of("physiotherapy", "service", "ae"),
                org.engagementportal.generate.SearchIndex.words("Physio\u00adtherapy \u00adservices\u00ad A&\u00adE"));
        List<String> softly = List.of(org.engagementportal.generate.SearchIndex.page("Physio\u00adtherapy at home", "",
                "Our physio\u00adtherapists **visit\u00ad**ing you.", new String[0]).words());
        assertTrue(softly.containsAll(List.of("physiotherapy", "physiotherapist", "home", "visit", "ing")), softly.toString());
        assertTrue(softly.stream().noneMatch(w -> w.equals("physio") || w.startsWith("therap")), softly.toString());
        // Chinese (and Japanese, Thai...) has no spaces between words: each character and each pair side by side.
        assertEquals(List.of("口", "口译", "译", "译员", "员", "gp", "服", "服务", "务"),
                org.engagementportal.generate.SearchIndex.words("口译员。GP服务"));
        // In a page's Markdown, formatting and links inside such a sentence do not break it: a phrase copied from the
        // page is found; and Japanese's long vowel mark is part of its word.
        List<String> words = List.of(org.engagementportal.generate.SearchIndex.page("", "",
                "申请**免费**口译员。请致电[我们的团队](/contact-us/)安排。サービス", new String[0]).words());
        // (folded as accents are, on both sides: ビ is ヒ and its voicing mark)
        assertTrue(words.containsAll(List.of("请免", "费口", "队安", "サー", "ーヒ", "ヒス")), words.toString());
    }

    @Test
    void aNoteForOtherWritersIsNeverInTheIndex() {
        // A note over several lines was indexed word by word: public in the index's files, and found the page.
        List<String> words = List.of(org.engagementportal.generate.SearchIndex.page("", "", "Opening times.\n\n<!--\nInternal note: "
                + "zqxsecret, not until legal signs off\n-->\n\nClosed <!-- on one line --> on Sundays. <!-- never closed\nzqxlater",
                new String[0]).words());
        assertTrue(words.containsAll(List.of("opening", "time", "closed", "sunday")), words.toString());
        assertTrue(words.stream().noneMatch(w -> w.startsWith("zqx") || w.equals("internal") || w.equals("legal") || w.equals("line")),
                words.toString());
    }

    /** A result in a language written right to left says so, so its title and summary are laid out and read as they are written. */
    @Test
    @SuppressWarnings("unchecked")
    void aResultInALanguageWrittenRightToLeftSaysSo() {
        int per = ((Number) json("/search/index.json").get("per_file")).intValue();
        Map<String, List<String>> byAddress = new java.util.HashMap<>();
        int pages = ((Number) json("/search/index.json").get("pages")).intValue();
        for (int file = 0; file * per < pages; file++) {
            List<List<String>> table = new org.openqa.selenium.json.Json().toType(
                    TestSite.read(out.resolve("search/pages/" + file + ".json")), List.class);
            table.forEach(row -> byAddress.put(row.get(1), row));
        }
        List<String> urdu = byAddress.get("/consultations/community-mental-health-hubs/ur/");
        assertEquals(List.of("ur", "rtl"), urdu.subList(5, 7), urdu.toString());
        List<String> polish = byAddress.get("/consultations/community-mental-health-hubs/pl/");
        assertEquals(6, polish.size(), polish.toString());
        assertEquals("pl", polish.get(5));
    }

    @Test
    void aLetterWithManyTitlesIsSplitOverPagesThatListEachOnceInOrder() throws IOException {
        StringBuilder block = new StringBuilder();
        for (int i = 1; i <= 2 * org.engagementportal.render.FindViews.PER_PAGE + 37; i++) {
            block.append(String.format("""
                    -- content/clinic-%03d.md --
                    ---
                    title: Clinic %03d opening times
                    summary: When clinic %03d is open.
                    ---
                    Text.
                    """, i, i, i));
        }
        Path site = dir.resolve("site");
        TextSite.write(site, block.toString()).build(dir.resolve("out"), "2026-11-23T09:00").succeeded();
        java.util.function.Function<String, Document> at = p -> Jsoup.parse(TestSite.read(dir.resolve("out").resolve(p.substring(1) + "index.html")));
        Element c = at.apply("/a-z/").selectFirst("nav.portal-a-z a[href=/a-z/c/]");
        int total = Integer.parseInt(c.selectFirst(".nhsuk-u-visually-hidden").text().replaceAll("\\D", ""));
        assertTrue(total > 2 * org.engagementportal.render.FindViews.PER_PAGE, "the letter's count is of all its titles: " + total);
        int pages = (total + org.engagementportal.render.FindViews.PER_PAGE - 1) / org.engagementportal.render.FindViews.PER_PAGE;
        assertEquals(3, pages);
        List<String> listed = new java.util.ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            String path = n == 1 ? "/a-z/c/" : "/a-z/c/page/" + n + "/";
            Document page = at.apply(path);
            List<Element> entries = page.select("ul.portal-a-z__pages > li > a");
            int from = (n - 1) * org.engagementportal.render.FindViews.PER_PAGE;
            int shown = Math.min(org.engagementportal.render.FindViews.PER_PAGE, total - from);
            assertEquals(shown, entries.size(), path);
            entries.forEach(a -> listed.add(a.text()));
            assertEquals("A to Z: C (Page " + n + " of 3)", page.selectFirst("h1").text(), "the page's place, for a screen reader");
            assertEquals("A to Z: C (page " + n + " of 3) - " + page.title().substring(page.title().indexOf(" - ") + 3), page.title());
            assertEquals("Showing " + (from + 1) + " to " + (from + shown) + " of " + total + " pages.",
                    page.selectFirst("h2 + p").text());
            Element nav = page.selectFirst("nav.nhsuk-pagination");
            assertNotNull(nav, path);
            assertEquals(path, nav.selectFirst("a[aria-current=page]").attr("href"), "the page itself is marked in the pagination");
            assertEquals(n == 1 ? "page" : "true", page.selectFirst("nav.portal-a-z a[href=/a-z/c/]").attr("aria-current"),
                    "the letter's link leads to its first page");
            assertEquals(n > 1, nav.selectFirst("a[rel=prev]") != null, path);
            assertEquals(n < pages, nav.selectFirst("a[rel=next]") != null, path);
        }
        assertFalse(Files.exists(dir.resolve("out/a-z/c/page/4/index.html")), "no empty page after the last");
        assertEquals(total, listed.size());
        assertEquals(total, new java.util.HashSet<>(listed).size(), "each once");
        List<String> keys = listed.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
        assertEquals(keys.stream().sorted().toList(), keys, "in order across the pages");
        String map = TestSite.read(dir.resolve("out/sitemap.xml"));
        assertTrue(map.contains("/a-z/c/page/2/</loc>") && map.contains("/a-z/c/page/3/</loc>"), "every page in the sitemap");
        assertFalse(map.contains("/a-z/c/page/4/"));
        Element other = at.apply("/a-z/").selectFirst("nav.portal-a-z a:not([href=/a-z/c/])");
        assertNotNull(other, "another letter with titles: the site's home page, at least");
        assertTrue(at.apply(other.attr("href")).select("nav.nhsuk-pagination").isEmpty(), "a letter with few titles has one page");
    }

    @Test
    void theAToZPutsNumbersInTitlesInTheOrderOfTheirValueIgnoringCase() {
        TextSite.Built built = TextSite.write(dir.resolve("site"), """
                -- content/papers/gb-10.md --
                ---
                title: Governing Body meeting 10
                summary: Papers.
                ---
                Text.
                -- content/papers/gb-2.md --
                ---
                title: Governing Body meeting 2
                summary: Papers.
                ---
                Text.
                -- content/papers/gb-9.md --
                ---
                title: governing body meeting 9
                summary: Papers.
                ---
                Text.
                -- content/papers/gb-2-again.md --
                ---
                title: Governing Body meeting 2
                summary: The same title at another address.
                ---
                Text.
                -- content/papers/gb-2a.md --
                ---
                title: Governing Body meeting 2a
                summary: Papers.
                ---
                Text.
                -- content/plans/phase-9.md --
                ---
                title: Phase 9
                summary: A phase.
                ---
                Text.
                -- content/plans/phase-10.md --
                ---
                title: Phase 10
                summary: A phase.
                ---
                Text.
                -- content/plans/phase-100.md --
                ---
                title: Phase 0100
                summary: A phase.
                ---
                Text.
                """).build(dir.resolve("out"), "2026-11-23T09:00").succeeded();
        assertEquals(List.of("/papers/gb-2-again/", "/papers/gb-2/", "/papers/gb-2a/", "/papers/gb-9/", "/papers/gb-10/"),
                built.page("/a-z/g/").select("ul.portal-a-z__pages > li > a").eachAttr("href").stream()
                        .filter(h -> h.startsWith("/papers/")).toList(),
                "2 before 9 before 10, whatever the case; the same title twice by address");
        assertEquals(List.of("/plans/phase-9/", "/plans/phase-10/", "/plans/phase-100/"),
                built.page("/a-z/p/").select("ul.portal-a-z__pages > li > a").eachAttr("href").stream()
                        .filter(h -> h.startsWith("/plans/phase")).toList());
    }

    @Test
    void titlesAreComparedWithTheirNumbersAsNumbers() {
        List<String> ordered = List.of("", "0", "1", "001 b", "2", "9", "10", "010 a", "99", "100", "1000000000000000000000",
                "a", "a 2", "a 2a", "a 2b", "a 10", "a1", "meeting 2, 2025", "meeting 2, 2026", "meeting 10", "phase", "phase 9",
                "phase 10", "phase 10.5", "phase 10a", "z");
        java.util.Comparator<String> order = org.engagementportal.site.TitleOrder.KEYS;
        for (int i = 0; i < ordered.size(); i++) {
            for (int j = 0; j < ordered.size(); j++) {
                String a = ordered.get(i);
                String b = ordered.get(j);
                assertEquals(Integer.signum(Integer.compare(i, j)), Integer.signum(order.compare(a, b)), a + " and " + b);
            }
        }
        assertEquals(0, order.compare("phase 010", "phase 10"), "leading zeros aside; the address decides");
        List<String> shuffled = new ArrayList<>(ordered);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        assertEquals(ordered, shuffled.stream().sorted(order).toList());
    }

    @Test
    void aContentFileCannotTakeTheAddressOfTheSearchOrTheAToZ() {
        TextSite.write(dir.resolve("site"), """
                -- content/search/index.md --
                ---
                title: Search
                summary: Our own search.
                ---
                Text.
                -- content/a-z.md --
                ---
                title: A to Z
                summary: Our own list.
                ---
                Text.
                """).build(dir.resolve("out"), "2026-11-23T09:00")
                .failedWith("content/search/index.md", "search page and its index", "content/a-z.md");
    }
}
