package org.engagementportal.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the headings in HTML the portal rendered without building a document, for markup where a scan finds
 * what Jsoup's parser finds (PlainMarkupProperties checks the two against each other). Such markup has only tags
 * from {@link HtmlAllowList} (and {@code h1}), each opened tag closed by its own end tag in order, no heading
 * inside another, no part of a table and no list item inside a heading, attributes written {@code name} or
 * {@code name="value"}, and no comments, {@code <!}, {@code <?}, bare {@code <} or carriage returns. There every
 * {@code <h2} the scan meets opens a heading and the next {@code </h2>} closes it, as the HTML parser has it. The
 * parser does otherwise for a heading inside a heading, a new table, row, cell or list item begun inside a
 * heading, headings in {@code select}, {@code template}, SVG or MathML, and end tags it cannot match: for anything
 * but plain markup the scan gives {@code null}, and the caller asks Jsoup.
 *
 * <p>Markdown rendered by the portal is almost always plain markup (its raw HTML is rebuilt from the allow-list).
 * On the 10,000-page benchmark, parsing closed consultations' text to demote its headings had taken about 3% of a
 * cold build's processor time; the scan takes a tenth of that.
 */
final class PlainMarkup {
    /** {@link HtmlAllowList}'s tags, and h1. */
    private static final Set<String> TAGS = Set.of("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del",
            "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
            "kbd", "li", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
            "th", "thead", "time", "tr", "ul");
    /**
     * Of those, the ones that make up a table. Inside a table the parser moves other elements out before it
     * ("foster parenting") and closes what is open at a new cell, row or table, headings included: none may be
     * inside a heading.
     */
    private static final Set<String> TABLE_PARTS = Set.of("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td");
    /**
     * Of those, the list items. A new item closes the item open before it without an end tag (looking past
     * {@code div} and {@code p} for it), so an end tag written for that item is left to close one around a heading,
     * and the heading with it: none may be inside a heading. (A review found {@code <li><h2><li><li>x</li></li></h2></li>}.)
     */
    private static final Set<String> LIST_ITEMS = Set.of("li", "dd", "dt");
    /** Of those, the ones with no end tag. */
    private static final Set<String> VOID = Set.of("br", "hr", "img");

    private PlainMarkup() {
    }

    /**
     * The edits that take each heading h2 to h5 {@code levels} levels down (h6 at most): at each digit of its
     * start and end tags, the new digit. Null when the markup is not plain (see the class comment).
     */
    static Map<Integer, String> headingEdits(String html, int levels) {
        Map<Integer, String> edits = new TreeMap<>();
        boolean plain = scan(html, new Tags() {
            @Override
            public void start(String name, int nameStart, int nameEnd, int close) {
                if (isHeading(name)) {
                    demote(name, nameStart + 1, levels, edits);
                }
            }

            @Override
            public void end(String name, int nameStart) {
                if (isHeading(name)) {
                    demote(name, nameStart + 1, levels, edits);
                }
            }
        });
        return plain ? edits : null;
    }

    /** What a scan of plain markup meets, tag by tag in order. */
    interface Tags {
        /**
         * A start tag named {@code name} (in small letters) at {@code nameStart}; its attributes are from {@code nameEnd}
         * to {@code close}, its {@code >}, each written {@code name} or {@code name="value"} after a space.
         */
        void start(String name, int nameStart, int nameEnd, int close);

        /** An end tag named {@code name}, whose name starts at {@code nameStart}. */
        void end(String name, int nameStart);
    }

