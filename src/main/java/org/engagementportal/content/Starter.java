package org.engagementportal.content;

import java.text.Normalizer;

/**
 * A new content file, as {@code portal new} writes it: the folder it goes in, its name, and its whole text
 * (front matter with a comment in plain words on each field, then a body with the usual headings). Each type
 * makes its own ({@link ContentKind#starter}); easy-read and translated versions are made from their page
 * ({@link VariantStarter}).
 *
 * @param folder the folder under {@code content/}: "consultations", "bulletins/weekly", "" for the top
 * @param name   the file name without ".md": "dental-access", "2027-01-21", "dental-access.easy-read"
 * @param text   the file's text
 */
public record Starter(String folder, String name, String text) {

    /** Longest slug made from a title: long enough for the words that matter, short enough to read out. */
    static final int SLUG_LIMIT = 60;

    /** Its path from the site folder: "content/consultations/dental-access.md". */
    public String file() {
        return ContentLoader.CONTENT + "/" + (folder.isEmpty() ? "" : folder + "/") + name + ".md";
    }

    /** Its address on the site: "/consultations/dental-access/", "/consultations/dental-access/easy-read/". */
    public String address() {
        int dot = name.indexOf('.');
        String slug = dot < 0 ? name : name.substring(0, dot);
        String base = slug.equals("index") ? (folder.isEmpty() ? "/" : "/" + folder + "/")
                : "/" + (folder.isEmpty() ? "" : folder + "/") + slug + "/";
        return dot < 0 ? base : base + name.substring(dot + 1) + "/";
    }

    /**
     * Whether a title has no letters or numbers a file name can use (it is in another alphabet): its file is then named
     * "page", as {@link #slug} gives.
     */
    public static boolean hasNoNameLetters(String title) {
        return words(title).isEmpty();
    }

    /** The title's words as a file name would have them, folded as search folds them, joined by hyphens; uncut. */
    private static String words(String title) {
        // Folded as search folds it, so "Łatwy dostęp" is "latwy-dostep", not "atwy-dostep".
        return org.engagementportal.source.Folding.plain(Normalizer.normalize(title, Normalizer.Form.NFKD))
                .replaceAll("(\\p{L})['\u2019](\\p{L})", "$1$2")
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /**
     * A file name made from a title, as a person would write it: "Eastbrook &amp; Kingsmere: what's next?" is
     * "eastbrook-and-kingsmere-whats-next". Apostrophes are dropped rather than splitting a word, "&amp;" is
     * "and", accents are taken off letters, and a long title is cut at a word. Never "index", which is a
     * folder's own page; a title with no letters or numbers (in another alphabet, say) gives "page".
     */
    public static String slug(String title) {
        String s = words(title);
        if (s.length() > SLUG_LIMIT) {
            int cut = s.lastIndexOf('-', SLUG_LIMIT);
            s = s.substring(0, cut > 0 ? cut : SLUG_LIMIT).replaceAll("-+$", "");
        }
        if (s.isEmpty()) {
            return "page";
        }
        // Not a folder's own page, nor a name Windows keeps for a device (con.md cannot be checked out there).
        return s.equals("index") || s.matches("con|prn|aux|nul|com[1-9]|lpt[1-9]") ? s + "-page" : s;
    }
}
