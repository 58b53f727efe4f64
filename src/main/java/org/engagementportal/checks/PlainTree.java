package org.engagementportal.checks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

/**
 * The tree Jsoup's HTML parser makes of a body fragment ({@link Jsoup#parseBodyFragment(String)}), built
 * straight from the text when the HTML is plain enough that the parser would put every tag where it stands,
 * as the HTML the portal renders from a content file's Markdown almost always is; for anything else, Jsoup
 * parses it. On the 10,000-page benchmark Jsoup's parsing of that HTML for the fast rules took about 5% of a
 * cold build's processor time.
 *
 * <p>Plain HTML here ({@link #build} gives up, with {@code null}, on anything else):
 * <ul>
 * <li>only the tags in {@link #TAGS}, in lower case, each closed by its own end tag in the order opened (the
 * parser's repairs of crossed or missing end tags, its adoption agency among them, are never needed), with
 * nothing left open at the end, and the void ones ({@code br}, {@code img}, {@code hr}, {@code wbr}) never
 * closed;
 * <li>no block that would close an open paragraph ({@code p}, {@code div}, a list, a heading, a table,
 * {@code hr}...) opened inside one; no heading opened straight inside another, nor a link inside a link; a list
 * item only straight inside {@code ul} or {@code ol};
 * <li>tables made of {@code thead}, {@code tbody} or {@code tfoot}, rows and cells, each straight inside the
 * one before, with only spaces, tabs and line breaks between them (other text the parser would move out of the
 * table) and no table part elsewhere;
 * <li>attributes written {@code name="value"} after one or more spaces, in lower case, no name twice, and
 * {@code />} only on a void tag;
 * <li>character references only those the parser would read the same way: {@code &name;} for a name
 * {@link Entities} knows, and {@code &#n;} or {@code &#xh;} for a tab, a line break or a character that is not a
 * control character, a surrogate or beyond Unicode (the parser changes some of those, and lets others through:
 * refusing them all is the simpler rule);
 * <li>no comments, {@code <!}, {@code <?}, bare {@code <}, NUL, carriage return or form feed;
 * <li>elements no more than {@link #MAX_DEPTH} deep and no more than {@link #MAX_ATTRIBUTES} attributes on a tag,
 * within the parser's own limits.
 * </ul>
 * Where it builds a tree, the tree is the parser's: the same elements with the same tags and attributes in
 * order, and the same text nodes, under the same {@code body} of a document shell (PlainTreeProperties
 * compares them on generated HTML and on rendered Markdown). The one rule that changes the text: a line break
 * straight after {@code <pre>} is left out, as the parser leaves it out.
 */
public final class PlainTree {
    /** What the parser does with a start tag, for the tags plain HTML may have. */
    private enum Kind {
        /** The fragment's {@code body}, at the bottom of the stack. */
        BODY,
        /** Inserted where it stands ({@code span}, {@code abbr}...). */
        PHRASING,
        /** One of the parser's formatting elements ({@code strong}, {@code em}, {@code code}...). */
        FORMATTING,
        /** {@code a}: a formatting element that closes an open one. */
        LINK,
        /** No content and no end tag. */
        VOID,
        /** {@code hr}: void, and closes an open paragraph. */
        RULE,
        /** {@code p}: closes an open paragraph, and is one. */
        PARAGRAPH,
        /** Closes an open paragraph ({@code div}, {@code blockquote}...). */
        BLOCK,
        HEADING,
        LIST,
        ITEM,
        /** Closes an open paragraph, and the parser drops a line break straight after its start tag. */
        PRE,
        TABLE,
        /** {@code thead}, {@code tbody}, {@code tfoot}. */
        SECTION,
        ROW,
        CELL
    }

    private record Spec(Tag tag, Kind kind) {
        boolean closesParagraph() {
            return switch (kind) {
                case PARAGRAPH, BLOCK, HEADING, LIST, PRE, TABLE, RULE, ITEM -> true;
                default -> false;
            };
        }
    }

    /**
     * The tags plain HTML may have, each with the {@link Tag} the parser gives it (from a copy of Jsoup's HTML tag
     * set, as each parse makes one: equal to its tags, options included). Read only once made, so shared by the
     * build's threads.
     */
    private static final Map<String, Spec> TAGS = tags();