    /**
     * Reads {@code html}, telling {@code tags} each tag, and whether it is plain markup (see the class comment): where
     * it is not, the tags told so far are not all there are, and the caller asks Jsoup instead.
     */
    static boolean scan(String html, Tags tags) {
        if (html.indexOf('\r') >= 0) {
            return false;
        }
        Deque<String> open = new ArrayDeque<>();
        boolean inHeading = false;
        int n = html.length();
        int i = 0;
        while (i < n) {
            i = html.indexOf('<', i); // a loop of its own: quicker than a charAt for each character here
            if (i < 0) {
                break;
            }
            boolean end = i + 1 < n && html.charAt(i + 1) == '/';
            int nameStart = end ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < n && (nameEnd > nameStart ? isAsciiLetterOrDigit(html.charAt(nameEnd)) : isAsciiLetter(html.charAt(nameEnd)))) {
                nameEnd++;
            }
            if (nameEnd == nameStart || nameEnd >= n) {
                return false; // a comment, "<!", "<?", a bare "<", or the text ends inside a tag
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
            if (!TAGS.contains(name)) {
                return false;
            }
            if (inHeading && (TABLE_PARTS.contains(name) || LIST_ITEMS.contains(name))) {
                return false;
            }
            boolean heading = isHeading(name);
            if (end) {
                if (html.charAt(nameEnd) != '>' || open.isEmpty() || !open.peek().equals(name)) {
                    return false;
                }
                open.pop();
                if (heading) {
                    inHeading = false;
                }
                tags.end(name, nameStart);
                i = nameEnd + 1;
                continue;
            }
            int close = attributesEnd(html, nameEnd);
            if (close < 0) {
                return false;
            }
            boolean selfClosing = html.charAt(close - 1) == '/';
            if (!VOID.contains(name)) {
                if (selfClosing) {
                    return false; // the parser leaves "<p/>" open
                }
                open.push(name);
            }
            if (heading) {
                if (inHeading) {
                    return false;
                }
                inHeading = true;
            }
            tags.start(name, nameStart, nameEnd, close);
            i = close + 1;
        }
        return open.isEmpty();
    }

    /** An attribute of a start tag of plain markup. */
    interface Attribute {
        /** Its name in small letters, and where its value starts and ends (after {@code ="}, at {@code "}); -1 and -1 for none. */
        void attribute(String name, int from, int to);
    }

    /** Tells {@code each} the attributes, in order, of a start tag {@link #scan} met, from {@code nameEnd} to {@code close}. */
    static void attributes(String html, int nameEnd, int close, Attribute each) {
        int i = nameEnd;
        while (i < close) {
            char c = html.charAt(i);
            if (isSpace(c) || c == '/') {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < close && html.charAt(i) != '=' && !isSpace(html.charAt(i)) && html.charAt(i) != '/') {
                i++;
            }
            String name = html.substring(nameStart, i).toLowerCase(java.util.Locale.ROOT);
            if (i < close && html.charAt(i) == '=') {
                int from = i + 2; // after ="
                int to = html.indexOf('"', from);
                each.attribute(name, from, to);
                i = to + 1;
            } else {
                each.attribute(name, -1, -1);
            }
        }
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    /** Whether a tag is part of a table: one of these outside a table is dropped by the parser, with its attributes. */
    static boolean tablePart(String name) {
        return TABLE_PARTS.contains(name);
    }

    /** The new digit at {@code digit} for a heading tag named {@code name}, when it is h2 to h5. */
    private static void demote(String name, int digit, int levels, Map<Integer, String> edits) {
        char level = name.charAt(1);
        if (level >= '2' && level <= '5') {
            edits.put(digit, String.valueOf((char) Math.min('6', level + levels)));
        }
    }

    /**
     * Where the start tag whose name ends at {@code i} ends (its {@code >}), reading attributes written
     * {@code name} or {@code name="value"} with spaces before each and an optional {@code /} before the end;
     * -1 for anything else.
     */
    private static int attributesEnd(String html, int i) {
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '>') {
                return i;
            }
            if (c == '/') {
                return i + 1 < n && html.charAt(i + 1) == '>' ? i + 1 : -1;
            }
            if (!isSpace(c)) {
                return -1;
            }
            while (i < n && isSpace(html.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return -1;
            }
            c = html.charAt(i);
            if (c == '>' || c == '/') {
                continue;
            }
            int nameStart = i;
            while (i < n && (isAsciiLetterOrDigit(html.charAt(i)) || html.charAt(i) == '-' || html.charAt(i) == '_')) {
                i++;
            }
            if (i == nameStart || !isAsciiLetter(html.charAt(nameStart)) || i >= n) {
                return -1;
            }
            if (html.charAt(i) == '=') {
                if (i + 1 >= n || html.charAt(i + 1) != '"') {
                    return -1;
                }
                int quote = html.indexOf('"', i + 2);
                if (quote < 0) {
                    return -1;
                }
                i = quote + 1;
            }
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }
}
