package org.engagementportal.checks;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** What several rules need to know about an element: its name as read out, its role, its language. */
final class Markup {
    private static final Set<String> INTERACTIVE = Set.of("a", "button", "input", "select", "textarea", "summary", "details", "iframe",
            "audio", "video", "embed", "object", "area", "option", "label");

    private Markup() {
    }

    /** The words a screen reader says for a link or button: its aria-label, or its text with its pictures' descriptions. */
    static String name(Element e) {
        return LinkPurpose.accessibleName(e);
    }

    /** Text made comparable: lower case, spaces collapsed, punctuation at the ends gone. */
    static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
    }

    /** A table marked as layout, which assistive technology reads as plain content. */
    static boolean isLayout(Element table) {
        String role = table.attr("role").strip();
        return role.equals("presentation") || role.equals("none");
    }

    /** Something a person can already reach and use with the keyboard, or an element given a role of its own. */
    static boolean isInteractive(Element e) {
        return INTERACTIVE.contains(e.normalName()) || !e.attr("role").isBlank() || e.hasAttr("contenteditable");
    }

    /** The language of the element's text: its own or its nearest ancestor's {@code lang}, else the page's. */
    static String lang(Element e, PageUnderTest page) {
        for (Element at = e; at != null; at = at.parent()) {
            if (at.hasAttr("lang")) {
                return at.attr("lang").strip();
            }
        }
        return page.lang() == null ? "" : page.lang();
    }

    /** The element's own text, without that of the elements inside it. */
    static String ownText(Element e) {
        return e.ownText();
    }

    /** A cell in a table's own rows (not in a table inside it). */
    static java.util.List<Element> rows(Element table) {
        return table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
    }

    static java.util.List<Element> cells(Element row) {
        return row.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
    }
}
