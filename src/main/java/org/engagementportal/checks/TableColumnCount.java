package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Every row of a data table has as many columns as the others, counting cells that span columns and rows. */
public final class TableColumnCount implements Rule {
    public String id() {
        return "table-column-count";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Screen readers read each cell with the heading of its column; in a row with a cell missing or extra, "
                + "cells are read with the wrong heading or none.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        List<Finding> out = new ArrayList<>();
        for (Element t : page.elements("table")) {
            if (Markup.isLayout(t)) {
                continue;
            }
            List<Element> rows = Markup.rows(t);
            // The table's grid: which columns of each row are taken, by its own cells or by cells spanning down from above.
            List<java.util.BitSet> taken = new ArrayList<>();
            rows.forEach(r -> taken.add(new java.util.BitSet()));
            int expected = -1;
            for (int r = 0; r < rows.size(); r++) {
                int col = 0;
                for (Element cell : Markup.cells(rows.get(r))) {
                    col = taken.get(r).nextClearBit(col);
                    int across = span(cell.attr("colspan"));
                    int down = span(cell.attr("rowspan"));
                    for (int rr = r; rr < Math.min(rows.size(), r + down); rr++) {
                        taken.get(rr).set(col, col + across);
                    }
                    col += across;
                }
                int width = taken.get(r).length();
                if (expected < 0) {
                    expected = width;
                } else if (width != expected) {
                    out.add(new Finding(id(), rows.get(r), "row " + (r + 1) + " of a table has " + width + " columns where the first row has "
                            + expected + ".", "Give every row the same number of cells; leave a cell empty rather than out."));
                    break;
                }
            }
        }
        return out;
    }

    private static int span(String n) {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(n.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
