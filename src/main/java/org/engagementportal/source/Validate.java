package org.engagementportal.source;

/** Argument checks for programming mistakes (never for content mistakes, which become {@link Problem}s). */
public final class Validate {
    private Validate() {
    }

    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    public static void isTrue(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
