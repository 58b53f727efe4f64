package org.engagementportal.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's headings, fenced code and thematic breaks, each tried on a line only when the line's first character
 * after its indent can start one. flexmark tries every kind of block at the start of every line with its own
 * regular expression; on the benchmark corpus, where most lines are sentences, these three were about 1.5% of a
 * cold build's CPU. Each stock pattern is anchored at that first character ({@code #} or a setext line's {@code =}
 * and {@code -}; a fence's {@code `} and {@code ~}; a break's {@code *}, {@code _} and {@code -}), so a line
 * starting otherwise is one they would turn down, having changed nothing: the blocks made are flexmark's own.
 *
 * <p>Each takes the place of its stock factory (which is switched off) as a subclass of it, keeping its
 * dependencies, so the kinds are tried in the stock order (a test compares the two orders).
 */
final class FastBlockStarts implements Parser.ParserExtension {

    static FastBlockStarts create() {
        return new FastBlockStarts();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Headings());
        builder.customBlockParserFactory(new FencedCode());
        builder.customBlockParserFactory(new ThematicBreaks());
    }

    static final class Headings extends HeadingParser.Factory {
        private static final CharPredicate FIRST = CharPredicate.anyOf("#=-");

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return startingWith(FIRST, super.apply(options));
        }
    }

    static final class FencedCode extends FencedCodeBlockParser.Factory {
        private static final CharPredicate FIRST = CharPredicate.anyOf("`~");

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return startingWith(FIRST, super.apply(options));
        }
    }

    static final class ThematicBreaks extends ThematicBreakParser.Factory {
        private static final CharPredicate FIRST = CharPredicate.anyOf("*_-");

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return startingWith(FIRST, super.apply(options));
        }
    }

    /** The stock factory, asked only when the line's first character after its indent is one of {@code first}. */
    private static BlockParserFactory startingWith(CharPredicate first, BlockParserFactory stock) {
        return new BlockParserFactory() {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
                BasedSequence line = state.getLine();
                int at = state.getNextNonSpaceIndex();
                if (at >= line.length() || !first.test(line.charAt(at))) {
                    return BlockStart.none();
                }
                return stock.tryStart(state, matchedBlockParser);
            }
        };
    }
}
