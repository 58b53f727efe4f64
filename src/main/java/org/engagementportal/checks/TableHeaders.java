package org.engagementportal.checks;

import java.util.List;

/**
 * Every data table has header cells, so each cell can be read with its column's name. A table marked as layout
 * ({@code role="presentation"} or {@code "none"}) is read as plain content and needs none.
 */
public final class TableHeaders implements Rule {
    public String id() {
        return "table-headers";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("td-has-header", "td-headers-attr", "th-has-data-cells");
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public String why() {
        return "Screen readers read each cell with its column heading; without header cells, a table is a stream of unconnected numbers.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 2;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("table").stream().filter(t -> !Markup.isLayout(t) && t.getElementsByTag("th").isEmpty())
                .map(t -> new Finding(id(), t, "a table has no header row.",
                        "Write the table with a header row: | Clinic | Opening times | then |---|---| below it.")).toList();
    }
}
