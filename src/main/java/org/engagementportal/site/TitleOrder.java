package org.engagementportal.site;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order of titles on every list sorted by title (the A to Z, a folder's list, a folder's own page, ties on a
 * topic's page), as people read them: without case, accents or leading marks ({@link Published#sortKey}), and a number
 * by its value, so "Governing Body meeting 2" comes before "Governing Body meeting 10" and "Phase 9" before "Phase 10".
 * Titles that read the same are put in the order of their addresses, so a list is the same at every build.
 */
public final class TitleOrder {
    private TitleOrder() {
    }

    /** Sort keys ({@link Published#sortKey}) in order, numbers by their value. */
    public static final Comparator<String> KEYS = TitleOrder::compareKeys;

    /**
     * Compares two sort keys character by character, except that where both have a run of the digits 0 to 9 the two
     * runs are compared as numbers (leading zeros aside: "007" is 7). Other characters, other scripts' digits among
     * them, compare as they always did, so titles without numbers keep their order.
     */
    public static int compareKeys(String a, String b) {
        int i = 0;
        int j = 0;
        int la = a.length();
        int lb = b.length();
        while (i < la && j < lb) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (digit(ca) && digit(cb)) {
                int endA = runEnd(a, i);
                int endB = runEnd(b, j);
                int fromA = significant(a, i, endA);
                int fromB = significant(b, j, endB);
                int byLength = Integer.compare(endA - fromA, endB - fromB);
                if (byLength != 0) {
                    return byLength;
                }
                for (int k = 0; k < endA - fromA; k++) {
                    int d = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
                    if (d != 0) {
                        return d;
                    }
                }
                i = endA;
                j = endB;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(la - i, lb - j);
    }

    /** Pages by title in this order, then by address; each title's key worked out once. */
    public static List<SitePage> byTitle(Collection<SitePage> pages) {
        record Keyed(String key, SitePage page) {
        }
        return pages.stream().map(p -> new Keyed(Published.sortKey(p.title()), p))
                .sorted(Comparator.comparing(Keyed::key, KEYS).thenComparing(k -> k.page().path()))
                .map(Keyed::page).toList();
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int runEnd(String s, int from) {
        int end = from;
        while (end < s.length() && digit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Where the run's value starts: after its leading zeros, keeping the last digit ("000" is 0). */
    private static int significant(String s, int from, int end) {
        int i = from;
        while (i < end - 1 && s.charAt(i) == '0') {
            i++;
        }
        return i;
    }
}
