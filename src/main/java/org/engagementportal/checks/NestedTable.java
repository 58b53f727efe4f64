package org.engagementportal.checks;

import java.util.List;

/** No table inside a data table: screen readers cannot say which row and column a cell of the inner one is in. */
public final class NestedTable implements Rule {
    public String id() {
        return "nested-table";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Inside a table within a table, a screen reader loses track of the outer headings: cells are read "
                + "without the row and column they belong to.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("table").stream()
                .filter(t -> t.parent() != null && t.parent().closest("table") != null && !Markup.isLayout(t.parent().closest("table")))
                .map(t -> new Finding(id(), t, "a table is inside another table.",
                        "Split it into separate tables, each with its own headers, or join them into one table."))
                .toList();
    }
}
