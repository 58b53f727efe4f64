package org.engagementportal.markdown;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Changes to HTML the Markdown was rendered into, for where it is shown again in another setting. Jsoup's
 * parser finds the tags and attributes to change, so text that only looks like a tag (in code, in an attribute
 * value, in a note) is left alone; the changes are then made at the places in the text where Jsoup found them,
 * and everything else is kept exactly as it was rendered (rather than written out again by Jsoup, which would
 * change quotes, entities and empty tags).
 */
public final class RenderedHtml {
    private RenderedHtml() {
    }

    /**
     * The headings h2 to h5 one level down (h3 to h6), for text shown under a heading of its own: a closed
     * consultation's text under "What we asked", so screen reader users hear its sections as parts of that.
     */
    public static String demoteHeadings(String html) {
        return demoteHeadings(html, 1);
    }

    /**
     * The headings h2 to h5 {@code levels} levels down, h6 at most: for text under a heading at level
     * {@code levels + 1}, so that its own sections are parts of that (an item's "You said" at h4 on the yearly page
     * takes {@code levels} 3: a "## Themes" in it is an h5).
     */
    public static String demoteHeadings(String html, int levels) {
        if (levels <= 0 || html.indexOf("<h") < 0 && html.indexOf("<H") < 0) {
            return html;
        }
        Map<Integer, String> simple = PlainMarkup.headingEdits(html, levels);
        if (simple != null) {
            return apply(html, simple, 1);
        }
        return demoteHeadingsByParsing(html, levels);
    }

