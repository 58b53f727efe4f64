package org.engagementportal.checks;

import java.util.List;
import org.jsoup.nodes.Element;

/** A table holds data: one whose cells are all empty, or all headers, is layout or a list in disguise. */
public final class TableWithoutData implements Rule {
    public String id() {
        return "table-without-data";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Screen readers announce a table with its rows and columns and read every cell with its headings; a table "
                + "with no data makes people work through that structure to find nothing.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("table").stream()
                .filter(t -> !Markup.isLayout(t) && !Markup.rows(t).isEmpty() && !hasData(t))
                .map(t -> new Finding(id(), t, hasText(t) ? "a table has only header cells, no data."
                                : "a table has only empty cells.",
                        "If it is a list, write it as a list (- item); if it makes space or columns, remove it and let the style sheet lay out the page."))
                .toList();
    }

    private static boolean hasData(Element t) {
        return Markup.rows(t).stream().flatMap(r -> Markup.cells(r).stream())
                .anyMatch(c -> c.normalName().equals("td") && (!c.text().isBlank() || !c.select("img, input, select, a, button").isEmpty()));
    }

    private static boolean hasText(Element t) {
        return !t.text().isBlank();
    }
}
