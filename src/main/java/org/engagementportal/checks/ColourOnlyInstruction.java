package org.engagementportal.checks;

import java.util.List;
import java.util.regex.Pattern;

/** Meaning is not given by colour alone ("fields marked in red are required", "press the green button") (F81, F73). */
public final class ColourOnlyInstruction implements Rule {
    static final String COLOUR = "(red|green|blue|yellow|orange|purple|pink|grey|gray|amber)";
    private static final Pattern COLOUR_ONLY = Pattern.compile("(?i)\\b(marked|shown|highlighted|coloured|colored|written|printed) (in )?"
            + COLOUR + "\\b|\\b(the|a) " + COLOUR + " " + SensoryInstruction.THING + "\\b|\\b(in|are) " + COLOUR + " (are|is|means?|shows?)\\b");

    public String id() {
        return "colour-only-instruction";
    }

    public String criterion() {
        return "1.4.1 Use of Color";
    }

    public String failure() {
        return "F81";
    }

    public Level level() {
        return Level.WARNING;
    }

    public String why() {
        return "About one man in twelve cannot tell some colours apart, and screen readers do not say colours at all: "
                + "\"marked in red\" tells them nothing.";
    }

    public Scope scope() {
        return Scope.TEXT;
    }

    public int version() {
        return 1;
    }

    public List<Finding> check(PageUnderTest page) {
        return SensoryInstruction.find(page, COLOUR_ONLY, id(), "gives meaning by colour alone",
                "Say it in words as well, such as: questions marked 'required' must be answered.");
    }
}
