package org.engagementportal.markdown;

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
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.engagementportal.source.Limits;

/**
 * flexmark's inline parser, kept in proportion. Working out which of a paragraph's formatting marks pair
 * up (emphasis, links, code) takes flexmark time that grows with the square of the marks, or worse, on
 * text written to provoke it; so a paragraph, heading or table cell with more than
 * {@link Limits#MARKS_PER_PARAGRAPH} marks is reported and kept as plain text. And link titles and
 * {@code <...>} link addresses are read by a loop here instead of flexmark's regular expressions, which
 * recurse once per character and overflow the stack on a title of a couple of thousand characters.
 */
final class GuardedInlineParser extends InlineParserImpl {
    /** The characters CommonMark lets a backslash escape. */
    private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[]\\^_`{|}~-";

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

    @Override
    public void finalizeDocument(Document document) {
        super.finalizeDocument(document);
        document.set(OVERSIZED, List.copyOf(oversized));
    }

    /**
     * How many of the parser's special characters the text has (line breaks aside). Read straight from the
     * page's Markdown when the text is one stretch of it (a sequence's own charAt costs several calls a
     * character), otherwise through the sequence.
     */
    private int marks(BasedSequence text) {
        int n = 0;
        BitSet special = specialCharacters;
        int size = special.size();
        if (text.getBase() instanceof String base && text.getEndOffset() - text.getStartOffset() == text.length()
                && text.getEndOffset() <= base.length()) {
            for (int i = text.getStartOffset(), end = text.getEndOffset(); i < end; i++) {
                char c = base.charAt(i);
                if (c != '\n' && c < size && special.get(c)) {
                    n++;
                }
            }
            return n;
        }
        for (int i = 0, len = text.length(); i < len; i++) {
            char c = text.charAt(i);
            if (c != '\n' && c < size && special.get(c)) {
                n++;
            }
        }
        return n;
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
        int end = scan(index + 1, close, false);
        return take(end);
    }

    /** A link address in angle brackets, as flexmark's LINK_DESTINATION_ANGLES reads it, without recursion. */
    @Override
    public BasedSequence parseLinkDestination() {
        if (index < input.length() && input.charAt(index) == '<' && !options.spaceInLinkUrls) {
            BasedSequence angled = take(scan(index + 1, '>', true));
            if (angled != null) {
                return angled;
            }
            // Not an address in angle brackets: flexmark reads it another way (and never as angles again).
        }
        return super.parseLinkDestination();
    }

    /**
     * Scans from {@code from} for the closing character, taking a backslash and an escapable character
     * as one, and returns the index after the closing character, or -1. As the regular expression
     * backtracks, when no plain closing character comes, an escaped one ("\"") ends the text instead.
     *
     * @param angles stop at what an address in angle brackets may not hold (space, line break, '&lt;')
     */
    private int scan(int from, char close, boolean angles) {
        int lastEscapedClose = -1;
        int i = from;
        int len = input.length();
        while (i < len) {
            char c = input.charAt(i);
            if (c == '\\' && i + 1 < len && ESCAPABLE.indexOf(input.charAt(i + 1)) >= 0) {
                if (input.charAt(i + 1) == close) {
                    lastEscapedClose = i + 2;
                }
                i += 2;
                continue;
            }
            if (c == close) {
                return i + 1;
            }
            if (c == '\0' || angles && (c == '<' || c == ' ' || c == '\t' || c == '\n')) {
                break;
            }
            i++;
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
