package org.engagementportal.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every published page people can land on, with its title: each content page and version of one, the first page
 * of every listing, and the "you said, we did" pages (the pages of the sitemap). The A to Z lists them by title,
 * split by the letter each title starts with; search indexes them.
 */
public final class Published {

    /**
     * One page.
     *
     * @param page the content page, if it is one (a listing or yearly page is not)
     * @param lang the language of the title when it is not the site's (a translation), else empty
     * @param dir  "rtl" for a title in a language written right to left, else "ltr"
     */
    public record Entry(String path, String title, String kind, Optional<SitePage> page, Optional<String> lang, String dir,
                        String letter) {
        Entry(String path, String title, String kind, Optional<SitePage> page, Optional<String> lang, String dir) {
            this(path, title, kind, page, lang, dir, null);
        }

        /** The same entry for this page at its address (its text changed). */
        Entry withPage(SitePage p) {
            return new Entry(path, title, kind, Optional.of(p), lang, dir, letter);
        }

        /** Which section of the A to Z it is in: "a" to "z", "0-9" for a title starting with a digit, else "other". */
        @Override
        public String letter() {
            return letter != null ? letter : Published.letter(title);
        }
    }

    /** The sections of the A to Z, in order. */
    public static final List<String> LETTERS;

    static {
        List<String> l = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            l.add(String.valueOf(c));
        }
        l.add("0-9");
        l.add("other");
        LETTERS = List.copyOf(l);
    }


    private Published() {
    }

    /**
     * Every published page, in A to Z order (by title as read, ignoring case, accents and leading marks, numbers by their
     * value: {@link TitleOrder}; then address).
     */
    public static List<Entry> of(Site site) {
        TreeMap<String, Entry> byPath = new TreeMap<>();
        String siteLanguage = site.config().language();
        for (SitePage p : site.pages()) {
            var v = p.document().variant();
            Optional<String> lang = v.language().filter(l -> !l.equals(siteLanguage));
            byPath.put(p.path(), new Entry(p.path(), p.title(), p.document().kind().id(), Optional.of(p), lang,
                    v.rightToLeft() ? "rtl" : "ltr"));
        }
        for (Listing l : site.listings()) {
            byPath.putIfAbsent(l.path(), new Entry(l.path(), l.title(), "list", Optional.empty(), Optional.empty(), "ltr"));
        }
        YouSaidWeDid report = site.youSaidWeDid();
        if (!report.isEmpty()) {
            byPath.putIfAbsent(YouSaidWeDid.ROOT, new Entry(YouSaidWeDid.ROOT, "You said, we did", "list", Optional.empty(),
                    Optional.empty(), "ltr"));
            for (YouSaidWeDid.Year y : report.years()) {
                byPath.putIfAbsent(y.path(), new Entry(y.path(), "You said, we did: " + y.label(), "list", Optional.empty(),
                        Optional.empty(), "ltr"));
            }
        }
        // Each title's sort key worked out once, not at every comparison.
        record Keyed(String key, Entry entry) {
        }
        List<Keyed> all = new ArrayList<>(byPath.size());
        byPath.values().forEach(e -> all.add(new Keyed(sortKey(e.title()), e)));
        all.sort(Comparator.comparing(Keyed::key, TitleOrder.KEYS).thenComparing(k -> k.entry().path()));
        // Each entry's letter from the key worked out for sorting (the A to Z, its search page and the sitemap ask for it).
        return all.stream().map(k -> {
            Entry e = k.entry();
            return new Entry(e.path(), e.title(), e.kind(), e.page(), e.lang(), e.dir(), letterOf(k.key()));
        }).toList();
    }

    /** The title as it is sorted: without accents, leading quotes and marks, in lower case. */
    public static String sortKey(String title) {
        boolean ascii = true;
        for (int i = 0; i < title.length() && ascii; i++) {
            ascii = title.charAt(i) < 128;
        }
        String plain = ascii ? title.toLowerCase(Locale.ROOT)
                : org.engagementportal.source.Folding.plain(title);
        int i = 0;
        while (i < plain.length() && !Character.isLetterOrDigit(plain.charAt(i))) {
            i++;
        }
        return plain.substring(i);
    }

    static String letter(String title) {
        return letterOf(sortKey(title));
    }

    /** The section of the A to Z of a title whose sort key is {@code key}. */
    private static String letterOf(String key) {
        if (key.isEmpty()) {
            return "other";
        }
        char c = key.charAt(0);
        if (c >= 'a' && c <= 'z') {
            return String.valueOf(c);
        }
        return Character.isDigit(c) ? "0-9" : "other";
    }
}
