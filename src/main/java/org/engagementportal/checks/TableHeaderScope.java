package org.engagementportal.checks;

import java.util.List;
import org.jsoup.nodes.Element;

/** A table with headers both across the top and down the side says which way each header points (F91). */
public final class TableHeaderScope implements Rule {
    public String id() {
        return "table-header-scope";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("scope-attr-valid");
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public String failure() {
        return "F91";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "With headers in both the first row and the first column, screen readers have to guess which header "
                + "belongs to each cell, and may read the wrong one.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("table").stream()
                .filter(t -> !Markup.isLayout(t) && ambiguous(t))
                .map(t -> new Finding(id(), t, "a table has headers across the top and down the side without scope.",
                        "Add scope=\"col\" to the headers across the top and scope=\"row\" to those down the side."))
                .toList();
    }

    private static boolean ambiguous(Element t) {
        List<Element> rows = Markup.rows(t);
        if (rows.size() < 2 || t.select("td[headers]").stream().anyMatch(c -> c.closest("table") == t)) {
            return false;
        }
        List<Element> top = Markup.cells(rows.get(0));
        boolean across = top.size() > 1 && top.stream().skip(1).allMatch(c -> c.normalName().equals("th"));
        boolean down = rows.stream().skip(1).map(Markup::cells)
                .allMatch(cs -> !cs.isEmpty() && cs.get(0).normalName().equals("th") && cs.stream().skip(1).anyMatch(c -> c.normalName().equals("td")));
        boolean scoped = rows.stream().flatMap(r -> Markup.cells(r).stream()).filter(c -> c.normalName().equals("th"))
                .allMatch(c -> !c.attr("scope").isBlank());
        return across && down && !scoped;
    }
}
