package org.engagementportal.generate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.engagementportal.content.Document;
import org.engagementportal.site.Published;

/**
 * The search index's pages, counted, and the index made of them. A build makes the index from the one the last
 * build kept, changed for the pages that changed ({@link SearchCounts}), or, with none kept, from every page; kept
 * between the builds of one process ({@code portal serve}, {@link OutputKeys.Memo}), it counts again only
 * the pages whose document (the very same object, as the memo shares the documents of unchanged files) or whose
 * row of results (title, address, type, status, summary, language) changed, and when the same pages are there in
 * the same order, changes the index in place for those pages alone, so a save in the preview costs what the saved
 * page's words cost.
 *
 * <p>What it holds is made only of what it is given, never of what was published: a build that fails leaves it
 * describing the content it was given, which is what the next build compares with.
 */
final class SearchPages {
    /** One page as counted: the document it was counted from (null for a listing), its row and its words. */
    private record Counted(Document document, SearchIndex.Page page) {
    }

    /** Pages counted in parallel before they are added to the index, when they are not kept. */
    private static final int COUNTED_AT_ONCE = 256;

    private final boolean lasting;
    private List<String> paths = List.of();
    private Map<String, Counted> counted = new HashMap<>();
    private SearchIndex index;
    private List<String> rowKeys;

    /** @param lasting whether it is kept for later builds (otherwise pages are not kept once in the index) */
    SearchPages(boolean lasting) {
        this.lasting = lasting;
    }

    /**
     * Each content page's row as last worked out, with what it was worked out from: the document, and the site's
     * settings and clock (the very same objects: a {@linkplain org.engagementportal.site.Site#withTexts site whose
     * pages' texts changed} shares them with the one before, a site assembled again has new ones).
     */
    private record Row(Document document, Object config, Object now, String[] cells) {
    }

    private Map<String, Row> rows = new HashMap<>();

    /** How a page is counted: its row of results, and its words ({@link SearchIndex#page}). */
    interface Counter {
        String[] row(Published.Entry e);

        /** What a page's words are counted from, as a key: its title, its summary and its text. */
        String key(Published.Entry e, String[] row);

        /** What a content page's row is worked out from besides its document: the site's settings, and its clock. */
        Object config();

        Object now();

        SearchIndex.Page count(Published.Entry e, String[] row);
    }

    /**
     * The index of these pages, numbered in this order, as its files' shards; each page's row of results; and for
     * each file of rows ({@value FindGenerator#PAGES_PER_FILE} rows), a digest of them.
     */
    record Made(java.util.SortedMap<String, SearchIndex.Shard> shards, List<String[]> rows, List<String> rowKeys) {
    }

    /** Whether it is kept for later builds. */
    boolean lasting() {
        return lasting;
    }

    /** The digests of the rows, each file's, those of files without a changed row as they were. */
    private static List<String> rowKeys(List<String[]> rows, List<String> before, java.util.function.IntPredicate changed) {
        int files = (rows.size() + FindGenerator.PAGES_PER_FILE - 1) / FindGenerator.PAGES_PER_FILE;
        String[] keys = new String[files];
        IntStream.range(0, files).parallel().forEach(f -> {
            int from = f * FindGenerator.PAGES_PER_FILE;
            int to = Math.min(from + FindGenerator.PAGES_PER_FILE, rows.size());
            if (before != null && f < before.size() && IntStream.range(from, to).noneMatch(changed)) {
                keys[f] = before.get(f);
                return;
            }
            OutputKeys.Quick q = new OutputKeys.Quick().add("search pages");
            for (int i = from; i < to; i++) {
                for (String cell : rows.get(i)) {
                    q.add(cell);
                }
            }
            keys[f] = q.hex();
        });
        return List.of(keys);
    }

