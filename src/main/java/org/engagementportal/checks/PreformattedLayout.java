package org.engagementportal.checks;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Preformatted text is not used to line up columns with spaces, a table made of spaces (F33, F34). */
public final class PreformattedLayout implements Rule {
    private static final Pattern COLUMNS = Pattern.compile("\\S( {3,}|\\t+)\\S");

    public String id() {
        return "preformatted-layout";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public String failure() {
        return "F34";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Columns made of spaces are read row by row as one run of words, so the things lined up beside each other "
                + "are heard without their column, and they break apart when text is enlarged.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("pre").stream().filter(PreformattedLayout::spacedColumns)
                .map(pre -> new Finding(id(), pre, "preformatted text lines words up in columns with spaces.",
                        "Write it as a table (| Clinic | Opening times |), or as a list."))
                .toList();
    }

    private static boolean spacedColumns(Element pre) {
        if (!pre.select("code, samp, kbd").isEmpty()) {
            return false; // code keeps its spacing for a reason
        }
        long lines = pre.wholeText().lines().filter(l -> COLUMNS.matcher(l.strip()).find()).count();
        return lines >= 2;
    }
}
