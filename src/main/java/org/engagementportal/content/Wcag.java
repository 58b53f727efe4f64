package org.engagementportal.content;

import java.util.Map;

/**
 * The conformance level of each WCAG 2.2 success criterion, so a rule's findings are reported only when the
 * audit's standard (WCAG2A, WCAG2AA or WCAG2AAA) includes its criterion. A rule that is good practice rather
 * than a success criterion says "Best practice" as its criterion and has no level.
 */
public final class Wcag {
    public static final String BEST_PRACTICE = "Best practice";

    /** A success criterion's level and name, as WCAG 2.2 gives them. */
    private record Criterion(String level, String name) {
    }

    /** Every WCAG 2.2 success criterion by number, for levels and for a statement that names the criteria content fails. */
    private static final Map<String, Criterion> CRITERIA = Map.ofEntries(
            Map.entry("1.1.1", new Criterion("A", "Non-text Content")),
            Map.entry("1.2.1", new Criterion("A", "Audio-only and Video-only (Prerecorded)")),
            Map.entry("1.2.2", new Criterion("A", "Captions (Prerecorded)")),
            Map.entry("1.2.3", new Criterion("A", "Audio Description or Media Alternative (Prerecorded)")),
            Map.entry("1.2.4", new Criterion("AA", "Captions (Live)")),
            Map.entry("1.2.5", new Criterion("AA", "Audio Description (Prerecorded)")),
            Map.entry("1.2.6", new Criterion("AAA", "Sign Language (Prerecorded)")),
            Map.entry("1.2.7", new Criterion("AAA", "Extended Audio Description (Prerecorded)")),
            Map.entry("1.2.8", new Criterion("AAA", "Media Alternative (Prerecorded)")),
            Map.entry("1.2.9", new Criterion("AAA", "Audio-only (Live)")),
            Map.entry("1.3.1", new Criterion("A", "Info and Relationships")),
            Map.entry("1.3.2", new Criterion("A", "Meaningful Sequence")),
            Map.entry("1.3.3", new Criterion("A", "Sensory Characteristics")),
            Map.entry("1.3.4", new Criterion("AA", "Orientation")),
            Map.entry("1.3.5", new Criterion("AA", "Identify Input Purpose")),
            Map.entry("1.3.6", new Criterion("AAA", "Identify Purpose")),
            Map.entry("1.4.1", new Criterion("A", "Use of Color")),
            Map.entry("1.4.2", new Criterion("A", "Audio Control")),
            Map.entry("1.4.3", new Criterion("AA", "Contrast (Minimum)")),
            Map.entry("1.4.4", new Criterion("AA", "Resize Text")),
            Map.entry("1.4.5", new Criterion("AA", "Images of Text")),
            Map.entry("1.4.6", new Criterion("AAA", "Contrast (Enhanced)")),
            Map.entry("1.4.7", new Criterion("AAA", "Low or No Background Audio")),
            Map.entry("1.4.8", new Criterion("AAA", "Visual Presentation")),
            Map.entry("1.4.9", new Criterion("AAA", "Images of Text (No Exception)")),
            Map.entry("1.4.10", new Criterion("AA", "Reflow")),
            Map.entry("1.4.11", new Criterion("AA", "Non-text Contrast")),
            Map.entry("1.4.12", new Criterion("AA", "Text Spacing")),
            Map.entry("1.4.13", new Criterion("AA", "Content on Hover or Focus")),
            Map.entry("2.1.1", new Criterion("A", "Keyboard")),
            Map.entry("2.1.2", new Criterion("A", "No Keyboard Trap")),
            Map.entry("2.1.3", new Criterion("AAA", "Keyboard (No Exception)")),
            Map.entry("2.1.4", new Criterion("A", "Character Key Shortcuts")),
            Map.entry("2.2.1", new Criterion("A", "Timing Adjustable")),
            Map.entry("2.2.2", new Criterion("A", "Pause, Stop, Hide")),
            Map.entry("2.2.3", new Criterion("AAA", "No Timing")),
            Map.entry("2.2.4", new Criterion("AAA", "Interruptions")),
            Map.entry("2.2.5", new Criterion("AAA", "Re-authenticating")),
            Map.entry("2.2.6", new Criterion("AAA", "Timeouts")),
            Map.entry("2.3.1", new Criterion("A", "Three Flashes or Below Threshold")),
            Map.entry("2.3.2", new Criterion("AAA", "Three Flashes")),
            Map.entry("2.3.3", new Criterion("AAA", "Animation from Interactions")),
            Map.entry("2.4.1", new Criterion("A", "Bypass Blocks")),
            Map.entry("2.4.2", new Criterion("A", "Page Titled")),
            Map.entry("2.4.3", new Criterion("A", "Focus Order")),
            Map.entry("2.4.4", new Criterion("A", "Link Purpose (In Context)")),
            Map.entry("2.4.5", new Criterion("AA", "Multiple Ways")),
            Map.entry("2.4.6", new Criterion("AA", "Headings and Labels")),
            Map.entry("2.4.7", new Criterion("AA", "Focus Visible")),
            Map.entry("2.4.8", new Criterion("AAA", "Location")),
            Map.entry("2.4.9", new Criterion("AAA", "Link Purpose (Link Only)")),
            Map.entry("2.4.10", new Criterion("AAA", "Section Headings")),
            Map.entry("2.4.11", new Criterion("AA", "Focus Not Obscured (Minimum)")),
            Map.entry("2.4.12", new Criterion("AAA", "Focus Not Obscured (Enhanced)")),
            Map.entry("2.4.13", new Criterion("AAA", "Focus Appearance")),
            Map.entry("2.5.1", new Criterion("A", "Pointer Gestures")),
            Map.entry("2.5.2", new Criterion("A", "Pointer Cancellation")),
            Map.entry("2.5.3", new Criterion("A", "Label in Name")),
            Map.entry("2.5.4", new Criterion("A", "Motion Actuation")),
            Map.entry("2.5.5", new Criterion("AAA", "Target Size (Enhanced)")),
            Map.entry("2.5.6", new Criterion("AAA", "Concurrent Input Mechanisms")),
            Map.entry("2.5.7", new Criterion("AA", "Dragging Movements")),
            Map.entry("2.5.8", new Criterion("AA", "Target Size (Minimum)")),
            Map.entry("3.1.1", new Criterion("A", "Language of Page")),
            Map.entry("3.1.2", new Criterion("AA", "Language of Parts")),
            Map.entry("3.1.3", new Criterion("AAA", "Unusual Words")),
            Map.entry("3.1.4", new Criterion("AAA", "Abbreviations")),
            Map.entry("3.1.5", new Criterion("AAA", "Reading Level")),
            Map.entry("3.1.6", new Criterion("AAA", "Pronunciation")),
            Map.entry("3.2.1", new Criterion("A", "On Focus")),
            Map.entry("3.2.2", new Criterion("A", "On Input")),
            Map.entry("3.2.3", new Criterion("AA", "Consistent Navigation")),
            Map.entry("3.2.4", new Criterion("AA", "Consistent Identification")),
            Map.entry("3.2.5", new Criterion("AAA", "Change on Request")),
            Map.entry("3.2.6", new Criterion("A", "Consistent Help")),
            Map.entry("3.3.1", new Criterion("A", "Error Identification")),
            Map.entry("3.3.2", new Criterion("A", "Labels or Instructions")),
            Map.entry("3.3.3", new Criterion("AA", "Error Suggestion")),
            Map.entry("3.3.4", new Criterion("AA", "Error Prevention (Legal, Financial, Data)")),
            Map.entry("3.3.5", new Criterion("AAA", "Help")),
            Map.entry("3.3.6", new Criterion("AAA", "Error Prevention (All)")),
            Map.entry("3.3.7", new Criterion("A", "Redundant Entry")),
            Map.entry("3.3.8", new Criterion("AA", "Accessible Authentication (Minimum)")),
            Map.entry("3.3.9", new Criterion("AAA", "Accessible Authentication (Enhanced)")),
            Map.entry("4.1.2", new Criterion("A", "Name, Role, Value")),
            Map.entry("4.1.3", new Criterion("AA", "Status Messages")));

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
        Criterion c = CRITERIA.get(criterion.split(" ", 2)[0]);
        if (c == null) {
            throw new IllegalArgumentException("not a WCAG 2.2 success criterion: " + criterion);
        }
        return c.level();
    }

    /** Whether a number ("1.2.2") is a WCAG 2.2 success criterion's. */
    public static boolean known(String number) {
        return CRITERIA.containsKey(number);
    }

    /** A criterion with its name, "1.2.2 Captions (Prerecorded)", from its number (one {@link #known}). */
    public static String named(String number) {
        Criterion c = CRITERIA.get(number);
        if (c == null) {
            throw new IllegalArgumentException("not a WCAG 2.2 success criterion: " + number);
        }
        return number + " " + c.name();
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
