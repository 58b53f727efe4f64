package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Headings go down one level at a time (h2 then h3, not h2 then h4), so their outline makes sense. */
public final class HeadingOrder implements Rule {
    public String id() {
        return "heading-order";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("heading-order");
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public String why() {
        return "Headings are the outline screen reader users move through; a skipped level makes them think part of the page is missing.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        List<Finding> out = new ArrayList<>();
        int previous = 0;
        for (Element h : page.elements("h1", "h2", "h3", "h4", "h5", "h6")) {
            int level = h.tagName().charAt(1) - '0';
            if (previous > 0 && level > previous + 1) {
                out.add(new Finding(id(), h, "the heading \"" + h.text() + "\" skips a level (h" + previous + " to h" + level + ").",
                        "Use " + "#".repeat(previous + 1) + " for this heading, or add the missing level above it."));
            }
            previous = level;
        }
        return out;
    }
}
