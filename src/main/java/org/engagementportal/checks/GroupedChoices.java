package org.engagementportal.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Radio buttons and checkboxes answering one question are grouped with the question ({@code fieldset} and {@code legend}). */
public final class GroupedChoices implements Rule {
    public String id() {
        return "grouped-choices";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "Each option is read with only its own label (\"Yes\", \"No\"): without a group, screen reader users do not "
                + "hear the question the options answer.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        Map<String, List<Element>> byName = new LinkedHashMap<>();
        for (Element input : page.elements("input")) {
            String type = input.attr("type").strip().toLowerCase(java.util.Locale.ROOT);
            if ((type.equals("radio") || type.equals("checkbox")) && !input.attr("name").isBlank()) {
                byName.computeIfAbsent(type + " " + input.attr("name"), k -> new ArrayList<>()).add(input);
            }
        }
        List<Finding> out = new ArrayList<>();
        byName.forEach((key, inputs) -> {
            if (inputs.size() >= 2 && inputs.stream().anyMatch(i -> i.closest("fieldset, [role=radiogroup], [role=group]") == null)) {
                out.add(new Finding(id(), inputs.get(0), inputs.size() + " " + key.split(" ")[0] + " buttons named \"" + inputs.get(0).attr("name")
                        + "\" are not grouped with their question.",
                        "Put them in a <fieldset> whose <legend> asks the question."));
            }
        });
        return out;
    }
}
