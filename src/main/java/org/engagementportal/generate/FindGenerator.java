package org.engagementportal.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.publish.Origin;
import org.engagementportal.publish.Output;
import org.engagementportal.render.CardView;
import org.engagementportal.render.CardViews;
import org.engagementportal.render.FindViews;
import org.engagementportal.render.LayoutViews;
import org.engagementportal.site.Published;
import org.engagementportal.source.Json;
import org.engagementportal.source.Parallel;

/**
 * What helps people find a page: the A to Z ({@code /a-z/} and a page per letter, {@code /a-z/b/}), the search page
 * ({@code /search/}) and its index ({@code /search/index.json}, {@code /search/words/<first letters>.json},
 * {@code /search/pages/<n>.json}).
 *
 * <p>The index is split so that a search loads little whatever the size of the site: the list of word files and
 * each page's type ({@code index.json}), for each word searched for the file of the words starting with its first
 * letters ({@link SearchIndex#shards}), and the files of the pages it shows ({@value #PAGES_PER_FILE} pages each). The pages are numbered in A to Z order, so results with
 * equal scores come in title order.
 *
 * <p>The A to Z and search pages are reused when nothing they show has changed (their key is made of the site's
 * structure, their template and every page's address, title, type and language); the index files, as a set, when no
 * page's face or text has changed. Otherwise they are made again from text the build already holds, in one pass
 * over the pages.
 */
public final class FindGenerator implements Generator {
    /** Pages per file of the page table: small, as the ten results shown are anywhere in it. */
    static final int PAGES_PER_FILE = 20;
    public static final String INDEX = LayoutViews.SEARCH_PATH + "index.json";

    @Override
    public String name() {
        return "A to Z and search";
    }

    /** How many pages it makes: the A to Z, the pages of its letters that have titles, and the search page. */
    public static int pages(org.engagementportal.site.Site site) {
        return 2 + FindViews.letterPages(site.published()).size();
    }

    /**
     * The search index alone, after a save that changed only the text of pages ({@code portal serve}): the A to Z and
     * the search page show addresses, titles and types, which are as they were.
     */
    public static void generateIndex(BuildContext ctx, Output out) {
        List<Published.Entry> entries = ctx.site().published();
        index(ctx, out, searched(ctx.site(), entries), kinds(entries));
    }

    /** The types whose names are not searched for as a page's word: "page", "list of pages", "information". */
    private static final java.util.Set<String> NAMELESS = java.util.Set.of("page", "list", "statement");

    /**
     * The pages search finds: every page on the A to Z but a type's list narrowed to one topic or area ("Consultations
     * about dentistry"). Half the example's index was such lists, and a search for "consultation" gave sixteen of them
     * before the first consultation; each is a filter of its type's list, and the topic's or area's own page, which links
     * them, is found. A list narrowed to a group of people ("Engagement that reached people who are homeless") is kept:
     * groups have no page of their own.
     */
    static List<Published.Entry> searched(org.engagementportal.site.Site site, List<Published.Entry> entries) {
        return entries.stream().filter(e -> e.page().isPresent()
                || site.listing(e.path()).filter(org.engagementportal.site.Listing::narrowedToATopicOrArea).isEmpty()).toList();
    }

