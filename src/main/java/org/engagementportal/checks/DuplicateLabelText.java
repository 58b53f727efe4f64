package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Two fields in one form have different labels, unless their groups (legends) tell them apart. */
public final class DuplicateLabelText implements Rule {
    public String id() {
        return "duplicate-label";
    }

    public String criterion() {
        return "2.4.6 Headings and Labels";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Screen reader and voice control users pick fields by their labels: two fields both called \"Name\" cannot "
                + "be told apart or asked for by name.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        Map<List<Object>, Element> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Element label : page.elements("label")) {
            String text = Markup.normal(label.text());
            if (text.isEmpty()) {
                continue;
            }
            Element form = label.closest("form");
            Element group = label.closest("fieldset");
            List<Object> key = java.util.Arrays.asList(form, group, text); // elements are equal only to themselves
            if (seen.putIfAbsent(key, label) != null) {
                out.add(new Finding(id(), label, "two fields are labelled \"" + label.text() + "\".",
                        "Make each label say which field it is (\"Your name\", \"Your carer's name\"), or group them under legends."));
            }
        }
        return out;
    }
}
