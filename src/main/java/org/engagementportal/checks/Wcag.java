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

    /** Each criterion's name, as WCAG 2.2 gives it, for a statement that names the criteria content fails. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("1.1.1", "Non-text Content"),
            Map.entry("1.2.1", "Audio-only and Video-only (Prerecorded)"),
            Map.entry("1.2.2", "Captions (Prerecorded)"),
            Map.entry("1.2.3", "Audio Description or Media Alternative (Prerecorded)"),
            Map.entry("1.2.4", "Captions (Live)"),
            Map.entry("1.2.5", "Audio Description (Prerecorded)"),
            Map.entry("1.2.6", "Sign Language (Prerecorded)"),
            Map.entry("1.2.7", "Extended Audio Description (Prerecorded)"),
            Map.entry("1.2.8", "Media Alternative (Prerecorded)"),
            Map.entry("1.2.9", "Audio-only (Live)"),
            Map.entry("1.3.1", "Info and Relationships"),
            Map.entry("1.3.2", "Meaningful Sequence"),
            Map.entry("1.3.3", "Sensory Characteristics"),
            Map.entry("1.3.4", "Orientation"),
            Map.entry("1.3.5", "Identify Input Purpose"),
            Map.entry("1.3.6", "Identify Purpose"),
            Map.entry("1.4.1", "Use of Color"),
            Map.entry("1.4.2", "Audio Control"),
            Map.entry("1.4.3", "Contrast (Minimum)"),
            Map.entry("1.4.4", "Resize Text"),
            Map.entry("1.4.5", "Images of Text"),
            Map.entry("1.4.6", "Contrast (Enhanced)"),
            Map.entry("1.4.7", "Low or No Background Audio"),
            Map.entry("1.4.8", "Visual Presentation"),
            Map.entry("1.4.9", "Images of Text (No Exception)"),
            Map.entry("1.4.10", "Reflow"),
            Map.entry("1.4.11", "Non-text Contrast"),
            Map.entry("1.4.12", "Text Spacing"),
            Map.entry("1.4.13", "Content on Hover or Focus"),
            Map.entry("2.1.1", "Keyboard"),
            Map.entry("2.1.2", "No Keyboard Trap"),
            Map.entry("2.1.3", "Keyboard (No Exception)"),
            Map.entry("2.1.4", "Character Key Shortcuts"),
            Map.entry("2.2.1", "Timing Adjustable"),
            Map.entry("2.2.2", "Pause, Stop, Hide"),
            Map.entry("2.2.3", "No Timing"),
            Map.entry("2.2.4", "Interruptions"),
            Map.entry("2.2.5", "Re-authenticating"),
            Map.entry("2.2.6", "Timeouts"),
            Map.entry("2.3.1", "Three Flashes or Below Threshold"),
            Map.entry("2.3.2", "Three Flashes"),
            Map.entry("2.3.3", "Animation from Interactions"),
            Map.entry("2.4.1", "Bypass Blocks"),
            Map.entry("2.4.2", "Page Titled"),
            Map.entry("2.4.3", "Focus Order"),
            Map.entry("2.4.4", "Link Purpose (In Context)"),
            Map.entry("2.4.5", "Multiple Ways"),
            Map.entry("2.4.6", "Headings and Labels"),
            Map.entry("2.4.7", "Focus Visible"),
            Map.entry("2.4.8", "Location"),
            Map.entry("2.4.9", "Link Purpose (Link Only)"),
            Map.entry("2.4.10", "Section Headings"),
            Map.entry("2.4.11", "Focus Not Obscured (Minimum)"),
            Map.entry("2.4.12", "Focus Not Obscured (Enhanced)"),
            Map.entry("2.4.13", "Focus Appearance"),
            Map.entry("2.5.1", "Pointer Gestures"),
            Map.entry("2.5.2", "Pointer Cancellation"),
            Map.entry("2.5.3", "Label in Name"),
            Map.entry("2.5.4", "Motion Actuation"),
            Map.entry("2.5.5", "Target Size (Enhanced)"),
            Map.entry("2.5.6", "Concurrent Input Mechanisms"),
            Map.entry("2.5.7", "Dragging Movements"),
            Map.entry("2.5.8", "Target Size (Minimum)"),
            Map.entry("3.1.1", "Language of Page"),
            Map.entry("3.1.2", "Language of Parts"),
            Map.entry("3.1.3", "Unusual Words"),
            Map.entry("3.1.4", "Abbreviations"),
            Map.entry("3.1.5", "Reading Level"),
            Map.entry("3.1.6", "Pronunciation"),
            Map.entry("3.2.1", "On Focus"),
            Map.entry("3.2.2", "On Input"),
            Map.entry("3.2.3", "Consistent Navigation"),
            Map.entry("3.2.4", "Consistent Identification"),
            Map.entry("3.2.5", "Change on Request"),
            Map.entry("3.2.6", "Consistent Help"),
            Map.entry("3.3.1", "Error Identification"),
            Map.entry("3.3.2", "Labels or Instructions"),
            Map.entry("3.3.3", "Error Suggestion"),
            Map.entry("3.3.4", "Error Prevention (Legal, Financial, Data)"),
            Map.entry("3.3.5", "Help"),
            Map.entry("3.3.6", "Error Prevention (All)"),
            Map.entry("3.3.7", "Redundant Entry"),
            Map.entry("3.3.8", "Accessible Authentication (Minimum)"),
            Map.entry("3.3.9", "Accessible Authentication (Enhanced)"),
            Map.entry("4.1.2", "Name, Role, Value"),
            Map.entry("4.1.3", "Status Messages"));

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

    /** Whether a number ("1.2.2") is a WCAG 2.2 success criterion's. */
    public static boolean known(String number) {
        return LEVELS.containsKey(number);
    }

    /** A criterion with its name, "1.2.2 Captions (Prerecorded)", from its number (one {@link #known}). */
    public static String named(String number) {
        String name = NAMES.get(number);
        if (name == null) {
            throw new IllegalArgumentException("not a WCAG 2.2 success criterion: " + number);
        }
        return number + " " + name;
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