    @Override
    public void generate(BuildContext ctx, Output out) {
        SiteConfig config = ctx.site().config();
        List<Published.Entry> entries = ctx.site().published();
        Map<String, List<Published.Entry>> byLetter = new LinkedHashMap<>();
        Published.LETTERS.forEach(l -> byLetter.put(l, new ArrayList<>()));
        entries.forEach(e -> byLetter.get(e.letter()).add(e));
        FindViews views = new FindViews(config, ctx.layouts());
        Origin origin = out.defaultOrigin();

        String azTemplate = ctx.templates().templateFor("az");
        OutputKeys.Quick listed = new OutputKeys.Quick();
        entries.forEach(e -> listed.add(e.path()).add(e.title()).add(e.kind()).add(e.lang().orElse("")));
        String listedHex = listed.hex(); // (a digest gives its value once)
        String azKey = ctx.keys().ofStructure("a to z", List.of(azTemplate), listedHex);
        List<String> kinds = kinds(entries);
        String searchTemplate = ctx.templates().templateFor("search");
        String searchKey = ctx.keys().ofStructure("search", List.of(searchTemplate), listedHex + kinds);
        // The A to Z's pages (a letter with many titles is a long page) and the search page, on the build's threads.
        List<Runnable> pages = new ArrayList<>();
        pages.add(() -> ctx.reuse().write(out, LayoutViews.AZ_PATH + "index.html", azKey, origin, () -> {
            var view = views.az(null, byLetter, entries.size());
            return ctx.page(azTemplate, LayoutViews.AZ_PATH, Map.of("az", view, "layout", view.layout()));
        }));
        for (FindViews.LetterPage page : FindViews.letterPages(entries)) {
            pages.add(() -> ctx.reuse().write(out, page.path() + "index.html", azKey, origin, () -> {
                var view = views.az(page.letter(), page.n(), byLetter, entries.size());
                return ctx.page(azTemplate, page.path(), Map.of("az", view, "layout", view.layout()));
            }));
        }
        pages.add(() -> ctx.reuse().write(out, LayoutViews.SEARCH_PATH + "index.html", searchKey, origin, () -> {
            var view = views.search(kinds, byLetter);
            return ctx.page(searchTemplate, LayoutViews.SEARCH_PATH, Map.of("search", view, "layout", view.layout()));
        }));
        Parallel.forEach(pages, Runnable::run);
        index(ctx, out, searched(ctx.site(), entries), kinds);
    }

    /**
     * The key of what the index is made from, and the index made ahead ({@link #start}): null when the last build
     * made it from the same, as its files are then likely to be reused rather than made.
     */
    private record Ahead(String key, SearchPages.Made made) {
    }

    private static final String AHEAD = "search index";

    /**
     * In a build, works out the key of what the index is made from (every page's face and text), and unless the last
     * build made the index from the same, counts the pages' words and makes it, while the generators before this one
     * work: a single thread's work of a few tenths of a second at 10,000 pages, which a core otherwise idle during
     * their own single-threaded parts then does. It writes nothing but the index kept for the next build, and
     * reports nothing. Not on a site so large that its pages' texts are kept in their files (see content/Body): there
     * memory is what counts, and the index made in its turn is not held while the pages are made (at 100,000 pages,
     * made ahead, it took the build's peak memory from under 1 GiB to over).
     */
    @Override
    public void start(BuildContext ctx) {
        SearchPages memo = ctx.keys().memo().search();
        if (memo.lasting() || ctx.site().pages().stream().anyMatch(p -> p.document().body().inFile())) {
            return;
        }
        ctx.started().put(AHEAD, java.util.concurrent.ForkJoinTask.adapt(() -> {
            List<Published.Entry> all = ctx.site().published();
            List<Published.Entry> entries = searched(ctx.site(), all);
            String key = inputsKey(ctx, entries, kinds(all));
            return new Ahead(key, ctx.reuse().wasMade(INDEX, key) ? null : count(ctx, entries, memo));
        }).fork());
    }

    /** Counts the words of the pages not counted in the last build, and makes the index ({@link SearchPages}). */
    private static SearchPages.Made count(BuildContext ctx, List<Published.Entry> entries, SearchPages memo) {
        CardViews cards = new CardViews(ctx.site(), ctx.documents());
        try (SearchCounts.Reader before = memo.lasting() ? SearchCounts.Reader.NONE : ctx.reuse().countedBefore()) {
            return memo.index(entries, new SearchPages.Counter() {
            @Override
            public String[] row(Published.Entry e) {
                return FindGenerator.row(ctx, cards, e);
            }

            @Override
            public String key(Published.Entry e, String[] row) {
                return new OutputKeys.Quick().add(e.title()).add(e.kind()).add(row[4]).add(e.page().map(p -> ctx.keys().bodyOf(p))
                        .orElse("-")).hex();
            }

            @Override
            public Object config() {
                return ctx.site().config();
            }

            @Override
            public Object now() {
                return ctx.site().now();
            }

            @Override
            public SearchIndex.Page count(Published.Entry e, String[] row) {
                return SearchIndex.page(e.title(), NAMELESS.contains(e.kind()) ? "" : FindViews.kind(e.kind()), row[4],
                        e.page().map(p -> p.document().body().markdown()).orElse(""), row);
            }
            }, before, memo.lasting() ? SearchCounts.Writer.NONE : ctx.reuse().countingNow());
        }
    }

