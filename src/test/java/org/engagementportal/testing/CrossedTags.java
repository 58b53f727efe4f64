package org.engagementportal.testing;

import java.util.ArrayList;
import java.util.List;

/** For properties about reading HTML: markup whose end tags cross, as a parser must repair. */
public final class CrossedTags {
    private CrossedTags() {
    }

    /** The {@code k}th end tag (counted round) and the one after it swapped, when there are two: crossed tags. */
    public static void swapEndTags(StringBuilder html, int k) {
        List<int[]> ends = new ArrayList<>();
        for (int i = html.indexOf("</"); i >= 0; i = html.indexOf("</", i + 1)) {
            int close = html.indexOf(">", i);
            if (close > 0) {
                ends.add(new int[] {i, close + 1});
            }
        }
        if (ends.size() < 2) {
            return;
        }
        int[] first = ends.get(k % (ends.size() - 1));
        int[] second = ends.get(k % (ends.size() - 1) + 1);
        if (first[1] > second[0]) {
            return;
        }
        String one = html.substring(first[0], first[1]);
        String two = html.substring(second[0], second[1]);
        html.replace(second[0], second[1], one);
        html.replace(first[0], first[1], two);
    }
}
