package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/** A label names one field that exists, and a field has one label: {@code for} values neither missing nor shared. */
public final class LabelFor implements Rule {
    public String id() {
        return "label-for";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("label");
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "A label that points at no field, or two labels for one field, leave screen reader users with a field "
                + "read without its label, or with only one of two; clicking the label may not reach the field.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        Set<String> fields = new HashSet<>();
        page.elements("input", "select", "textarea", "meter", "output", "progress").forEach(f -> fields.add(f.id()));
        Map<String, Element> first = new HashMap<>();
        List<Finding> out = new ArrayList<>();
        for (Element label : page.elements("label")) {
            String id = label.attr("for").strip();
            if (!label.hasAttr("for") || id.isEmpty()) {
                continue;
            }
            if (!fields.contains(id)) {
                out.add(new Finding(id(), label, "the label \"" + label.text() + "\" is for \"" + id + "\", and no field has that id.",
                        "Make the label's for the same as the id of its field."));
            } else if (first.putIfAbsent(id, label) != null) {
                out.add(new Finding(id(), label, "the label \"" + label.text() + "\" is the second label for the field \"" + id + "\".",
                        "Give each field one label; put extra help in a hint linked with aria-describedby."));
            }
        }
        return out;
    }
}
