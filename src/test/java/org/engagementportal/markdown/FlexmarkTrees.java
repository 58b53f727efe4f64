package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * For tests that compare a reader of ours with flexmark's: the parser built as the portal builds it, a parsed
 * tree written out whole, and the two compared.
 */
final class FlexmarkTrees {
    private FlexmarkTrees() {
    }

    /** A parser as {@link Markdown} builds one: our inline parser, with reference definitions read before tables. */
    static Parser.Builder portalParser(DataHolder options) {
        return Parser.builder(options).customInlineParserFactory(GuardedInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    /**
     * Asserts that {@code ours} reads {@code markdown} as {@code theirs} does: the same tree, every node in the same
     * place in the Markdown, and the same HTML from each one's renderer.
     */
    static void assertReadAlike(Parser theirs, HtmlRenderer theirHtml, Parser ours, HtmlRenderer ourHtml, String markdown) {
        Node expected = theirs.parse(markdown);
        Node actual = ours.parse(markdown);
        assertEquals(tree(expected), tree(actual), markdown);
        assertEquals(theirHtml.render(expected), ourHtml.render(actual), markdown);
    }

    /** As above, with one renderer for both. */
    static void assertReadAlike(Parser theirs, Parser ours, HtmlRenderer html, String markdown) {
        assertReadAlike(theirs, html, ours, html, markdown);
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
