package org.engagementportal.source;

import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * The one policy for every address that comes from content: Markdown links and pictures, autolinks,
 * reference definitions, web links in front matter and the {@code href}, {@code src} and {@code cite} of
 * HTML written in a page. Web addresses ({@code http}, {@code https}), email ({@code mailto}), phone
 * ({@code tel}) and addresses on this site are allowed; anything else ({@code javascript:}, {@code data:},
 * {@code file:}, unknown schemes, another website without its scheme) is refused with words that say why
 * and how to fix it.
 *
 * <p>The address is read as a browser reads it before deciding: character references decoded
 * ({@code &#106;avascript:}), spaces and control characters trimmed from both ends, tabs and line breaks
 * removed from anywhere ({@code java	script:}), and the scheme compared without regard to case. So an
 * address this class allows is one no browser runs as script.
 */
public final class Address {
    private Address() {
    }

    /** What an allowed address is. */
    public enum Kind {
        /** An http or https address on another website. */
        WEB,
        /** A {@code mailto:} address. */
        EMAIL,
        /** A {@code tel:} number. */
        PHONE,
        /** An address on this site: a path, a file name, a #fragment or a ?query. */
        SITE
    }

    /** The outcome of checking one address. */
    public sealed interface Verdict permits Allowed, Refused {
        default boolean allowed() {
            return this instanceof Allowed;
        }
    }

    /**
     * @param normalised the address as a browser reads it (references decoded, tabs and line breaks removed)
     */
    public record Allowed(Kind kind, String normalised) implements Verdict {
    }

    /**
     * @param scheme  the scheme refused, lower case ("javascript"), or empty for an address that names
     *                another website without a scheme ("//example.com")
     * @param message what is wrong, to follow "this link ..." ("starts with 'javascript:', which runs a program...")
     * @param fix     how to put it right
     */
    public record Refused(String scheme, String message, String fix) implements Verdict {
    }

    private static final String WHAT_IS_ALLOWED = "Links may be web addresses starting https://, email addresses "
            + "(mailto:name@example.nhs.uk), phone numbers (tel:01632960123) or addresses on this site such as "
            + "/consultations/.";

    /** Checks an address as written in content (HTML character references are decoded first). */
    public static Verdict check(String written) {
        String address = normalise(written);
        if (startsWithTwoSlashes(address)) {
            return new Refused("", "names another website without saying how to reach it ('"
                    + Excerpt.of(address, 60) + "'); browsers would treat it as a web address.",
                    "Write the full web address, starting with https://.");
        }
        String scheme = scheme(address);
        if (scheme == null) {
            return new Allowed(Kind.SITE, address);
        }
        return switch (scheme) {
            case "http", "https" -> new Allowed(Kind.WEB, address);
            case "mailto" -> new Allowed(Kind.EMAIL, address);
            case "tel" -> new Allowed(Kind.PHONE, address);
            case "javascript", "vbscript", "livescript" -> new Refused(scheme, "starts with '" + scheme
                    + ":', which would run a program in the reader's browser. Addresses like this are never "
                    + "published.", "Remove it. " + WHAT_IS_ALLOWED);
            case "data" -> new Refused(scheme, "starts with 'data:', which puts a whole file inside the address. "
                    + "The portal does not publish addresses like this.",
                    "Save the file (a picture or document) in the content folder beside this page and link to it by "
                            + "its file name.");
            case "file" -> new Refused(scheme, "starts with 'file:', which points to a file on one computer, "
                    + "so nobody else can open it.", "Save the file in the content folder beside this page and link to "
                    + "it by its file name.");
            default -> scheme.length() == 1
                    ? new Refused(scheme, "looks like the address of a file on your computer ('" + Excerpt.of(address, 60)
                            + "'), which nobody else can open.", "Save the file in the content folder beside this page and "
                            + "link to it by its file name.")
                    : new Refused(scheme, "starts with '" + scheme + ":', which is not a kind of address the "
                            + "portal publishes.", WHAT_IS_ALLOWED + " If this is a file name, rename the file "
                            + "without the colon.");
        };
    }

    /**
     * An address's path with its percent escapes undone ("my%20plan.pdf" is "my plan.pdf"; a "+" stays a plus, as in a
     * path), or empty when an escape is not one ("%zz").
     */
    public static java.util.Optional<String> decoded(String path) {
        try {
            return java.util.Optional.of(java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * A site path with every character outside ASCII written as its UTF-8 escapes ("/cysylltu-â-ni/" is
     * "/cysylltu-%C3%A2-ni/"), as java.net.URI writes it, for files read by servers that match the address as it is sent.
     */
    public static String encodedPath(String path) {
        try {
            return new java.net.URI(null, null, path, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + path, e); // a site path always is one
        }
    }

    /**
     * The address as a browser reads it: character references decoded, leading and trailing spaces and
     * control characters (U+0000 to U+0020) removed, tabs and line breaks removed from anywhere (the
     * URL standard's first steps).
     */
    public static String normalise(String written) {
        String s = written.indexOf('&') >= 0 ? Parser.unescapeEntities(written, true) : written;
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder out = null;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (out == null) {
                    out = new StringBuilder(end - start).append(s, start, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s.substring(start, end) : out.toString();
    }

    /** The scheme in lower case ("https"), or null when the address has none (a path on this site). */
    static String scheme(String address) {
        int colon = address.indexOf(':');
        if (colon <= 0 || !isAsciiLetter(address.charAt(0))) {
            return null;
        }
        for (int i = 1; i < colon; i++) {
            char c = address.charAt(i);
            if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
                return null;
            }
        }
        return address.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** "//host", and the backslash forms browsers read the same way for web pages. */
    private static boolean startsWithTwoSlashes(String address) {
        return address.length() >= 2 && isSlash(address.charAt(0)) && isSlash(address.charAt(1));
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }

}
