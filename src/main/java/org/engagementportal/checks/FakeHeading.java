package org.engagementportal.checks;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** A heading is marked as a heading, not faked with a short paragraph in bold (F2). */
public final class FakeHeading implements Rule {
    private static final Set<String> BOLD = Set.of("strong", "b");

    public String id() {
        return "fake-heading";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public String failure() {
        return "F2";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Screen reader users move through a page by its headings; bold text looks like a heading but is not one, "
                + "so the section it starts cannot be found that way.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("p").stream().filter(FakeHeading::looksLikeHeading)
                .map(p -> new Finding(id(), p, "the bold line \"" + p.text() + "\" looks like a heading but is not marked as one.",
                        "Make it a heading: ## " + p.text() + " (one more # for each level below)."))
                .toList();
    }

    private static boolean looksLikeHeading(Element p) {
        String text = p.text().strip();
        if (text.isEmpty() || text.length() > 80 || text.matches(".*[.,;!?:]$") || p.nextElementSibling() == null
                || p.closest("li, td, th, label, legend, figcaption, blockquote, dd") != null) {
            return false;
        }
        // Its only content is one bold element (spaces aside).
        Element bold = null;
        for (Node n : p.childNodes()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    return false;
                }
            } else if (n instanceof Element e && BOLD.contains(e.normalName()) && bold == null && !e.hasAttr("class")) {
                // A bold element with a class of its own is a styled label (a status tag such as "Open"), not a heading.
                bold = e;
            } else {
                return false;
            }
        }
        Element next = p.nextElementSibling();
        return bold != null && Set.of("p", "ul", "ol", "table", "dl").contains(next.normalName());
    }
}
