package org.engagementportal.checks;

import java.util.List;

/** Every data table has header cells, so each cell can be read with its column's name. */
public final class TableHeaders implements Rule {
    public String id() {
        return "table-headers";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("table").stream().filter(t -> t.getElementsByTag("th").isEmpty())
                .map(t -> new Finding(id(), t, "a table has no header row.",
                        "Write the table with a header row: | Clinic | Opening times | then |---|---| below it.")).toList();
    }
}