    private static Map<String, Spec> tags() {
        TagSet html = TagSet.Html();
        Map<String, Spec> tags = new HashMap<>();
        java.util.function.BiConsumer<Kind, String> add = (kind, names) -> {
            for (String name : names.split(" ")) {
                tags.put(name, new Spec(html.valueOf(name, Parser.NamespaceHtml, ParseSettings.htmlDefault), kind));
            }
        };
        add.accept(Kind.PHRASING, "span abbr sup sub del ins q cite kbd time mark samp var dfn");
        add.accept(Kind.FORMATTING, "b i em strong code s small u");
        add.accept(Kind.LINK, "a");
        add.accept(Kind.VOID, "br img wbr");
        add.accept(Kind.RULE, "hr");
        add.accept(Kind.PARAGRAPH, "p");
        add.accept(Kind.BLOCK, "div blockquote figure figcaption details summary");
        add.accept(Kind.HEADING, "h1 h2 h3 h4 h5 h6");
        add.accept(Kind.LIST, "ul ol");
        add.accept(Kind.ITEM, "li");
        add.accept(Kind.PRE, "pre");
        add.accept(Kind.TABLE, "table");
        add.accept(Kind.SECTION, "thead tbody tfoot");
        add.accept(Kind.ROW, "tr");
        add.accept(Kind.CELL, "td th");
        return Map.copyOf(tags);
    }

    /**
     * The deepest an element may be opened here: the parser looks only so far down its stack of open elements in
     * places (100 elements for what is "in scope", 256 to find where it is after a table ends), and below that
     * builds another tree (a table 256 deep in a cell, found in review, ends the cell's row early).
     */
    static final int MAX_DEPTH = 100;
    /** The most attributes a tag may have here: the parser keeps only the first 512. */
    static final int MAX_ATTRIBUTES = 100;

    private final String html;
    /**
     * The HTML's characters, read here rather than through {@link String#charAt}: the HTML is often stored as UTF-16 (a
     * curly quote in the page's words), and under the quick compiler {@code bin/portal} runs a build with, that charAt
     * had about two fifths of this class's samples in a profile of the 10,000-page benchmark.
     */
    private final char[] chars;
    private final int n;
    private int at;
    private Element[] open = new Element[32];
    private Kind[] kinds = new Kind[32];
    private int top;
    private int paragraphs;
    private int links;
    /** The text read since the last tag, when it had a character reference; null while it is one stretch of {@link #html}. */
    private StringBuilder decoded;
    /**
     * Short strings already made from the HTML, by a hash of their characters: attribute names and values and short texts
     * repeat in every row of a table ({@code class="nhsuk-table__cell"}, the line break between rows), and one string each
     * is kept for them all. A page of 170 tables of 990 rows (2 MB of Markdown, within the limits) made 4 million strings
     * for this tree, and needed most of a gigabyte of memory to build.
     */
    private final String[] shared = new String[SHARED];
    /** The characters of each of {@link #shared}, compared here as arrays (under the quick compiler, far quicker than a string's). */
    private final char[][] sharedChars = new char[SHARED][];
    private static final int SHARED = 512;
    /** The longest string looked for in {@link #shared}: longer ones rarely repeat, and would cost more to compare. */
    static final int SHARED_LENGTH = 40;

    private PlainTree(String html) {
        this.html = html;
        this.chars = html.toCharArray();
        this.n = chars.length;
    }

    /** The body fragment's tree: built here when the HTML is plain, parsed by Jsoup when not. */
    public static Document parseBodyFragment(String html) {
        Document quick = build(html);
        return quick != null ? quick : Jsoup.parseBodyFragment(html);
    }

    /** The tree Jsoup would make, or null when the HTML is not plain (see the class comment). */
    static Document build(String html) {
        return new PlainTree(html).build();
    }

