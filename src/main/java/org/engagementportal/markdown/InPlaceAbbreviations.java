package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.abbreviation.internal.AbbreviationNodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * flexmark's abbreviations, marked up where each piece of text is. flexmark's own post-processor, given a piece of text
 * inside a {@link TextBase} (as a link found in text leaves the text before and after it), appends what it makes at the
 * end of that TextBase: "Ask the ICB: email team@example.org." was published as "team@example.org.Ask the ICB: email ".
 * Each such piece is first put in a TextBase of its own, so what is made takes its place. Run by {@link PostProcessing},
 * after links are found ({@link FastAutolink} names it as the one to go before).
 */
final class InPlaceAbbreviations {
    private InPlaceAbbreviations() {
    }

    static NodePostProcessorFactory factory() {
        return new Factory();
    }

    static final class Factory extends NodePostProcessorFactory {
        private final AbbreviationNodePostProcessor.Factory stock = new AbbreviationNodePostProcessor.Factory();

        Factory() {
            super(false);
            addNodeWithExclusions(Text.class, DoNotDecorate.class, DoNotLinkDecorate.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            NodePostProcessor abbreviations = stock.apply(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (node.getParent() instanceof TextBase && (node.getPrevious() != null || node.getNext() != null)) {
                        TextBase own = new TextBase(node.getChars());
                        node.insertBefore(own);
                        own.appendChild(node); // moves it
                        state.nodeAdded(own);
                    }
                    abbreviations.process(state, node);
                }
            };
        }
    }
}
