package org.engagementportal.markdown;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationBlock;
import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationBlockParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's abbreviations extension ({@code *[ICB]: Integrated Care Board}), with a definition that does not start
 * its line read where it is written. The stock reader measures the definition's parts from the start of the line
 * but takes them from the text after the line's indent (or the marks of the quote or list it is in), so an
 * indented definition defined the wrong letters ("  *[ICB]: ..." defined "B]:"), and one whose line is short
 * for its indent stopped the build with an internal error ({@code * * *[x]: /y}, a definition in a list in a
 * list). A definition at the start of its line is read by the stock reader, as before; the rest is the stock
 * extension's.
 */
final class AbbreviationDefinitions extends AbbreviationExtension {
    /** The stock reader's: a definition starts where its line's text starts. */
    private static final Pattern DEFINITION = Pattern.compile("^\\*\\[\\s*.*\\s*\\]:");

    /** The definitions' reader; the abbreviations are marked up in the text by {@link PostProcessing}, as flexmark does. */
    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Definitions());
    }

    /** In the stock factory's place among the kinds of block (a subclass of it, with its dependencies). */
    static final class Definitions extends AbbreviationBlockParser.Factory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory stock = super.apply(options);
            return new BlockParserFactory() {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
                    int at = state.getNextNonSpaceIndex();
                    if (at == 0 || state.getIndent() >= 4) {
                        return stock.tryStart(state, matchedBlockParser); // its own reading, right from the line's start
                    }
                    return indented(state.getLine(), at);
                }
            };
        }

        /** A definition in {@code line} after its first {@code at} characters, read as the stock reader reads one at 0. */
        private static BlockStart indented(BasedSequence line, int at) {
            BasedSequence text = line.subSequence(at, line.length());
            Matcher matcher = DEFINITION.matcher(text);
            if (!matcher.find()) {
                return BlockStart.none();
            }
            int end = matcher.end();
            AbbreviationBlockParser parser = new AbbreviationBlockParser();
            AbbreviationBlock block = (AbbreviationBlock) parser.getBlock();
            block.setOpeningMarker(text.subSequence(0, 2));
            block.setText(text.subSequence(2, end - 2).trim());
            block.setClosingMarker(text.subSequence(end - 2, end));
            block.setAbbreviation(text.subSequence(end).trim());
            block.setCharsFromContent();
            return BlockStart.of(parser).atIndex(line.length());
        }
    }
}
