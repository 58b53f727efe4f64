package org.engagementportal.render;

/** A count with its noun, in the singular for one: "1 page", "24 pages", "0 pages". */
public final class Plural {
    private Plural() {
    }

    /** {@code n} and {@code one} when {@code n} is 1, else {@code n} and {@code many}: "1 working day", "10 working days". */
    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