    /**
     * The search index: the words of every page, and the table of pages the results show. In a build, when no page's
     * face or text has changed (an edit to a page's template, say), nothing the files are made from has: the previous
     * build's files are reused, as a set, without counting a word ({@link #inputsKey}). Otherwise the index is made
     * ({@link SearchPages}; in {@code portal serve}, which keeps it between saves, changed only for the pages that
     * changed) and each file is written only if what it holds changed, by its own key: a digest of its words and
     * their pages, of its rows, or of the list of files.
     */
    private static void index(BuildContext ctx, Output out, List<Published.Entry> entries, List<String> kinds) {
        Origin origin = out.defaultOrigin();
        java.util.Set<String> reused = new java.util.HashSet<>();
        SearchPages memo = ctx.keys().memo().search();
        java.util.concurrent.ForkJoinTask<?> started = ctx.started().remove(AHEAD);
        Ahead ahead = started == null ? null : (Ahead) started.join();
        // Kept between builds, the memo finds what changed itself, more quickly than the key of everything would.
        String key = memo.lasting() ? null : ahead != null ? ahead.key() : inputsKey(ctx, entries, kinds);
        if (key != null && ctx.reuse().reused(out, INDEX, key, origin)) {
            reused.add(INDEX);
            boolean all = true;
            for (String folder : List.of(WORDS, PAGES)) {
                for (var made : ctx.reuse().madeBefore(folder).entrySet()) {
                    if (ctx.reuse().reused(out, made.getKey(), made.getValue(), origin)) {
                        reused.add(made.getKey());
                    } else {
                        all = false;
                    }
                }
            }
            if (all) {
                return;
            }
        }
        SearchPages.Made made = ahead != null && ahead.made() != null ? ahead.made() : count(ctx, entries, memo);
        SortedMap<String, SearchIndex.Shard> shards = made.shards();
        List<String[]> table = made.rows();
        // Each page's type, as its number in "types" in base 36, one character a page: for the filter by type.
        StringBuilder types = new StringBuilder(entries.size());
        entries.forEach(e -> types.append(Character.forDigit(kinds.indexOf(e.kind()), 36)));
        // The version of the whole index, in index.json: the script asks for every other file with it, so the files of
        // two builds (whose pages are numbered differently) are never mixed, from a browser's or a CDN's copies.
        OutputKeys.Quick whole = new OutputKeys.Quick().add("search files").add(String.join(",", kinds)).add(types.toString());
        shards.forEach((name, shard) -> whole.add(name).add(shard.digest()));
        made.rowKeys().forEach(whole::add);
        String version = whole.hex().substring(0, 16);
        // The key of what index.json holds: the key of everything the index is made from, of which its version is made too
        // (so the previous build's index.json is still reused when nothing changed); in the preview, its version and size.
        if (key == null) {
            key = new OutputKeys.Quick().add("search index").add(version).add(Integer.toString(entries.size())).hex();
        }
        if (!reused.contains(INDEX)) {
            ctx.reuse().write(out, INDEX, key, origin, () -> Json.tight(g -> {
                g.writeStartObject();
                g.writeStringField("version", version);
                g.writeNumberField("pages", entries.size());
                g.writeNumberField("per_file", PAGES_PER_FILE);
                g.writeArrayFieldStart("types");
                for (String k : kinds) {
                    g.writeStartArray();
                    g.writeString(k);
                    g.writeString(FindViews.kind(k));
                    g.writeString(FindViews.kinds(k));
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeStringField("kinds", types.toString());
                g.writeArrayFieldStart("words");
                for (String shard : shards.keySet()) {
                    g.writeString(shard);
                }
                g.writeEndArray();
                g.writeEndObject();
            }));
        }
        Parallel.forEach(shards.entrySet(), entry -> {
            String path = WORDS + SearchIndex.fileName(entry.getKey()) + ".json";
            if (!reused.contains(path)) {
                ctx.reuse().write(out, path, "search words " + entry.getValue().digest(), origin,
                        () -> shard(entry.getValue().words()));
            }
        });
        List<Integer> files = new ArrayList<>();
        for (int from = 0; from < table.size(); from += PAGES_PER_FILE) {
            files.add(from);
        }
        Parallel.forEach(files, from -> {
            List<String[]> part = table.subList(from, Math.min(from + PAGES_PER_FILE, table.size()));
            String path = PAGES + (from / PAGES_PER_FILE) + ".json";
            if (reused.contains(path)) {
                return;
            }
            ctx.reuse().write(out, path, made.rowKeys().get(from / PAGES_PER_FILE), origin, () -> Json.tight(g -> {
                g.writeStartArray();
                for (String[] row : part) {
                    g.writeStartArray();
                    for (String cell : row) {
                        g.writeString(cell);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            }));
        });
    }

    /**
     * The key of everything the index is made from: every page's face (its title, summary, type and state on this
     * day), every page's text, every address and title on the A to Z, the types, and every listing's summary.
     */
    private static String inputsKey(BuildContext ctx, List<Published.Entry> entries, List<String> kinds) {
        // Every page's face worked out on the build's threads first: the digests below take them one by one, in order.
        ctx.site().pages().parallelStream().forEach(ctx.keys()::face);
        OutputKeys.Quick texts = new OutputKeys.Quick();
        entries.forEach(e -> {
            texts.add(e.path()).add(e.title()).add(e.kind()).add(e.lang().orElse(""));
            if (e.page().isPresent()) {
                texts.add(ctx.keys().bodyOf(e.page().get()));
            } else {
                // A listing's summary, which its introduction gives (not a page, so not among the faces) or the type's own.
                texts.add(ctx.site().listing(e.path()).map(l -> l.summary()).orElse(""));
            }
        });
        return new OutputKeys.Digest().add(ctx.keys().everyFace("search index", List.of())).add(texts.hex())
                .add(String.join(",", kinds)).hex();
    }

    private static final String WORDS = LayoutViews.SEARCH_PATH + "words/";

    /** The types of the pages, in the order the search page's filter shows them. */
    private static List<String> kinds(List<Published.Entry> entries) {
        TreeSet<String> ids = new TreeSet<>();
        entries.forEach(e -> ids.add(e.kind()));
        return FindViews.kindsInOrder(ids);
    }

    /** Whether a file is one of the search index's, all of which {@link #generateIndex} makes or reuses. */
    public static boolean indexFile(String sitePath) {
        return sitePath.equals(INDEX) || sitePath.startsWith(WORDS) || sitePath.startsWith(PAGES);
    }
    private static final String PAGES = LayoutViews.SEARCH_PATH + "pages/";

    /** What the results show of a page: title, address, type, status, summary, language. */
    private static String[] row(BuildContext ctx, CardViews cards, Published.Entry e) {
        String summary;
        String status = "";
        if (e.page().isPresent()) {
            summary = e.page().get().document().meta().summary();
            CardView card = cards.card(e.page().get());
            status = card.tag() == null ? "" : card.tag().text();
        } else {
            summary = ctx.site().listing(e.path()).map(l -> l.summary()).orElse("");
        }
        String lang = e.lang().orElse("");
        String[] row = {e.title(), ctx.site().config().link(e.path()), e.kind(), status, summary, lang};
        // A seventh cell, "rtl", only for a language written right to left: the script sets the title's and summary's dir.
        if (!lang.isEmpty() && org.engagementportal.source.Languages.rightToLeft(lang)) {
            row = java.util.Arrays.copyOf(row, 7);
            row[6] = "rtl";
        }
        return row;
    }

    private static byte[] shard(SortedMap<String, int[]> words) {
        return Json.tight(g -> {
            g.writeStartObject();
            for (var w : words.entrySet()) {
                g.writeArrayFieldStart(w.getKey());
                for (int n : w.getValue()) {
                    g.writeNumber(n);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        });
    }

}
