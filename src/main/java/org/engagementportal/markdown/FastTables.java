package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * flexmark's tables extension, its table reader started only for a paragraph whose first line holds a pipe. The
 * stock reader is made afresh for every page (compiling its expression for the dashes line) and then looks for a
 * pipe in the first line of every paragraph, a character at a time through flexmark's sequences; on the
 * benchmark corpus, where few paragraphs are tables, that was about 2% of a cold build's CPU. A first line with no
 * pipe is what makes the stock reader give up at once, leaving the paragraph as it was, so the tables made are
 * flexmark's own, the same as before. Rendering is the stock extension's.
 */
final class FastTables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private static final TablesExtension TABLES = TablesExtension.create();

    static FastTables create() {
        return new FastTables();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        TABLES.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        TABLES.rendererOptions(options);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        TABLES.extend(builder, rendererType);
    }

    /**
     * Whether the first line of a paragraph holds a pipe, read straight from the page's Markdown where flexmark's
     * sequence stands on it. The stock reader makes no table of a paragraph unless it does. One per page: the
     * paragraphs come in the order they are written, so the page is read once however many there are.
     */
    static final class Pipes {
        private String markdown;
        /** No pipe lies between {@code from} and {@code next}, the first at or after it (-1: none). */
        private int from;
        private int next;

        boolean inFirstLine(Paragraph block) {
            List<BasedSequence> lines = block.getContentLines();
            if (lines.isEmpty()) {
                return false;
            }
            BasedSequence first = lines.get(0);
            // Any sequence but an unbroken stretch of the page's Markdown is asked itself.
            String text = Stretch.markdownOf(first);
            if (text == null) {
                return first.indexOf('|') >= 0;
            }
            int start = first.getStartOffset();
            if (text != markdown || start < from || next >= 0 && next < start) {
                markdown = text;
                from = start;
                next = text.indexOf('|', start);
            }
            return next >= 0 && next < first.getEndOffset();
        }
    }

    /**
     * Whether the stock reader reads each of this paragraph's rows from the row's own line. For a row indented more
     * than the paragraph's first line, it steps back from the row's text by the difference in columns, taking it for
     * as many characters; but a tab is up to four columns in one character, so for a row indented by tabs it steps
     * back into the lines before. By one tab, the row it reads holds the end of the row above, and the table comes
     * out with cells lost and others moved ("\t| Ashby | 9am |" under a header gave "-" and two empty cells); by
     * more, past the paragraph's start, it failed at the page's first character, or later in the page made a table of
     * the text before the paragraph, longer than the paragraph, which flexmark then failed to cut from it: the page
     * stopped the build. Such a paragraph is left as text, all of it, as when the stock reader finds no table (and
     * {@link TableLookalikes} warns of it at its first row); every other is read by the stock reader as before. Only
     * the rows it reads count: up to the first line without a pipe.
     */
    static boolean rowsStayInParagraph(Paragraph block) {
        List<BasedSequence> lines = block.getContentLines();
        int indent = block.getLineIndent(0);
        for (int i = 1; i < lines.size(); i++) {
            BasedSequence line = lines.get(i);
            if (line.indexOf('|') < 0) {
                return true; // the stock reader reads no further
            }
            int back = block.getLineIndent(i) - indent;
            if (back > 0 && back > spaceBefore(line)) {
                return false;
            }
        }
        return true;
    }

    /** The spaces and tabs just before {@code line}'s text in the page, back to the start of its line. */
    private static int spaceBefore(BasedSequence line) {
        BasedSequence page = line.getBaseSequence();
        int n = 0;
        for (int at = line.getStartOffset() - 1; at >= 0 && (page.charAt(at) == ' ' || page.charAt(at) == '\t'); at--) {
            n++;
        }
        return n;
    }

    /** The stock factory's place among the paragraph readers (after reference definitions), made lazily. */
    private static final class Factory implements ParagraphPreProcessorFactory {
        private static final ParagraphPreProcessorFactory STOCK = TableParagraphPreProcessor.Factory();

        /**
         * flexmark's reader, made for the first page with a table and used for every page after it: it compiles the
         * header separator's regular expression when it is made, which flexmark does for every page (about 0.2% of a
         * cold build's CPU on the benchmark). It keeps nothing of a page: only the table options, which are the
         * parser's and the same for every page this parser reads, and that pattern, which threads can share.
         */
        private volatile ParagraphPreProcessor shared;

        private ParagraphPreProcessor stock(ParserState state) {
            ParagraphPreProcessor made = shared;
            if (made == null) {
                made = STOCK.apply(state);
                shared = made;
            }
            return made;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return STOCK.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return STOCK.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return STOCK.affectsGlobalScope();
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new ParagraphPreProcessor() {
                private final Pipes pipes = new Pipes();

                @Override
                public int preProcessBlock(Paragraph block, ParserState parserState) {
                    if (!pipes.inFirstLine(block)) {
                        return 0;
                    }
                    if (!rowsStayInParagraph(block)) {
                        return 0;
                    }
                    return stock(state).preProcessBlock(block, parserState);
                }
            };
        }
    }
}
