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
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * flexmark's headings, fenced code and thematic breaks, each tried on a line only when the line can start one.
 * flexmark tries every kind of block at the start of every line with its own regular expression; on the benchmark
 * corpus, where most lines are sentences and list items, these three were about 1.5% of a cold build's CPU. Each
 * stock pattern is anchored at the line's first character after its indent ({@code #} or a setext line's {@code =}
 * and {@code -}; a fence's {@code `} and {@code ~}; a break's {@code *}, {@code _} and {@code -}), and a setext
 * line or a break is that character repeated with spaces between; a line that is not is one they would turn down,
 * having changed nothing: the blocks made are flexmark's own.
 *
 * <p>Each takes the place of its stock factory (which is switched off) as a subclass of it, with the stock
 * factory's dependencies on the other kinds. flexmark finds a kind named in a dependency by its exact class, so
 * where a stock factory names one of the three, the subclass standing in for it is named instead ({@link #ours}):
 * the kinds are tried in the stock order whatever order they are registered in (a test compares the orders).
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

    /** The three stock kinds, and ours that stand in for them. */
    private static final Map<Class<?>, Class<?>> STANDING_IN = Map.of(HeadingParser.Factory.class, Headings.class,
            FencedCodeBlockParser.Factory.class, FencedCode.class, ThematicBreakParser.Factory.class, ThematicBreaks.class);

    /** A stock factory's dependencies, with each of the three stock kinds replaced by ours. */
    static Set<Class<?>> ours(Set<Class<?>> stock) {
        if (stock == null) {
            return null;
        }
        Set<Class<?>> out = new HashSet<>();
        for (Class<?> kind : stock) {
            out.add(STANDING_IN.getOrDefault(kind, kind));
        }
        return out;
    }

    static final class Headings extends HeadingParser.Factory {
        /**
         * flexmark's own, made for the first page and used for every page after it. It compiles its three regular
         * expressions when it is made, which flexmark does for every page (about 0.3% of a cold build's CPU on the
         * benchmark). It keeps nothing of a page: only the heading options, which are the parser's and the same for
         * every page this parser reads, and those patterns, which threads can share.
         */
        private volatile BlockParserFactory stock;

        @Override
        public Set<Class<?>> getAfterDependents() {
            return ours(super.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return ours(super.getBeforeDependents());
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            // "#" (ATX), or a line of "=" or of "-" (setext)
            BlockParserFactory made = stock;
            if (made == null) {
                made = super.apply(options);
                stock = made;
            }
            return startingWith((line, at) -> line.charAt(at) == '#' || (line.charAt(at) == '=' || line.charAt(at) == '-') && onlyMarks(line, at),
                    made);
        }
    }

    static final class FencedCode extends FencedCodeBlockParser.Factory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return ours(super.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return ours(super.getBeforeDependents());
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return startingWith((line, at) -> line.charAt(at) == '`' || line.charAt(at) == '~', super.apply(options));
        }
    }

    static final class ThematicBreaks extends ThematicBreakParser.Factory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return ours(super.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return ours(super.getBeforeDependents());
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return startingWith((line, at) -> (line.charAt(at) == '*' || line.charAt(at) == '_' || line.charAt(at) == '-') && onlyMarks(line, at),
                    super.apply(options));
        }
    }

    /**
     * Whether the line from {@code at} is its first character repeated, with spaces and tabs between: all a setext
     * heading's underline or a thematic break can be ("---", "* * *"), so "- a list item" is neither. A line
     * separator is let through too, as the stock patterns' {@code $} matches before one at the end.
     */
    static boolean onlyMarks(BasedSequence line, int at) {
        char mark = line.charAt(at);
        for (int i = at + 1, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            if (c != mark && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\u0085' && c != '\u2028' && c != '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Whether a line can start a block of the kind, from its first character after the indent ({@code at}). */
    interface CanStart {
        boolean test(BasedSequence line, int at);
    }

    /** The stock factory, asked only when {@code canStart} says the line can start its kind of block. */
    private static BlockParserFactory startingWith(CanStart canStart, BlockParserFactory stock) {
        return new BlockParserFactory() {
            @Override
            public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
                BasedSequence line = state.getLine();
                int at = state.getNextNonSpaceIndex();
                if (at >= line.length() || !canStart.test(line, at)) {
                    return BlockStart.none();
                }
                return stock.tryStart(state, matchedBlockParser);
            }
        };
    }
}
