package org.engagementportal.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the kinds of value comms staff write in front matter: dates, dates with times, intervals such
 * as "6 months", email addresses, web links and UK phone numbers. Each parser returns empty for a value
 * it cannot read; {@link #guessDate} then tries to say what the writer probably meant.
 */
public final class Values {
    private Values() {
    }

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern INTERVAL = Pattern.compile(
            "(\\d+)\\s*(day|days|week|weeks|month|months|year|years)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE_CHARS = Pattern.compile("[0-9 ()+-]+");

    /** A calendar date written as 2026-03-31. */
    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A date with a time, written 2026-03-31T17:00 (or with a space instead of T, or with seconds). A date
     * alone is accepted when {@code dateOnlyTime} is given, and means that time of day.
     */
    public static Optional<LocalDateTime> dateTime(String text, LocalTime dateOnlyTime) {
        Matcher m = DATE_TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = date(m.group(1));
        if (day.isEmpty()) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            return dateOnlyTime == null ? Optional.empty() : Optional.of(day.get().atTime(dateOnlyTime));
        }
        int hour = Integer.parseInt(m.group(2));
        int minute = Integer.parseInt(m.group(3));
        int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        return Optional.of(day.get().atTime(hour, minute, second));
    }

    private static final List<DateTimeFormatter> LENIENT_DATES = List.of(
            formatter("d/M/uuuu"), formatter("d.M.uuuu"), formatter("d-M-uuuu"),
            formatter("d MMMM uuuu"), formatter("d MMM uuuu"), formatter("EEEE d MMMM uuuu"),
            formatter("MMMM d uuuu"), formatter("MMMM d, uuuu"), formatter("d MMMM, uuuu"));

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT);
    }

    /** What a date written another way ("31/03/2026", "31 March 2026") probably means. */
    public static Optional<LocalDate> guessDate(String text) {
        String t = text.strip().replaceAll("(\\d)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ");
        for (DateTimeFormatter f : LENIENT_DATES) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /**
     * The longest interval read, in years. Review periods and grace periods are months or a few years; a
     * longer one is a slip of the keyboard, and one of millions of years would overflow the calendar when
     * added to a date.
     */
    public static final int MAX_INTERVAL_YEARS = 100;

    /**
     * An interval such as "6 months", "1 year", "12 weeks" or "30 days", of at most {@link #MAX_INTERVAL_YEARS}
     * years; empty for anything else, including a longer one.
     */
    public static Optional<Period> interval(String text) {
        Matcher m = INTERVAL.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        long most = unit.startsWith("day") ? MAX_INTERVAL_YEARS * 366L : unit.startsWith("week") ? MAX_INTERVAL_YEARS * 53L
                : unit.startsWith("month") ? MAX_INTERVAL_YEARS * 12L : MAX_INTERVAL_YEARS;
        String digits = m.group(1).replaceFirst("^0+(?=\\d)", "");
        if (digits.length() > 9 || Integer.parseInt(digits) > most) {
            return Optional.empty();
        }
        int n = Integer.parseInt(digits);
        if (unit.startsWith("day")) {
            return Optional.of(Period.ofDays(n));
        } else if (unit.startsWith("week")) {
            return Optional.of(Period.ofWeeks(n));
        } else if (unit.startsWith("month")) {
            return Optional.of(Period.ofMonths(n));
        }
        return Optional.of(Period.ofYears(n));
    }

    public static boolean isEmail(String text) {
        return EMAIL.matcher(text.strip()).matches();
    }

    /** An absolute http or https address with a host name. */
    public static Optional<URI> webLink(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && uri.getHost().contains(".")) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // not a link
        }
        return Optional.empty();
    }

    /**
     * What makes a web address unfit to be a site's own ({@code base_url}, {@code --base-url}), which the build puts in
     * front of every page's address: a user name or password (published in every page), a query or a fragment (every
     * address would be built after them), or a file's name at the end (a page's address copied from the address bar).
     *
     * @return the part to take out, in words, or empty when the address is fit
     */
    public static Optional<String> unfitSiteAddress(URI uri) {
        if (uri.getRawUserInfo() != null) {
            return Optional.of("a user name or password (" + uri.getRawUserInfo() + "@), which every page would publish");
        }
        if (uri.getRawQuery() != null) {
            return Optional.of("a query (?" + uri.getRawQuery() + "), which every page's address would be put after");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("a part after # (#" + uri.getRawFragment() + "), which every page's address would be put after");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (PAGE_FILE.matcher(last).matches()) {
            return Optional.of("a file's name at the end (" + last + "), where the address of the site's home page ends in a folder");
        }
        if (path.contains("//")) {
            return Optional.of("an empty folder name (//) in its path");
        }
        return Optional.empty();
    }

    /**
     * A web page's file name, as an address copied from the address bar ends ("index.html", "default.aspx"); a folder may
     * have a dot in its name ("engage.v2", a GitHub Pages project), which is not one.
     */
    private static final java.util.regex.Pattern PAGE_FILE = java.util.regex.Pattern.compile(
            "(?i).+\\.(html?|shtml|php|aspx?|jsp|cfm)");

    /** The address of the site's home page, as {@link #unfitSiteAddress} would have it: no query, fragment or file. */
    public static String homeOf(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        String folder = PAGE_FILE.matcher(last).matches() ? path.substring(0, path.lastIndexOf('/') + 1)
                : path.endsWith("/") ? path : path + "/";
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + folder.replaceAll("/{2,}", "/");
    }

    /** Whether a phone number (one {@link #phone} takes) is a UK mobile's, which can be sent a text: 07, or +44 7, and 9 digits. */
    public static boolean isMobile(String phone) {
        return phone.replaceAll("[^0-9+]", "").matches("(07|\\+447)[0-9]{9}");
    }

    /** Whether a phone number (one {@link #phone} takes) is a text relay number: Relay UK's 18001 or 18002 in front. */
    public static boolean isTextRelay(String phone) {
        return phone.replaceAll("[^0-9+]", "").matches("1800[12].*");
    }

    /**
     * A UK phone number: 10 or 11 digits starting with 0, or +44 followed by 9 or 10 digits; text relay
     * numbers (18001 or 18002 then a number) too. Returns the digits with a leading + if any.
     */
    public static Optional<String> phone(String text) {
        String t = text.strip();
        if (!PHONE_CHARS.matcher(t).matches()) {
            return Optional.empty();
        }
        String digits = t.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+44")) {
            String rest = digits.substring(3);
            return rest.matches("[1-9][0-9]{8,9}") ? Optional.of(digits) : Optional.empty();
        }
        if (digits.matches("1800[12]0[0-9]{9,10}")) {
            return Optional.of(digits);
        }
        return digits.matches("0[0-9]{9,10}") ? Optional.of(digits) : Optional.empty();
    }

    /** A suggested web-address form of a name: lower case, hyphens between words. */
    public static String slug(String text) {
        // Folded as search folds it, so "Łódź" is "lodz" and "Straße" "strasse", not "odz" and "stra-e".
        String s = Folding.plain(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD))
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "page" : s;
    }
}
