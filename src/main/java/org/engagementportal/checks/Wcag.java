package org.engagementportal.checks;

import java.util.Map;

/**
 * The conformance level of each WCAG 2.2 success criterion, so a rule's findings are reported only when the
 * audit's standard (WCAG2A, WCAG2AA or WCAG2AAA) includes its criterion. A rule that is good practice rather
 * than a success criterion says "Best practice" as its criterion and has no level.
 */
public final class Wcag {
    public static final String BEST_PRACTICE = "Best practice";

    private static final Map<String, String> LEVELS = Map.ofEntries(
            Map.entry("1.1.1", "A"), Map.entry("1.2.1", "A"), Map.entry("1.2.2", "A"), Map.entry("1.2.3", "A"),
            Map.entry("1.2.4", "AA"), Map.entry("1.2.5", "AA"), Map.entry("1.2.6", "AAA"), Map.entry("1.2.7", "AAA"),
            Map.entry("1.2.8", "AAA"), Map.entry("1.2.9", "AAA"), Map.entry("1.3.1", "A"), Map.entry("1.3.2", "A"),
            Map.entry("1.3.3", "A"), Map.entry("1.3.4", "AA"), Map.entry("1.3.5", "AA"), Map.entry("1.3.6", "AAA"),
            Map.entry("1.4.1", "A"), Map.entry("1.4.2", "A"), Map.entry("1.4.3", "AA"), Map.entry("1.4.4", "AA"),
            Map.entry("1.4.5", "AA"), Map.entry("1.4.6", "AAA"), Map.entry("1.4.7", "AAA"), Map.entry("1.4.8", "AAA"),
            Map.entry("1.4.9", "AAA"), Map.entry("1.4.10", "AA"), Map.entry("1.4.11", "AA"), Map.entry("1.4.12", "AA"),
            Map.entry("1.4.13", "AA"), Map.entry("2.1.1", "A"), Map.entry("2.1.2", "A"), Map.entry("2.1.3", "AAA"),
            Map.entry("2.1.4", "A"), Map.entry("2.2.1", "A"), Map.entry("2.2.2", "A"), Map.entry("2.2.3", "AAA"),
            Map.entry("2.2.4", "AAA"), Map.entry("2.2.5", "AAA"), Map.entry("2.2.6", "AAA"), Map.entry("2.3.1", "A"),
            Map.entry("2.3.2", "AAA"), Map.entry("2.3.3", "AAA"), Map.entry("2.4.1", "A"), Map.entry("2.4.2", "A"),
            Map.entry("2.4.3", "A"), Map.entry("2.4.4", "A"), Map.entry("2.4.5", "AA"), Map.entry("2.4.6", "AA"),
            Map.entry("2.4.7", "AA"), Map.entry("2.4.8", "AAA"), Map.entry("2.4.9", "AAA"), Map.entry("2.4.10", "AAA"),
            Map.entry("2.4.11", "AA"), Map.entry("2.4.12", "AAA"), Map.entry("2.4.13", "AAA"), Map.entry("2.5.1", "A"),
            Map.entry("2.5.2", "A"), Map.entry("2.5.3", "A"), Map.entry("2.5.4", "A"), Map.entry("2.5.5", "AAA"),
            Map.entry("2.5.6", "AAA"), Map.entry("2.5.7", "AA"), Map.entry("2.5.8", "AA"), Map.entry("3.1.1", "A"),
            Map.entry("3.1.2", "AA"), Map.entry("3.1.3", "AAA"), Map.entry("3.1.4", "AAA"), Map.entry("3.1.5", "AAA"),
            Map.entry("3.1.6", "AAA"), Map.entry("3.2.1", "A"), Map.entry("3.2.2", "A"), Map.entry("3.2.3", "AA"),
            Map.entry("3.2.4", "AA"), Map.entry("3.2.5", "AAA"), Map.entry("3.2.6", "A"), Map.entry("3.3.1", "A"),
            Map.entry("3.3.2", "A"), Map.entry("3.3.3", "AA"), Map.entry("3.3.4", "AA"), Map.entry("3.3.5", "AAA"),
            Map.entry("3.3.6", "AAA"), Map.entry("3.3.7", "A"), Map.entry("3.3.8", "AA"), Map.entry("3.3.9", "AAA"),
            Map.entry("4.1.2", "A"), Map.entry("4.1.3", "AA"));

    private Wcag() {
    }

    /**
     * The level of a criterion written as a rule writes it ("1.4.8 Visual Presentation" gives "AAA"), or "" for
     * {@link #BEST_PRACTICE}. An unknown criterion is a mistake in a rule, so it fails loudly.
     */
    public static String level(String criterion) {
        if (criterion.equals(BEST_PRACTICE)) {
            return "";
        }
        String level = LEVELS.get(criterion.split(" ", 2)[0]);
        if (level == null) {
            throw new IllegalArgumentException("not a WCAG 2.2 success criterion: " + criterion);
        }
        return level;
    }

    /**
     * Whether a finding under {@code criterion} is reported at this standard ("A", "AA" or "AAA"): a criterion
     * at that level or below; good practice at every level.
     */
    public static boolean within(String criterion, String standard) {
        String level = level(criterion);
        return level.isEmpty() || level.length() <= standard.length();
    }
}
