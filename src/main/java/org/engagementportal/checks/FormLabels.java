package org.engagementportal.checks;

import java.util.List;

/** Every form field has a label. */
public final class FormLabels implements Rule {
    public String id() {
        return "form-label";
    }

    @Override
    public java.util.Set<String> axeRules() {
        return java.util.Set.of("label", "select-name", "label-title-only");
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public String why() {
        return "Without a label, a screen reader announces only \"edit text\", and voice control users cannot name the field to fill it in.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 2;
    }

    public List<Finding> check(PageUnderTest page) {
        java.util.Set<String> labelled = new java.util.HashSet<>();
        page.elements("label").forEach(l -> labelled.add(l.attr("for")));
        return page.elements("input", "select", "textarea").stream()
                // A button of any kind is named by its value or, as a picture, its alt (ButtonName, ImageAlt): not by a label.
                .filter(f -> !f.normalName().equals("input") || !java.util.Set.of("hidden", "submit", "button", "reset", "image")
                        .contains(f.attr("type").toLowerCase(java.util.Locale.ROOT)))
                .filter(f -> f.attr("aria-label").isBlank() && f.attr("aria-labelledby").isBlank() && f.closest("label") == null
                        && (f.id().isEmpty() || !labelled.contains(f.id())))
                .map(f -> new Finding(id(), f, "a form field has no label.", "Give the field a <label for> naming it.")).toList();
    }
}