    /**
     * A build's index (not {@link #lasting()}): the index the last build kept, changed for the pages whose key changed
     * and those added or gone ({@link SearchIndex#update}); or, with none kept or more than {@value #COUNTED_AT_ONCE}
     * pages to count, made of every page counted, a few hundred at a time. Kept for the next build either way.
     */
    private static Made made(List<Published.Entry> entries, List<String[]> rows, Counter counter, SearchCounts.Reader earlier,
                             SearchCounts.Writer after) {
        int n = entries.size();
        String[] paths = new String[n];
        String[] keys = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            paths[i] = entries.get(i).path();
            keys[i] = counter.key(entries.get(i), rows.get(i));
        });
        java.util.Optional<SearchCounts.Kept> kept = earlier.read();
        SearchIndex index = null;
        if (kept.isPresent()) {
            // Page j of the kept index is page number[j] now when it has the same address and key; otherwise it is
            // gone or changed, and the pages not found so are counted and added.
            Map<String, Integer> was = new HashMap<>(kept.get().paths().size() * 2);
            for (int j = 0; j < kept.get().paths().size(); j++) {
                was.put(kept.get().paths().get(j), j);
            }
            int[] number = new int[kept.get().paths().size()];
            Arrays.fill(number, -1);
            int[] counted = IntStream.range(0, n).filter(i -> {
                Integer j = was.remove(paths[i]); // taken once: a second page at the same address is counted
                if (j != null && kept.get().keys().get(j).equals(keys[i])) {
                    number[j] = i;
                    return false;
                }
                return true;
            }).toArray();
            // Added at once, so held at once: past a few hundred pages (a change to most pages), made afresh instead.
            if (counted.length > COUNTED_AT_ONCE) {
                kept.get().discard();
            }
            java.util.Optional<SearchIndex> before = kept.get().index();
            if (before.isPresent()) {
                SearchIndex.Page[] pages = new SearchIndex.Page[counted.length];
                IntStream.range(0, counted.length).parallel().forEach(k -> pages[k] = counter.count(entries.get(counted[k]), rows.get(counted[k])));
                index = before.get();
                index.update(number, counted, pages);
            }
        }
        if (index == null) {
            index = new SearchIndex();
            for (int from = 0; from < n; from += COUNTED_AT_ONCE) { // counted in parallel, not every page's words held at once
                int start = from;
                SearchIndex.Page[] pages = new SearchIndex.Page[Math.min(from + COUNTED_AT_ONCE, n) - start];
                IntStream.range(0, pages.length).parallel().forEach(k -> pages[k] = counter.count(entries.get(start + k), rows.get(start + k)));
                for (int k = 0; k < pages.length; k++) {
                    index.add(start + k, pages[k]);
                }
            }
        }
        java.util.SortedMap<String, SearchIndex.Shard> shards = index.shards();
        after.write(Arrays.asList(paths), Arrays.asList(keys), index);
        return new Made(shards, rows, rowKeys(rows, null, i -> true));
    }

    /**
     * @param earlier the index the previous build kept (a build's, not {@link #lasting()})
     * @param after  where to keep this build's index, for the next build
     */
    synchronized Made index(List<Published.Entry> entries, Counter counter, SearchCounts.Reader earlier, SearchCounts.Writer after) {
        Object config = counter.config();
        Object clock = counter.now();
        Map<String, Row> known = this.rows;
        List<String[]> rows = Arrays.asList(entries.parallelStream().map(e -> {
            Document d = e.page().map(p -> p.document()).orElse(null);
            Row r = d == null ? null : known.get(e.path());
            return r != null && r.document() == d && r.config() == config && r.now() == clock ? r.cells() : counter.row(e);
        }).toArray(String[][]::new));
        if (lasting) {
            Map<String, Row> kept = new HashMap<>(entries.size() * 2);
            for (int i = 0; i < entries.size(); i++) {
                Published.Entry e = entries.get(i);
                if (e.page().isPresent()) {
                    kept.put(e.path(), new Row(e.page().get().document(), config, clock, rows.get(i)));
                }
            }
            this.rows = kept;
        }
        if (!lasting) {
            return made(entries, rows, counter, earlier, after);
        }
        List<String> now = entries.stream().map(Published.Entry::path).toList();
        SearchIndex.Page[] pages = new SearchIndex.Page[entries.size()];
        boolean[] recount = new boolean[entries.size()];
        for (int i = 0; i < pages.length; i++) {
            Published.Entry e = entries.get(i);
            Counted c = counted.get(e.path());
            if (c != null && c.document() == e.page().map(p -> p.document()).orElse(null) && Arrays.equals(c.page().row(), rows.get(i))) {
                pages[i] = c.page();
            } else {
                recount[i] = true;
            }
        }
        IntStream.range(0, pages.length).parallel().filter(i -> recount[i])
                .forEach(i -> pages[i] = counter.count(entries.get(i), rows.get(i)));
        SearchIndex before = index;
        index = null; // until it is whole again: a failure half way makes the next build start afresh
        boolean samePages = before != null && now.equals(paths);
        List<String> keys = rowKeys(rows, samePages ? rowKeys : null, i -> recount[i]);
        if (samePages) {
            for (int i = 0; i < pages.length; i++) {
                SearchIndex.Page old = counted.get(now.get(i)).page();
                if (old != pages[i]) {
                    before.replace(i, old, pages[i]);
                }
            }
        } else {
            before = new SearchIndex();
            for (int i = 0; i < pages.length; i++) {
                before.add(i, pages[i]);
            }
        }
        Map<String, Counted> kept = new HashMap<>(pages.length * 2);
        for (int i = 0; i < pages.length; i++) {
            Published.Entry e = entries.get(i);
            kept.put(e.path(), new Counted(e.page().map(p -> p.document()).orElse(null), pages[i]));
        }
        counted = kept;
        paths = now;
        java.util.SortedMap<String, SearchIndex.Shard> shards = before.shards();
        index = before;
        rowKeys = keys;
        return new Made(shards, rows, keys);
    }
}
