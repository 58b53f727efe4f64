package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolink extension, run only on text that could hold a link. The stock extension runs its
 * link finder over every piece of text of every page; measured on the benchmark corpus that was a fifth of
 * all Markdown time, though almost no text contains "://", "www." or "@". The links it makes are
 * flexmark's own.
 */
final class FastAutolink implements Parser.ParserExtension {

    static FastAutolink create() {
        return new FastAutolink();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    static boolean mayHoldLink(CharSequence text) {
        String s = text.toString();
        return s.contains("://") || s.contains("www.") || s.indexOf('@') >= 0;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodeWithExclusions(Text.class, DoNotDecorate.class, DoNotLinkDecorate.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                private AutolinkNodePostProcessor delegate;

                @Override
                public void process(NodeTracker state, Node node) {
                    if (!mayHoldLink(node.getChars())) {
                        return;
                    }
                    if (delegate == null) {
                        delegate = new AutolinkNodePostProcessor(document);
                    }
                    delegate.process(state, node);
                }
            };
        }
    }
}
