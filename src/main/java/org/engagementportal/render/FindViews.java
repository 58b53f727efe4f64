package org.engagementportal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.content.Variant;
import org.engagementportal.site.Published;

/**
 * The views of the pages that help people find things: the A to Z of every page by title, one page per letter,
 * and the search page.
 */
public final class FindViews {
    /** What each type of page is called in the A to Z and in search results. */
    private static final Map<String, String> KINDS = kinds();

    private static Map<String, String> kinds() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("consultation", "Consultation");
        k.put("event", "Event");
        k.put("meeting", "Meeting");
        k.put("engagement", "Engagement");
        k.put("bulletin", "Bulletin");
        k.put("statement", "Information");
        k.put("page", "Page");
        k.put("list", "List of pages");
        return java.util.Collections.unmodifiableMap(k);
    }

    private final SiteConfig config;
    private final LayoutViews layouts;

    public FindViews(SiteConfig config, LayoutViews layouts) {
        this.config = config;
        this.layouts = layouts;
    }

    /** "Consultation" for "consultation"; a type the portal does not know by its id. */
    public static String kind(String id) {
        return KINDS.getOrDefault(id, id.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + id.substring(1));
    }

    /**
     * The type in a sentence, of several: "3 results for “dentistry” in consultations" (the search script added an s
     * to the name, which read "in informations" and "in list of pagess").
     */
    public static String kinds(String id) {
        return switch (id) {
            case "engagement" -> "engagement";
            case "statement" -> "information";
            case "list" -> "lists of pages";
            default -> plural(kind(id).toLowerCase(java.util.Locale.ROOT));
        };
    }

    /** An English noun's plural, for a type added later: "policies", "news", "buses", "surveys". */
    static String plural(String noun) {
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun.endsWith("news") ? noun : noun + "es";
        }
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    /** The A to Z page of a letter ("a", "0-9", "other"): its address. */
    public static String azPath(String letter) {
        return LayoutViews.AZ_PATH + letter + "/";
    }

    /**
     * The most pages one page of the A to Z lists. A letter with more is split over several pages, numbered as a
     * listing's are, so no page is huge: at 10,000 pages "C" alone has nearly 2,000 titles, a page of
     * over 350 KB and as many links for a screen reader to wade through.
     */
    public static final int PER_PAGE = 200;

    /** How many pages of the A to Z a letter with {@code entries} titles takes. */
    public static int pagesFor(int entries) {
        return org.engagementportal.site.Listing.pageCount(entries, PER_PAGE);
    }

    /** Page {@code n} (from 1) of a letter of the A to Z: "/a-z/c/", then "/a-z/c/page/2/". */
    public static String azPath(String letter, int n) {
        return org.engagementportal.site.Listing.pagePath(azPath(letter), n);
    }

    /** One page of a letter of the A to Z: the letter, which page (from 1), and its address. */
    public record LetterPage(String letter, int n, String path) {
    }

    /** Every page of the A to Z's letters that have titles among {@code entries}, in the A to Z's order. */
    public static List<LetterPage> letterPages(List<Published.Entry> entries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Published.LETTERS.forEach(l -> counts.put(l, 0));
        entries.forEach(e -> counts.merge(e.letter(), 1, Integer::sum));
        List<LetterPage> pages = new ArrayList<>();
        counts.forEach((letter, count) -> {
            for (int n = 1; count > 0 && n <= pagesFor(count); n++) {
                pages.add(new LetterPage(letter, n, azPath(letter, n)));
            }
        });
        return pages;
    }

    /** How a letter's section is named: "A", "0 to 9", "Other". */
    public static String letterName(String letter) {
        return switch (letter) {
            case "0-9" -> "0 to 9";
            case "other" -> "Other";
            default -> letter.toUpperCase(java.util.Locale.ROOT);
        };
    }

    /**
     * A letter in the A to Z's navigation: a link, or only its name when no title starts with it.
     *
     * @param pages how many pages it lists, in words: "1 page", "12 pages"
     */
    public record LetterView(String name, String href, boolean current, int count, String pages) {
    }

    /** A page in the A to Z: its title (in its own language) and what kind of page it is. */
    public record EntryView(String href, String title, String lang, String dir, String kind) {
    }

    /**
     * The A to Z, or one page of a letter of it.
     *
     * @param letter     the letter shown ("A"), or null on /a-z/, which lists the letters only
     * @param shown      of a letter split over several pages, which of its titles this page lists, "201 to 400 of
     *                   1,871"; null when one page lists them all
     * @param pagination of a letter split over several pages, the links to them; null otherwise
     * @param firstPage  whether this is the letter's first page, the one its link in the letters leads to (so that link
     *                   is marked as the page itself; on a later page, as the part of the A to Z it is in)
     */
    public record AzView(LayoutView layout, String title, String letter, List<LetterView> letters, List<EntryView> entries,
                         int total, String shown, ListingView.PaginationView pagination, boolean firstPage) {
    }

    /** The A to Z's front page, or the first page of {@code letter}. */
    public AzView az(String letter, Map<String, List<Published.Entry>> byLetter, int total) {
        return az(letter, 1, byLetter, total);
    }

    /** Page {@code n} of {@code letter} of the A to Z, or its front page when {@code letter} is null. */
    public AzView az(String letter, int n, Map<String, List<Published.Entry>> byLetter, int total) {
        List<Published.Entry> all = letter == null ? List.of() : byLetter.getOrDefault(letter, List.of());
        int pages = pagesFor(all.size());
        String path = letter == null ? LayoutViews.AZ_PATH : azPath(letter, n);
        String title = letter == null ? "A to Z" : "A to Z: " + letterName(letter);
        String summary = letter == null ? "Every page on this website by its title, from A to Z."
                : "The pages on this website whose titles start with " + letterName(letter) + ".";
        LayoutView layout = layouts.layout(pages > 1 ? title + " (page " + n + " of " + pages + ")" : title, summary, path,
                config.language(), "ltr", List.of(), null);
        List<LetterView> letters = new ArrayList<>();
        for (String l : Published.LETTERS) {
            int count = byLetter.getOrDefault(l, List.of()).size();
            letters.add(new LetterView(letterName(l), count == 0 ? null : config.link(azPath(l)), l.equals(letter), count,
                    Plural.of(count, "page", "pages")));
        }
        int from = Math.min((n - 1) * PER_PAGE, all.size());
        int to = Math.min(from + PER_PAGE, all.size());
        List<EntryView> entries = all.subList(from, to).stream().map(this::entry).toList();
        String shown = pages > 1 ? String.format(java.util.Locale.UK, "%,d to %,d of %,d", from + 1, to, all.size()) : null;
        return new AzView(layout, title, letter == null ? null : letterName(letter), letters, entries, total, shown,
                letter == null ? null : ListingViews.pagination(config, i -> azPath(letter, i), n, pages), n <= 1);
    }

    private EntryView entry(Published.Entry e) {
        String kind = kind(e.kind());
        Variant v = e.page().map(p -> p.document().variant()).orElse(Variant.ORIGINAL);
        if (v.kind() == Variant.Kind.EASY_READ) {
            kind += ", easy read";
        }
        return new EntryView(config.link(e.path()), e.title(), e.lang().orElse(null), e.dir(), kind);
    }

    /** The search page: its form's choice of types, and the A to Z's letters for when search cannot run. */
    public record SearchView(LayoutView layout, List<Link> types, List<LetterView> letters, String azHref) {
    }

    /** @param kinds the ids of the types of the pages searched, in the order they are offered */
    public SearchView search(List<String> kinds, Map<String, List<Published.Entry>> byLetter) {
        LayoutView layout = layouts.layout("Search", "Search every page on this website.", LayoutViews.SEARCH_PATH,
                config.language(), "ltr", List.of(), null);
        List<Link> types = kinds.stream().map(k -> Link.of(k, kind(k))).toList();
        return new SearchView(layout, types, az(null, byLetter, 0).letters(), config.link(LayoutViews.AZ_PATH));
    }

    /** The ids of the types in {@code present}, in the order the portal names them, then any others by id. */
    public static List<String> kindsInOrder(java.util.Collection<String> present) {
        List<String> out = new ArrayList<>();
        KINDS.keySet().stream().filter(present::contains).forEach(out::add);
        present.stream().filter(k -> !KINDS.containsKey(k)).sorted().forEach(out::add);
        return out;
    }
}
