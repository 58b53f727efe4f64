package org.engagementportal.markdown;

import com.vladsch.flexmark.util.ast.Document;

/**
 * A patient's NHS number in a page's text, as a story or a meeting's paper pasted from a letter may carry one ("NHS
 * number 943 476 5919"): it identifies the patient in every NHS record, and a public page must not give it. Ten digits,
 * written together or as three, three and four, whose last is the check digit NHS numbers have (modulus 11), which one
 * ten-digit number in eleven passes by chance; a phone number has eleven digits, or is grouped otherwise. A warning at
 * each, as the site cannot know whether the person agreed to it.
 */
final class PersonalNumbers {
    private static final int[] GROUPS = {3, 3, 4};

    private PersonalNumbers() {
    }

    static void report(String markdown, Document document, PageContext ctx) {
        int[] found = find(markdown);
        for (int k = 0; k < found.length; k += 2) {
            int i = found[k];
            int end = found[k + 1];
            String digits = markdown.substring(i, end).replaceAll("[ \\-]", "");
            ctx.problems().warning(ctx.at(document, i), "this looks like a patient's NHS number (" + markdown.substring(i, end)
                            + "), which identifies them in every NHS record: personal information like it must not be "
                            + "published without their written agreement.",
                    "Take it out, and anything else that could identify the person (their full name with their address or "
                            + "date of birth). If they have agreed in writing, check with your information governance team "
                            + "before publishing. (Its last digit, " + digits.charAt(9) + ", is the check digit NHS numbers "
                            + "have.)");
        }
    }

    private static final int[] NONE = {};

    /**
     * Where the NHS numbers in {@code markdown} start and end, two by two, in the order they come. Each starts where
     * digits start (not after a digit: that is a longer number) with three together, so of every three characters
     * one is looked at, which any three digits together take in; where it is a digit, the digits around it are read.
     * Most characters on a page are letters, and most digits (a date, a time, a sum) are not ten together: they are
     * told apart at once.
     */
    static int[] find(String markdown) {
        char[] page = Stretch.charsOrCopy(markdown);
        int n = page.length;
        int[] found = NONE;
        int count = 0;
        int from = 0; // no number starts before this: the characters before it have been read
        Word word = new Word();
        for (int j = 2; j < n; j += 3) {
            if (j < from || !isDigit(page[j])) {
                continue;
            }
            int i = j;
            while (i > from && isDigit(page[i - 1])) {
                i--;
            }
            // Where the digits start: page[from - 1], where it reaches back to, is never a digit.
            int end = numberAt(page, i);
            if (end > 0 && !(i > 0 && partOfSomethingElse(markdown, i, word))) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, Math.max(8, found.length * 2)); // a page of them stays linear
                }
                found[count++] = i;
                found[count++] = end;
                from = end + 1; // page[end] is not a digit
            } else {
                int after = j + 1;
                while (after < n && isDigit(page[after])) {
                    after++;
                }
                from = after; // the next digits start after the first character that is not one
            }
        }
        return count == found.length ? found : java.util.Arrays.copyOf(found, count);
    }

    /**
     * Whether the digits at {@code at} are part of something else: a longer number, a reference ("COMP3003110004",
     * "FOI-3003300008"), a web address or link ("?doc=1767225601"), a phone number after its country code ("+44 300 123
     * 0002", "+44 (0)800 ..."), or an ISBN ("ISBN 0306406152", whose check digit is an NHS number's).
     */
    static boolean partOfSomethingElse(String s, int at) {
        return partOfSomethingElse(s, at, new Word()); // one number alone, read back to its word's start (as the tests ask)
    }

    /**
     * The word (back to the last space, tab or line break) before the last number {@link #partOfSomethingElse} looked
     * at, and whether it holds a link's address, for the next number: where no space lies between them, that one's word
     * is this one's with what lies between, which alone is read. Without it, a page of numbers with nothing but brackets
     * or commas between them took time that grew with the square of its lines' length.
     */
    private static final class Word {
        /** Where the word starts, or -1 before any number is looked at. */
        int start = -1;
        /** Where the number after it starts. */
        int end;
        /** Whether {@code s[start..end)} holds "://", "](" or "www.". */
        boolean link;
    }

    /** As {@link #partOfSomethingElse(String, int)}, for numbers looked at in order, with what was read for the last. */
    private static boolean partOfSomethingElse(String s, int at, Word word) {
        char before = s.charAt(at - 1);
        if (Character.isLetterOrDigit(before) || "/=_#.:@&?+".indexOf(before) >= 0
                || before == '-' && at > 1 && Character.isLetterOrDigit(s.charAt(at - 2))) {
            return true;
        }
        // Back to the last space, or to the last number's start where there is none after it.
        int start = at;
        while (start > word.end && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        if (word.start >= 0 && start == word.end) {
            // The last number's word, longer: only what lies between is read, as no mark of a link's address can
            // start before the last number's first digit and end after it (none has a digit).
            word.link |= holdsLink(s, word.end, at);
        } else {
            word.start = start;
            word.link = holdsLink(s, start, at);
        }
        word.end = at;
        if (word.link) {
            return true; // inside a link's address
        }
        String lead = s.substring(Math.max(0, at - 12), at).strip().toUpperCase(java.util.Locale.ROOT);
        return lead.endsWith("+44") || lead.endsWith("(0)") || lead.endsWith("ISBN") || lead.endsWith("ISBN:")
                || lead.endsWith("ISBN-10") || lead.endsWith("ISBN-10:");
    }

    private static boolean holdsLink(String s, int from, int to) {
        String word = s.substring(from, to);
        return word.contains("://") || word.contains("](") || word.contains("www.");
    }

    /** Where an NHS number starting at {@code from} ends, or -1: ten digits, together or grouped 3-3-4 by spaces or hyphens. */
    static int numberAt(char[] s, int from) {
        int[] digits = new int[10];
        int count = 0;
        int i = from;
        char separator = 0;
        for (int g = 0; g < GROUPS.length; g++) {
            // Both groups separated alike, or neither: "943 476 5919", "943-476-5919", "9434765919".
            boolean separated = i < s.length && (s[i] == ' ' || s[i] == '-');
            if (g == 1 && separated) {
                separator = s[i++];
            } else if (g == 2 && separator != 0) {
                if (!separated || s[i] != separator) {
                    return -1;
                }
                i++;
            } else if (g == 2 && separated) {
                return -1;
            }
            for (int k = 0; k < GROUPS[g]; k++) {
                if (i >= s.length || !isDigit(s[i])) {
                    return -1;
                }
                digits[count++] = s[i++] - '0';
            }
        }
        if (i < s.length && (isDigit(s[i]) || Character.isLetter(s[i]) || s[i] == '/'
                || (s[i] == ' ' || s[i] == '-') && i + 1 < s.length && isDigit(s[i + 1]))) {
            return -1; // longer: a phone number, an account
        }
        return checks(digits) ? i : -1;
    }

    /** The NHS number's check digit: 11 less the sum of the first nine times 10 down to 2, modulo 11 (11 is 0; 10 is none). */
    static boolean checks(int[] digits) {
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            sum += digits[k] * (10 - k);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits[9] && !allSame(digits);
    }

    private static boolean allSame(int[] digits) {
        for (int d : digits) {
            if (d != digits[0]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
