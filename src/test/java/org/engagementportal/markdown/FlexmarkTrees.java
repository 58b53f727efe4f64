package org.engagementportal.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * For tests that compare a reader of ours with flexmark's: the parser built as the portal builds it, and a parsed
 * tree written out whole, to compare.
 */
final class FlexmarkTrees {
    private FlexmarkTrees() {
    }

    /** A parser as {@link Markdown} builds one: our inline parser, with reference definitions read before tables. */
    static Parser.Builder portalParser(DataHolder options) {
        return Parser.builder(options).customInlineParserFactory(GuardedInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    /** Every node, indented by its depth, with where it stands in the Markdown and its details (a heading's level). */
    static String tree(Node node) {
        StringBuilder out = new StringBuilder();
        tree(node, 0, out);
        return out.toString();
    }

    private static void tree(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.toAstString(true)).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            tree(child, depth + 1, out);
        }
    }
}
