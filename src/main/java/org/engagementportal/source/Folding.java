package org.engagementportal.source;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text without its accents, in lower case, as search and the A to Z compare it: "café" is "cafe", and so are the
 * letters that Unicode does not write as a letter and an accent: Polish ł, Danish and Norwegian ø, Croatian đ, Maltese
 * ħ, Turkish ı, German ß, æ, œ and Icelandic þ and ð. {@code assets/search.js} folds a query the same way.
 */
public final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String FROM = "łøđħıßæœþð";
    private static final String[] TO = {"l", "o", "d", "h", "i", "ss", "ae", "oe", "th", "d"};

    private Folding() {
    }

    /** Without accents and in lower case: "Łódź" is "lodz", "Straße" is "strasse". */
    public static String plain(String s) {
        String p = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder b = null;
        for (int i = 0; i < p.length(); i++) {
            int k = FROM.indexOf(p.charAt(i));
            if (k >= 0 && b == null) {
                b = new StringBuilder(p.length() + 4).append(p, 0, i);
            }
            if (b != null) {
                if (k >= 0) {
                    b.append(TO[k]);
                } else {
                    b.append(p.charAt(i));
                }
            }
        }
        return b == null ? p : b.toString();
    }
}
