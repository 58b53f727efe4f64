package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jsoup.Jsoup;

/**
 * What a reader reads in a Markdown text, collected from the same parse the page is rendered from, so the
 * plain-English checks and the page cannot disagree. Words come in the order the page shows them; the blocks a
 * reader hears as separate (headings, paragraphs, list items, table cells and captions) end where they end.
 * Left out, as they are not prose: code (in a line or a block), web and email addresses written as they are,
 * HTML tags and notes, and definitions of links and abbreviations. Links keep their words; pictures are given
 * apart, with their description.
 */
public final class Prose {
    /** Receives a text's prose in order. */
    public interface Reader {
        /** Words as written (marks and escapes taken away), from line {@code line} of the file. */
        void words(CharSequence text, int line);

        /** A space between words: a line break inside a paragraph, or a break written in HTML. */
        void space();

        /** The end of a block: a sentence not ended by its full stop ends here. */
        void end();

        /** A picture: its description (empty when it has none) and its address as written. */
        void picture(String description, String file, int line);

        /** An abbreviation the text explains itself ({@code *[ICB]: Integrated Care Board}), and its meaning. */
        void defines(String abbreviation, String meaning);
    }

    private final Reader reader;
    private final PageContext lines;

    private Prose(Reader reader, PageContext lines) {
        this.reader = reader;
        this.lines = lines;
    }

    /** @param lines the text's first line in its file, and where its lines start */
    static void read(Node document, PageContext lines, Reader reader) {
        new Prose(reader, lines).children(document);
    }

    private void children(Node parent) {
        if (parent instanceof TableBlock) {
            // The caption is written after the table in Markdown and shown above it.
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof TableCaption) {
                    block(n);
                }
            }
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof TableCaption && parent instanceof TableBlock)) {
                node(n);
            }
        }
    }

    private void block(Node n) {
        reader.end();
        children(n);
        reader.end();
    }

    /** The file line a node starts on (flexmark's own getStartLineNumber counts from the top for every call). */
    private int line(Node n) {
        return lines.at(n).line();
    }

    private void node(Node n) {
        if (n instanceof Text || n instanceof HtmlEntity) {
            reader.words(written(n.getChars()), line(n));
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            reader.space();
        } else if (n instanceof Heading || n instanceof Paragraph || n instanceof ListItem || n instanceof TableCell
                || n instanceof TableCaption || n instanceof BlockQuote) {
            block(n);
        } else if (n instanceof ThematicBreak) {
            reader.end();
        } else if (n instanceof Code || n instanceof CodeBlock || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock
                || n instanceof AutoLink || n instanceof MailLink || n instanceof HtmlCommentBlock || n instanceof HtmlInlineComment
                || n instanceof Reference || n instanceof TableSeparator) {
            return; // not prose
        } else if (n instanceof AbbreviationBlock a) {
            reader.defines(a.getText().toString().strip(), a.getAbbreviation().toString().strip());
        } else if (n instanceof HtmlInline html) {
            if (html.getChars().toString().regionMatches(true, 0, "<br", 0, 3)) {
                reader.space();
            }
        } else if (n instanceof HtmlBlock) {
            // The words the HTML shows, as one block.
            reader.end();
            reader.words(Jsoup.parseBodyFragment(n.getChars().toString()).text(), line(n));
            reader.end();
        } else if (n instanceof Image image) {
            reader.picture(description(image), image.getUrl().toString(), line(n));
        } else if (n instanceof ImageRef image) {
            String file = image.isDefined() && image.getReferenceNode(image.getDocument()) != null
                    ? image.getReferenceNode(image.getDocument()).getUrl().toString() : image.getReference().toString();
            reader.picture(description(image), file, line(n));
        } else if (n instanceof LinkRef ref && !ref.isDefined()) {
            reader.words(written(n.getChars()), line(n)); // not a link: the page shows the brackets as written
        } else if (n instanceof TypographicQuotes q) {
            reader.words(written(q.getOpeningMarker()), line(n));
            children(n);
            reader.words(written(q.getClosingMarker()), line(n));
        } else if (n.hasChildren()) {
            children(n); // links, emphasis, abbreviations, lists, tables and their rows
        } else {
            reader.words(written(n.getChars()), line(n)); // dashes and ellipses as written, and the like
        }
    }

    /** Text as the page shows it: backslash escapes and entities resolved (flexmark's way, only when there are any). */
    private static CharSequence written(BasedSequence chars) {
        return chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 ? chars : chars.unescape();
    }

    private static String description(Node image) {
        return new TextCollectingVisitor().collectAndGetText(image).strip();
    }
}