    /** {@link #demoteHeadings(String, int)} with Jsoup finding every heading: for any markup. */
    static String demoteHeadingsByParsing(String html, int levels) {
        Map<Integer, String> edits = new TreeMap<>();
        for (Element e : parse(html).getAllElements()) {
            String name = e.normalName();
            if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '5') {
                char level = name.charAt(1);
                char to = (char) Math.min('6', level + levels);
                renumber(html, e.sourceRange(), "<h", level, to, edits);
                renumber(html, e.endSourceRange(), "</h", level, to, edits);
            }
        }
        return apply(html, edits, 1);
    }

    /** Puts the digit {@code to} in place of {@code level} in the tag written at {@code range}. */
    private static void renumber(String html, Range range, String opening, char level, char to, Map<Integer, String> edits) {
        if (!range.isTracked() || range.isImplicit()) {
            return; // a tag Jsoup supplied (a heading left open): nothing written to change
        }
        int at = range.start().pos();
        int digit = at + opening.length();
        if (html.regionMatches(true, at, opening, 0, opening.length()) && digit < html.length() && html.charAt(digit) == level) {
            edits.put(digit, String.valueOf(to));
        }
    }

    /**
     * Every id in the text (a heading's) starting with {@code prefix} and a hyphen, and each link to one of them
     * ({@code href="#themes"}) changed to match: for text shown with other text on one page ("you said" and "we did"
     * of several records), so that no two elements have one id and none takes an id the page uses itself.
     */
    public static String prefixIds(String html, String prefix) {
        if (!html.contains("id=") && !html.contains("ID=")) {
            return html;
        }
        Document doc = parse(html);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Element e : doc.getAllElements()) {
            if (e.hasAttr("id")) {
                ids.add(e.attr("id"));
            }
        }
        Map<Integer, String> edits = new TreeMap<>();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey();
                boolean id = key.equals("id");
                boolean fragment = key.equals("href") && a.getValue().startsWith("#") && ids.contains(a.getValue().substring(1));
                if (!id && !fragment) {
                    continue;
                }
                Range value = e.attributes().sourceRange(key).valueRange();
                if (!value.isTracked()) {
                    continue;
                }
                edits.put(value.start().pos() + (fragment ? 1 : 0), prefix + "-");
            }
        }
        return apply(html, edits, 0);
    }

    /**
     * Links to this site ("/engage/about/") made absolute with {@code origin} ("https://example.org"): in
     * {@code href} and {@code src}, and each address in {@code srcset}. For feed readers, which have no page to
     * resolve them against. A link to a part of the page ("#how-to-respond") is put after {@code page}, the page's
     * absolute address. Addresses with a scheme and protocol-relative ones ("//") are left alone.
     */
    public static String absoluteLinks(String html, String origin, String page) {
        if (!html.contains("=")) {
            return html;
        }
        Map<Integer, String> edits = new TreeMap<>();
        return linksInPlainMarkup(html, origin, page, edits) ? apply(html, edits, 0) : absoluteLinksByParsing(html, origin, page);
    }

    /**
     * {@link #absoluteLinks} with Jsoup's parser finding the links, as it must where the markup is not plain ({@link
     * PlainMarkup}): it sees the attributes of the elements the page has, which is not every tag written.
     */
    static String absoluteLinksByParsing(String html, String origin, String page) {
        Map<Integer, String> edits = new TreeMap<>();
        for (Element e : parse(html).getAllElements()) {
            for (Attribute a : e.attributes()) {
                String key = a.getKey();
                if (!key.equals("href") && !key.equals("src") && !key.equals("srcset")) {
                    continue;
                }
                Range value = e.attributes().sourceRange(key).valueRange();
                if (value.isTracked()) {
                    linkEdits(html, key, value.start().pos(), value.end().pos(), origin, page, edits);
                }
            }
        }
        return apply(html, edits, 0);
    }

    /** Jsoup keeps 512 attributes of a tag and drops the rest; a tag with more than this many is left to it. */
    private static final int MOST_ATTRIBUTES = 100;
    /** The attributes that hold links, each a bit in a tag's record of those met ({@link #linksInPlainMarkup}). */
    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src", "srcset");

    /**
     * Puts in {@code edits} those of the links of plain markup (as the portal's Markdown almost always renders), read
     * by a scan of its tags, as Jsoup finds them: each tag's first {@code href}, {@code src} and {@code srcset}, whatever
     * the case of its name. False, with nothing to go on, for other markup, for a link on a part of a table, which the
     * parser drops outside a table, and for a tag with hundreds of attributes, of which it drops some.
     */
    private static boolean linksInPlainMarkup(String html, String origin, String page, Map<Integer, String> edits) {
        boolean[] toJsoup = {false};
        boolean plain = PlainMarkup.scan(html, new PlainMarkup.Tags() {
            @Override
            public void start(String name, int nameStart, int nameEnd, int close) {
                int[] met = {0, 0}; // attributes, and a bit for each link attribute
                PlainMarkup.attributes(html, nameEnd, close, (key, from, to) -> {
                    int link = LINK_ATTRIBUTES.indexOf(key);
                    if (++met[0] > MOST_ATTRIBUTES || link >= 0 && PlainMarkup.tablePart(name)) {
                        toJsoup[0] = true;
                    } else if (link >= 0 && (met[1] & 1 << link) == 0) { // its first value, the one the parser keeps
                        met[1] |= 1 << link;
                        if (from >= 0) {
                            linkEdits(html, key, from, to, origin, page, edits);
                        }
                    }
                });
            }

            @Override
            public void end(String name, int nameStart) {
            }
        });
        return plain && !toJsoup[0];
    }

    /** The edits that make the link in attribute {@code key}, its value from {@code from} to {@code to}, absolute. */
    private static void linkEdits(String html, String key, int from, int to, String origin, String page, Map<Integer, String> edits) {
        if (key.equals("srcset")) {
            // Candidates are separated by commas: an address, then optionally a width or density.
            int i = from;
            while (i < to) {
                while (i < to && (Character.isWhitespace(html.charAt(i)) || html.charAt(i) == ',')) {
                    i++;
                }
                absolute(html, i, to, origin, edits);
                int comma = html.indexOf(',', i);
                i = comma < 0 || comma >= to ? to : comma + 1;
            }
        } else if (key.equals("href") && from < to && html.charAt(from) == '#') {
            edits.put(from, page);
        } else {
            absolute(html, from, to, origin, edits);
        }
    }

    private static void absolute(String html, int at, int end, String origin, Map<Integer, String> edits) {
        if (at < end && html.charAt(at) == '/' && (at + 1 >= end || html.charAt(at + 1) != '/')) {
            edits.put(at, origin);
        }
    }

    private static Document parse(String html) {
        return Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    }

    /** The text with each edit's text put in at its place, replacing {@code replaced} characters there. */
    private static String apply(String html, Map<Integer, String> edits, int replaced) {
        if (edits.isEmpty()) {
            return html;
        }
        StringBuilder b = new StringBuilder(html.length() + edits.size() * 32);
        int done = 0;
        for (Map.Entry<Integer, String> e : edits.entrySet()) {
            b.append(html, done, e.getKey()).append(e.getValue());
            done = e.getKey() + replaced;
        }
        return b.append(html, done, html.length()).toString();
    }
}
