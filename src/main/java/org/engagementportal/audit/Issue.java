package org.engagementportal.audit;

import java.util.Map;

/**
 * One accessibility problem on one page, in pa11y's shape so pa11y-ci tooling reads our reports:
 * {@code code} is the rule (axe's id, such as "color-contrast"), {@code type} "error", {@code typeCode} 1,
 * {@code context} the element's HTML, {@code selector} a CSS selector for it, {@code runner} "axe".
 */
public record Issue(String code, String type, int typeCode, String message, String context, String selector,
                    String runner, Map<String, Object> runnerExtras) {

    /** The key a baseline accepts it by: rule, page and element. */
    public String key(String page) {
        return code + " " + page + " " + selector;
    }
}
