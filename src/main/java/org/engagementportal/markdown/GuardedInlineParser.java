package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.engagementportal.source.Limits;

/**
 * flexmark's inline parser, kept in proportion. Working out which of a paragraph's formatting marks pair
 * up (emphasis, links, code, quotes) takes flexmark time that grows with the square of the marks, or worse,
 * on text written to provoke it; so a paragraph, heading or table cell with more than
 * {@link Limits#MARKS_PER_PARAGRAPH} marks is reported and kept as plain text.
 *
 * <p>flexmark reads link titles, {@code <...>} link addresses, HTML comments and tags and {@code <...>}
 * autolinks with regular expressions that recurse once per character (or attribute), and overflow the
 * stack on a title or comment of a couple of thousand characters. Titles, addresses and comments are read
 * by a loop here instead, exactly as the expressions read them; a tag with more than
 * {@value #MAX_ATTRIBUTES} attributes, or an autolink longer than {@value #MAX_AUTOLINK} characters, is
 * left as text.
 */
final class GuardedInlineParser extends InlineParserImpl {
    /** The characters CommonMark lets a backslash escape. */
    private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[]\\^_`{|}~-";
    /**
     * The marks whose pairing costs flexmark time out of proportion: emphasis, links and pictures, code,
     * HTML and entities, and the quotes it pairs typographically. Full stops and hyphens (ellipses and
     * dashes) are read in one pass, so a long paragraph of dates and sentences is not held against the limit.
     */
    static final String MARKS = "*_[]`<!&\"'";
    static final int MAX_ATTRIBUTES = 200;
    static final int MAX_AUTOLINK = 2_000;

    GuardedInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                        Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                        List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    /** Reference definitions at the start of a paragraph: read only when the paragraph is within limits. */
    @Override
    public int preProcessBlock(Paragraph block, ParserState state) {
        if (marks(block.getChars()) > Limits.MARKS_PER_PARAGRAPH) {
            return 0; // reported when its text is parsed
        }
        return super.preProcessBlock(block, state);
    }

    /** A paragraph, heading or cell kept as plain text because it has too many marks; reported after parsing. */
    record Oversized(Node block, int marks) {
    }

    /** The paragraphs kept as plain text in a document, for {@link Markdown} to report at their lines. */
    static final NullableDataKey<List<Oversized>> OVERSIZED = new NullableDataKey<>("PORTAL_OVERSIZED_PARAGRAPHS");

    private final List<Oversized> oversized = new ArrayList<>();

    @Override
    public void parse(BasedSequence input, Node block) {
        int marks = marks(input);
        if (marks > Limits.MARKS_PER_PARAGRAPH) {
            oversized.add(new Oversized(block, marks));
            block.appendChild(new Text(input));
            return;
        }
        super.parse(input, block);
    }

    /**
     * A run of text up to the next character that may mean something ({@code specialCharacters}), as flexmark's own
     * finds it, but read straight from the page's Markdown when the paragraph is one unbroken stretch of it
     * ({@link Stretch}): flexmark's reads each character through its sequence, several calls a character, and most
     * of a page is such runs. A paragraph whose later lines had a quote's marks or an indent taken away is read
     * flexmark's way.
     */
    @Override
    protected boolean parseString() {
        String base = Stretch.markdownOf(input);
        char[] page = base == null ? null : Stretch.chars(base);
        if (page == null) {
            return super.parseString();
        }
        int begin = index;
        int length = input.length();
        int offset = input.getStartOffset();
        BitSet special = specialCharacters;
        while (index != length) {
            char c = page[offset + index];
            // as flexmark's sequences read it: a NUL character as the replacement character
            if (special.get(c == SequenceUtils.NUL ? SequenceUtils.ENC_NUL : c)) {
                break;
            }
            index++;
        }
        if (begin == index) {
            return false;
        }
        appendText(input, begin, index);
        return true;
    }

    @Override
    public void finalizeDocument(Document document) {
        super.finalizeDocument(document);
        document.set(OVERSIZED, List.copyOf(oversized));
    }

