package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** No two elements share an id: links to a part of the page and labels depend on them being unique. */
public final class DuplicateIds implements Rule {
    /** Ids the page frame uses outside the main content. */
    static final Set<String> FRAME = Set.of("large-print");

    public String id() {
        return "duplicate-id";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("duplicate-id", "duplicate-id-aria", "duplicate-id-active");
    }

    public String criterion() {
        return "4.1.2 Name, Role, Value";
    }

    public String why() {
        return "Labels, skip links and descriptions find their element by id; with two elements under one id, they point at the wrong one.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(FRAME);
        for (Element e : page.withId()) {
            if (!seen.add(e.id())) {
                out.add(new Finding(id(), e, "two parts of the page have the id \"" + e.id() + "\".",
                        "Give the headings different words: heading ids are made from them."));
            }
        }
        return out;
    }
}