    private Document build() {
        Document doc = Document.createShell("");
        open[0] = doc.body();
        kinds[0] = Kind.BODY;
        int textStart = 0;
        while (at < n) {
            char c = chars[at];
            if (c == '<') {
                if (!text(textStart, at) || !tag()) {
                    return null;
                }
                textStart = at;
            } else if (c == '&') {
                if (decoded == null) {
                    decoded = new StringBuilder();
                }
                decoded.append(html, textStart, at);
                at = reference(at, decoded);
                if (at < 0) {
                    return null;
                }
                textStart = at;
            } else if (c == '\0' || c == '\r' || c == '\f') {
                return null;
            } else {
                at++;
            }
        }
        return text(textStart, n) && top == 0 ? doc : null;
    }

    /** Adds the text read since the last tag (from {@code start} to {@code end}, after {@link #decoded}), if any. */
    private boolean text(int start, int end) {
        String text;
        if (decoded != null) {
            text = decoded.append(html, start, end).toString();
            decoded = null;
        } else if (end > start) {
            text = string(start, end);
        } else {
            return true;
        }
        Kind kind = kinds[top];
        if (kind == Kind.TABLE || kind == Kind.SECTION || kind == Kind.ROW) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n') {
                    return false; // the parser moves it out of the table
                }
            }
        }
        open[top].appendChild(new TextNode(text));
        return true;
    }

    /** Reads the tag at {@link #at} and puts it in the tree; false when it is not plain. */
    private boolean tag() {
        int i = at + 1;
        boolean end = i < n && chars[i] == '/';
        if (end) {
            i++;
        }
        int nameStart = i;
        if (i >= n || !isLower(chars[i])) {
            return false;
        }
        while (i < n && (isLower(chars[i]) || isDigit(chars[i]))) {
            i++;
        }
        if (i >= n) {
            return false;
        }
        Spec spec = TAGS.get(string(nameStart, i));
        if (spec == null) {
            return false;
        }
        if (end) {
            if (chars[i] != '>' || top == 0 || open[top].tag() != spec.tag()) {
                return false;
            }
            if (spec.kind() == Kind.LINK) {
                links--;
            } else if (spec.kind() == Kind.PARAGRAPH) {
                paragraphs--;
            }
            open[top] = null;
            top--;
            at = i + 1;
            return true;
        }
        Attributes attributes = null;
        boolean selfClosing = false;
        while (true) {
            char c = chars[i];
            if (c == '>') {
                i++;
                break;
            }
            if (c == '/') {
                if (i + 1 < n && chars[i + 1] == '>') {
                    selfClosing = true;
                    i += 2;
                    break;
                }
                return false;
            }
            if (c != ' ') {
                return false;
            }
            while (i < n && chars[i] == ' ') {
                i++;
            }
            if (i >= n) {
                return false;
            }
            c = chars[i];
            if (c == '>' || c == '/') {
                continue;
            }
            int keyStart = i;
            if (!isLower(c)) {
                return false;
            }
            while (i < n && (isLower(chars[i]) || isDigit(chars[i]) || chars[i] == '-' || chars[i] == '_')) {
                i++;
            }
            if (i + 1 >= n || chars[i] != '=' || chars[i + 1] != '"') {
                return false;
            }
            String key = string(keyStart, i);
            i += 2;
            int valueStart = i;
            StringBuilder value = null;
            while (true) {
                if (i >= n) {
                    return false;
                }
                char v = chars[i];
                if (v == '"') {
                    break;
                }
                if (v == '&') {
                    if (value == null) {
                        value = new StringBuilder();
                    }
                    value.append(html, valueStart, i);
                    i = reference(i, value);
                    if (i < 0) {
                        return false;
                    }
                    valueStart = i;
                } else if (v == '\0' || v == '\r' || v == '\f') {
                    return false;
                } else {
                    i++;
                }
            }
            String text = value == null ? string(valueStart, i) : value.append(html, valueStart, i).toString();
            i++;
            if (attributes == null) {
                attributes = new Attributes();
            } else if (attributes.hasKey(key) || attributes.size() >= MAX_ATTRIBUTES) {
                return false; // the parser keeps the first of two, and at most 512 of them
            }
            attributes.put(key, text);
            if (i >= n) {
                return false;
            }
            c = chars[i];
            if (c != ' ' && c != '>' && c != '/') {
                return false;
            }
        }
        if (!placeable(spec, selfClosing) || top >= MAX_DEPTH) {
            return false;
        }
        Element element = new Element(spec.tag(), null, attributes);
        open[top].appendChild(element);
        Kind kind = spec.kind();
        if (kind != Kind.VOID && kind != Kind.RULE) {
            push(element, kind);
            if (kind == Kind.LINK) {
                links++;
            } else if (kind == Kind.PARAGRAPH) {
                paragraphs++;
            }
        }
        if (kind == Kind.PRE && i < n && chars[i] == '\n') {
            i++;
        }
        at = i;
        return true;
    }

    /** The HTML from {@code start} to {@code end}: the same string as the last time these characters were read, if short. */
    private String string(int start, int end) {
        int length = end - start;
        if (length > SHARED_LENGTH) {
            return html.substring(start, end);
        }
        int hash = length;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ (hash >>> 9)) & (SHARED - 1);
        char[] known = sharedChars[slot];
        if (known != null && known.length == length) {
            int k = 0;
            while (k < length && known[k] == chars[start + k]) {
                k++;
            }
            if (k == length) {
                return shared[slot];
            }
        }
        String made = html.substring(start, end);
        shared[slot] = made;
        sharedChars[slot] = Arrays.copyOfRange(chars, start, end);
        return made;
    }

    /** Whether the parser would put this start tag's element in the current one, as it stands. */
    private boolean placeable(Spec spec, boolean selfClosing) {
        Kind kind = spec.kind();
        Kind current = kinds[top];
        if (selfClosing && kind != Kind.VOID && kind != Kind.RULE) {
            return false; // the parser leaves "<p/>" open
        }
        switch (current) {
            case TABLE:
                return kind == Kind.SECTION;
            case SECTION:
                return kind == Kind.ROW;
            case ROW:
                return kind == Kind.CELL;
            default:
                break;
        }
        if (kind == Kind.SECTION || kind == Kind.ROW || kind == Kind.CELL) {
            return false;
        }
        if (spec.closesParagraph() && paragraphs > 0) {
            return false;
        }
        if (kind == Kind.HEADING && current == Kind.HEADING) {
            return false;
        }
        if (kind == Kind.ITEM && current != Kind.LIST) {
            return false;
        }
        return kind != Kind.LINK || links == 0;
    }

    private void push(Element element, Kind kind) {
        top++;
        if (top == open.length) {
            open = Arrays.copyOf(open, top * 2);
            kinds = Arrays.copyOf(kinds, top * 2);
        }
        open[top] = element;
        kinds[top] = kind;
    }

    /**
     * Reads the character reference whose {@code &} is at {@code amp} into {@code into}: where it ends, or -1 for one
     * the parser might read otherwise (see the class comment).
     */
    private int reference(int amp, StringBuilder into) {
        int i = amp + 1;
        if (i < n && chars[i] == '#') {
            i++;
            boolean hex = i < n && (chars[i] == 'x' || chars[i] == 'X');
            if (hex) {
                i++;
            }
            int start = i;
            int value = 0;
            while (i < n && i - start < 7) {
                char d = chars[i];
                int digit = isDigit(d) ? d - '0' : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10 : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10 : -1;
                if (digit < 0) {
                    break;
                }
                value = value * (hex ? 16 : 10) + digit;
                i++;
            }
            if (i == start || i >= n || chars[i] != ';' || !ordinary(value)) {
                return -1;
            }
            into.appendCodePoint(value);
            return i + 1;
        }
        int start = i;
        while (i < n && isAsciiLetter(chars[i])) {
            i++;
        }
        if (i == start) {
            return -1;
        }
        while (i < n && isDigit(chars[i])) {
            i++;
        }
        if (i >= n || chars[i] != ';') {
            return -1;
        }
        String name = html.substring(start, i);
        if (!Entities.isNamedEntity(name)) {
            return -1;
        }
        into.append(Entities.getByName(name));
        return i + 1;
    }

    /**
     * A character read from a numeric reference here: a tab, a line break, or no control character, surrogate or code
     * point past Unicode. The parser reads all of these as they are (it changes only U+0080 to U+009F, to the
     * Windows-1252 characters, and what is past Unicode or unreadable, to U+FFFD).
     */
    private static boolean ordinary(int c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0xd800) || (c > 0xdfff && c <= 0x10ffff);
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return isLower(c) || (c >= 'A' && c <= 'Z');
    }
}