    /**
     * How many formatting marks ({@link #MARKS}) the text has, or 0 when it is too short to have more than the
     * limit. Read straight from the page's Markdown when the text is one unbroken stretch of it ({@link Stretch}).
     */
    static int marks(BasedSequence text) {
        if (text.length() <= Limits.MARKS_PER_PARAGRAPH) {
            return 0; // too short to have more marks than the limit, which is all the count is for
        }
        int n = 0;
        String base = Stretch.markdownOf(text);
        char[] page = base == null ? null : Stretch.chars(base);
        if (page != null) { // a NUL, read by flexmark as U+FFFD, is not a mark either way
            for (int i = text.getStartOffset(), end = text.getEndOffset(); i < end; i++) {
                if (isMark(page[i])) {
                    n++;
                }
            }
            return n;
        }
        for (int i = 0, len = text.length(); i < len; i++) {
            if (isMark(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static final boolean[] IS_MARK = new boolean[128];

    static {
        for (char c : MARKS.toCharArray()) {
            IS_MARK[c] = true;
        }
    }

    private static boolean isMark(char c) {
        return c < 128 && IS_MARK[c];
    }

    /**
     * Spaces and tabs, then at most one line break ("\r\n", "\r" or "\n") and the spaces and tabs after it: skipped
     * as flexmark's SPNL expression skips them, without a matcher made for each link (about 1% of a cold build's
     * processor time on the 10,000-page benchmark, in the expression).
     */
    @Override
    public boolean spnl() {
        int n = input.length();
        int i = spacesFrom(index, n);
        if (i < n && (input.charAt(i) == '\r' || input.charAt(i) == '\n')) {
            i += input.charAt(i) == '\r' && i + 1 < n && input.charAt(i + 1) == '\n' ? 2 : 1;
            i = spacesFrom(i, n);
        }
        index = i;
        return true;
    }

    private int spacesFrom(int i, int n) {
        while (i < n && (input.charAt(i) == ' ' || input.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** A link title in "", '' or (), read as flexmark's LINK_TITLE expression reads it, without recursion. */
    @Override
    public BasedSequence parseLinkTitle() {
        if (index >= input.length()) {
            return null;
        }
        char open = input.charAt(index);
        char close = open == '(' ? ')' : open;
        if (open != '"' && open != '\'' && open != '(') {
            return null;
        }
        int end = scan(index + 1, close, "\0", Integer.MAX_VALUE);
        return take(end);
    }

    /**
     * A link label ({@code [name]} after a link's text, or a reference), read as flexmark's LINK_LABEL
     * expression reads it: up to 999 characters or escapes, no unescaped '[', ending at ']'. The expression
     * can read a backslash before an escapable character two ways, and tries them all before it gives up: on
     * "[x][" followed by thirty escaped quotes that took minutes, and doubled with each one more.
     *
     * @return the number of characters read (the index moves past them), or 0
     */
    @Override
    public int parseLinkLabel() {
        if (index >= input.length() || input.charAt(index) != '[') {
            return 0;
        }
        int end = scan(index + 1, ']', "[", 999);
        return end < 0 ? 0 : advanceTo(end);
    }

    private int advanceTo(int end) {
        int read = end - index;
        index = end;
        return read;
    }

    /** A link address in angle brackets, as flexmark's LINK_DESTINATION_ANGLES reads it, without recursion. */
    @Override
    public BasedSequence parseLinkDestination() {
        if (index < input.length() && input.charAt(index) == '<' && !options.spaceInLinkUrls) {
            BasedSequence angled = take(scan(index + 1, '>', "\0< \t\n", Integer.MAX_VALUE));
            if (angled != null) {
                return angled;
            }
            // Not an address in angle brackets: flexmark reads it with its own loop, as its method would next
            // (calling that method would try the angle brackets' expression again).
            if (linkDestinationParser != null) {
                BasedSequence match = linkDestinationParser.parseLinkDestination(input, index);
                index += match.length();
                return match;
            }
        }
        return super.parseLinkDestination();
    }

    /** An autolink ({@code <https://...>}, {@code <name@example.org>}): each kind ends at the first '>'. */
    @Override
    public boolean parseAutolink() {
        int close = indexOf('>', index + 1, index + MAX_AUTOLINK);
        return close >= 0 && super.parseAutolink();
    }

    /**
     * Inline HTML: a comment read by a loop, exactly as flexmark's expression reads it
     * ({@code <!---->} or {@code <!--} text {@code -->}, where the text does not start with {@code >} or
     * {@code ->} and has no {@code --}); an opening tag only when it has few enough attributes for the
     * expression to read; the rest (closing tags, processing instructions, declarations) as flexmark does.
     */
    @Override
    public boolean parseHtmlInline() {
        if (input.length() - index >= 4 && input.charAt(index + 1) == '!' && input.charAt(index + 2) == '-'
                && input.charAt(index + 3) == '-') {
            int end = commentEnd(index + 4);
            if (end < 0) {
                return false;
            }
            appendNode(new HtmlInlineComment(input.subSequence(index, end)));
            index = end;
            return true;
        }
        if (index + 1 < input.length() && Character.isLetter(input.charAt(index + 1)) && !fewAttributes(index + 1)) {
            return false;
        }
        return super.parseHtmlInline();
    }

    /** The index after a comment whose text starts at {@code from}, or -1. */
    private int commentEnd(int from) {
        int len = input.length();
        if (from + 2 < len && input.charAt(from) == '-' && input.charAt(from + 1) == '-' && input.charAt(from + 2) == '>') {
            return from + 3; // <!---->
        }
        if (from >= len || input.charAt(from) == '>' || input.charAt(from) == '-' && from + 1 < len && input.charAt(from + 1) == '>') {
            return -1;
        }
        for (int i = from; i + 1 < len; i++) {
            if (input.charAt(i) == '-' && input.charAt(i + 1) == '-') {
                return i + 2 < len && input.charAt(i + 2) == '>' ? i + 3 : -1;
            }
        }
        return -1;
    }

    /**
     * Whether an opening tag starting with its name at {@code from} is small enough for flexmark's
     * expression to read ({@link #tagTooLarge}); a tag with no '>' cannot be one, and is not handed to it.
     */
    private boolean fewAttributes(int from) {
        return tagTooLarge(input, from) == 0;
    }

    static final int MAX_TAG_NAME = 100;

    /**
     * 0 when a tag whose name starts at {@code from} ends ('>') with a name of at most {@link #MAX_TAG_NAME}
     * characters and at most {@link #MAX_ATTRIBUTES} attributes (counted roughly: each run of spaces followed
     * by more than '/' or '='); otherwise the name's length or the number of attributes that is too many, or
     * -1 when there is no '>'. Linear in the text it looks at.
     */
    static int tagTooLarge(CharSequence text, int from) {
        int len = text.length();
        int i = from;
        while (i < len && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == ':')) {
            i++;
        }
        if (i - from > MAX_TAG_NAME) {
            return i - from;
        }
        int attributes = 0;
        char quote = 0;
        boolean space = false;
        for (; i < len; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return 0;
            } else if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && c != '/' && c != '=' && ++attributes > MAX_ATTRIBUTES) {
                    return attributes;
                }
                space = false;
            }
        }
        return -1;
    }

    private int indexOf(char c, int from, int to) {
        for (int i = from, end = Math.min(to, input.length()); i < end; i++) {
            if (input.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Scans from {@code from} for the closing character, taking a backslash and an escapable character
     * as one item, and returns the index after the closing character, or -1. As the regular expression
     * backtracks, when no plain closing character comes, an escaped one ("\"") ends the text instead. Each
     * character is looked at once, where the expressions this replaces try every way to read the escapes.
     *
     * @param stops    characters the text may not hold (for an address in angle brackets: space, line
     *                 break, '&lt;'); the scan ends at the first
     * @param maxItems the most characters or escapes before the closing character
     */
    private int scan(int from, char close, String stops, int maxItems) {
        int lastEscapedClose = -1;
        int len = input.length();
        for (int i = from, items = 0; i < len; items++) {
            char c = input.charAt(i);
            if (c == close) {
                return i + 1;
            }
            if (items == maxItems || stops.indexOf(c) >= 0) {
                break;
            }
            if (c == '\\' && i + 1 < len && ESCAPABLE.indexOf(input.charAt(i + 1)) >= 0) {
                if (input.charAt(i + 1) == close) {
                    lastEscapedClose = i + 2; // as the expression backtracks: a lone backslash, then the close ends it
                }
                i += 2;
            } else {
                i++;
            }
        }
        return lastEscapedClose;
    }

    private BasedSequence take(int end) {
        if (end < 0) {
            return null;
        }
        BasedSequence matched = input.subSequence(index, end);
        index = end;
        return matched;
    }
}
