package org.engagementportal.source;

/**
 * Text from content quoted in a message: cut short, and with hidden characters ({@link #isHidden}) shown
 * as {@code \\uXXXX}, so that a file name, address or value of any length or make-up reads as one short
 * line wherever the message is shown (the terminal, the JSON report, the preview's error page).
 */
public final class Excerpt {
    /**
     * The spaces a word processor puts in that look like ordinary ones (no-break, figure and narrow no-break), for a
     * regular expression's character class: where a setting needs an ordinary space, or a date has one pasted in.
     */
    public static final String LOOKALIKE_SPACES = "\u00A0\u2007\u202F";

    private Excerpt() {
    }

    /** At most {@code max} characters of {@code text} (the last three "..." when it is cut). */
    public static String of(String text, int max) {
        Validate.isTrue(max > 3, "an excerpt needs room for more than its dots");
        int end = text.length() <= max ? text.length() : max - 3;
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // not half a character
        }
        String cut = text.substring(0, end);
        StringBuilder sb = new StringBuilder(cut.length() + 3);
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (isHidden(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return cut.length() < text.length() ? sb.append("...").toString() : sb.toString();
    }

    /**
     * Control characters (which can move a terminal's cursor or end a line) and the invisible characters
     * that reverse or reorder text: shown as {@code \\uXXXX} in messages, refused in file names.
     */
    public static boolean isHidden(char c) {
        return c < ' ' || c >= 0x7f && c < 0xa0 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x200e || c == 0x200f;
    }
}
