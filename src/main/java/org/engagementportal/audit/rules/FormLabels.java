package org.engagementportal.audit.rules;

import java.util.List;

/** Every form field has a label. */
public final class FormLabels implements Rule {
    public String id() {
        return "form-label";
    }

    public String criterion() {
        return "1.3.1 Info and Relationships";
    }

    public List<Finding> check(PageUnderTest page) {
        return page.main().select("input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea").stream()
                .filter(f -> f.attr("aria-label").isBlank() && f.attr("aria-labelledby").isBlank() && f.closest("label") == null
                        && (f.id().isEmpty() || page.main().select("label[for=" + f.id() + "]").isEmpty()))
                .map(f -> new Finding(id(), f, "a form field has no label.", "Give the field a <label for> naming it.")).toList();
    }
}
