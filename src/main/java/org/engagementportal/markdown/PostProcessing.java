package org.engagementportal.markdown;

import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.parser.internal.PostProcessorManager;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.List;

/**
 * What flexmark does to a page's tree once it is parsed: links found in its text ({@link FastAutolink}), then the
 * abbreviations it defines marked up where used (flexmark's own post-processor, in place: {@link InPlaceAbbreviations}),
 * run as flexmark runs them, but
 * only on a page that gives them something to do: one that defines an abbreviation (itself or through the glossary)
 * or whose text has an "@", "://" or "www.". Before either looks at a piece of text, flexmark sorts every node of
 * the tree by kind and ancestry; on the benchmark corpus, where most pages have neither, that sorting was about 2%
 * of a cold build's CPU and found nothing to do.
 */
final class PostProcessing implements Parser.ParserExtension {

    static PostProcessing create() {
        return new PostProcessing();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory(builder));
    }

    /** The two post-processors, in flexmark's stages and order (links first: see {@link FastAutolink}). */
    static List<PostProcessorManager.PostProcessorDependencyStage> stages(DataHolder options) {
        return PostProcessorManager.calculatePostProcessors(options, List.of(FastAutolink.factory(),
                InPlaceAbbreviations.factory()));
    }

    /** Whether neither post-processor would change anything on the page. */
    static boolean nothingToDo(Document document) {
        var abbreviations = AbbreviationExtension.ABBREVIATIONS.get(document);
        // No abbreviations: flexmark's marks nothing up. No link's beginning in the whole text: none in any part of it.
        return (abbreviations == null || abbreviations.isEmpty()) && !FastAutolink.mayHoldLink(document.getChars());
    }

    private static final class Factory extends DocumentPostProcessorFactory {
        private final List<PostProcessorManager.PostProcessorDependencyStage> stages;

        Factory(DataHolder options) {
            this.stages = stages(options);
        }

        @Override
        public DocumentPostProcessor apply(Document document) {
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document page) {
                    return nothingToDo(page) ? page : PostProcessorManager.processDocument(page, stages);
                }
            };
        }
    }
}
