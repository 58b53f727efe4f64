package org.engagementportal.checks;

import java.util.List;

/** Every button says what it does. */
public final class ButtonName implements Rule {
    public String id() {
        return "button-name";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("button-name", "input-button-name");
    }

    public String criterion() {
        return "4.1.2 Name, Role, Value";
    }

    public String why() {
        return "A button without words is announced only as \"button\", so nobody using a screen reader or voice control knows what it does.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return page.elements("button", "input").stream()
                .filter(b -> b.normalName().equals("button") || b.attr("type").equals("submit") || b.attr("type").equals("button"))
                .filter(b -> LinkPurpose.accessibleName(b).isEmpty() && b.attr("value").isBlank())
                .map(b -> new Finding(id(), b, "a button has no name.", "Give the button words that say what it does.")).toList();
    }
}
