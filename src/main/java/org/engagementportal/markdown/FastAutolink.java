package org.engagementportal.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * flexmark's autolink extension, run only on text that could hold a link. The stock extension runs its
 * link finder over every piece of text of every page; measured on the benchmark corpus that was a fifth of
 * all Markdown time, though almost no text contains "://", "www." or "@". The links it makes are
 * flexmark's own. Run by {@link PostProcessing}.
 */
final class FastAutolink {
    private FastAutolink() {
    }

    /** Finds links in each piece of text that could hold one. */
    static NodePostProcessorFactory factory() {
        return new Factory();
    }

    static boolean mayHoldLink(CharSequence text) {
        String s = text.toString();
        return s.contains("://") || s.contains("www.") || s.indexOf('@') >= 0;
    }

    /**
     * The same test straight on the page's Markdown, between the text's first and last character, without
     * copying the text out first (which cost more than the test). A span can only be wider than the text, so
     * this never misses a link; at worst the link finder looks at text that has none.
     */
    static boolean mayHoldLink(BasedSequence chars) {
        if (!(chars.getBase() instanceof String base)) {
            return mayHoldLink((CharSequence) chars);
        }
        int to = Math.min(chars.getEndOffset(), base.length());
        char[] page = Stretch.chars(base);
        if (page != null) { // the page being read: the same test on its characters
            for (int i = Math.max(0, chars.getStartOffset()); i < to; i++) {
                char c = page[i];
                if (c == '@' || c == ':' && i + 3 <= to && page[i + 1] == '/' && page[i + 2] == '/'
                        || c == 'w' && i + 4 <= to && page[i + 1] == 'w' && page[i + 2] == 'w' && page[i + 3] == '.') {
                    return true;
                }
            }
            return false;
        }
        for (int i = Math.max(0, chars.getStartOffset()); i < to; i++) {
            char c = base.charAt(i);
            if (c == '@' || c == ':' && i + 3 <= to && base.startsWith("://", i) || c == 'w' && i + 4 <= to && base.startsWith("www.", i)) {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodeWithExclusions(Text.class, DoNotDecorate.class, DoNotLinkDecorate.class);
        }

        /**
         * Links are found before abbreviations are marked up ({@link InPlaceAbbreviations}), as with the stock
         * extension: otherwise an abbreviation in an address ("www.example.org/ICB")
         * splits its text, and the link is made of part of it and moved.
         */
        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(InPlaceAbbreviations.Factory.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new NodePostProcessor() {
                private AutolinkNodePostProcessor delegate;

                @Override
                public void process(NodeTracker state, Node node) {
                    if (!mayHoldLink(node.getChars())) { // the BasedSequence overload: no copy
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
