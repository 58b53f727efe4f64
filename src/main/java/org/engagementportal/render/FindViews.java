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

    /** The A to Z page of a letter ("a", "0-9", "other"): its address. */
    public static String azPath(String letter) {
        return LayoutViews.AZ_PATH + letter + "/";
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
     * The A to Z, or one letter of it.
     *
     * @param letter  the letter shown ("A"), or null on /a-z/, which lists the letters only
     */
    public record AzView(LayoutView layout, String title, String letter, List<LetterView> letters, List<EntryView> entries,
                         int total) {
    }

    /** The A to Z page of {@code letter}, or its front page when {@code letter} is null. */
    public AzView az(String letter, Map<String, List<Published.Entry>> byLetter, int total) {
        String path = letter == null ? LayoutViews.AZ_PATH : azPath(letter);
        String title = letter == null ? "A to Z" : "A to Z: " + letterName(letter);
        String summary = letter == null ? "Every page on this website by its title, from A to Z."
                : "The pages on this website whose titles start with " + letterName(letter) + ".";
        LayoutView layout = layouts.layout(title, summary, path, config.language(), "ltr", List.of(), null);
        List<LetterView> letters = new ArrayList<>();
        for (String l : Published.LETTERS) {
            int n = byLetter.getOrDefault(l, List.of()).size();
            letters.add(new LetterView(letterName(l), n == 0 ? null : config.link(azPath(l)), l.equals(letter), n,
                    Plural.of(n, "page", "pages")));
        }
        List<EntryView> entries = letter == null ? List.of() : byLetter.getOrDefault(letter, List.of()).stream()
                .map(this::entry).toList();
        return new AzView(layout, title, letter == null ? null : letterName(letter), letters, entries, total);
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
