package org.engagementportal.source;

import java.util.regex.Pattern;

/** UK postcodes ("NS1 4QT", "NS10 1AB"), which content names in addresses and which are not words to check. */
public final class Postcodes {
    /** A whole UK postcode, its two parts with or without the space between. */
    public static final Pattern UK = Pattern.compile("\\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\\b");

    private Postcodes() {
    }
}
