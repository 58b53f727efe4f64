package org.engagementportal.checks;

import java.util.List;
import org.jsoup.nodes.Element;

/** A table marked as layout has no header cells, caption or summary, which only data tables have (F46). */
public final class LayoutTableSemantics implements Rule {
    public String id() {
        return "layout-table-semantics";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public String failure() {
        return "F46";
    }

    public String why() {
        return "A table marked as layout is read as plain content, so its header cells and caption claim a structure that "
                + "is not there: screen readers either announce a data table that is not one or hide headings that are.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("table").stream()
                .filter(t -> Markup.isLayout(t) && hasDataTableParts(t))
                .map(t -> new Finding(id(), t, "a table marked as layout (role=\"" + t.attr("role") + "\") has header cells, a caption or a summary.",
                        "If it holds data, remove role=\"" + t.attr("role") + "\"; if it is only layout, use <td> instead of <th> and remove the caption and summary (better, lay it out with the style sheet)."))
                .toList();
    }

    private static boolean hasDataTableParts(Element t) {
        boolean th = t.select("th").stream().anyMatch(c -> c.closest("table") == t);
        boolean caption = t.children().stream().anyMatch(c -> c.normalName().equals("caption"));
        return th || caption || !t.attr("summary").isBlank();
    }
}
