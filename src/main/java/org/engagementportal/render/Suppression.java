package org.engagementportal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagementportal.content.Evidence;

/**
 * Which counts of one table of people (a characteristic: age, sex...) can be published, the way NHS and ONS statistics
 * suppress small numbers.
 *
 * <p>The rule, assuming the worst: that anyone reading the page knows how many people the table counts in all (the total
 * responses are published, and the table's own cells may add up to it), and that a count shown as "fewer than 5" is
 * from 1 to 4 and a count "not shown" is 5 or more (a 0 is never hidden, so hiding it would tell nothing).
 * <ol>
 *     <li>Each count from 1 to 4 is "fewer than 5" (primary suppression).</li>
 *     <li>While any count is hidden and the hidden counts could still be worked out, the smallest count still shown
 *     (other than 0) is hidden too, as "not shown" (secondary suppression). They could be worked out when fewer than
 *     two are hidden, when the hidden counts add up to less than 5, or when the total less the counts shown leaves only
 *     one possible value for any one of them (two hidden counts of 4 in a table whose other counts are shown, say).</li>
 *     <li>If even hiding every count but the zeros leaves one that could be worked out, the table is not published.</li>
 * </ol>
 */
public final class Suppression {
    private Suppression() {
    }

    /** How one count is published. */
    public enum Cell {
        /** As the number. */
        SHOWN,
        /** As "fewer than 5": the count is from 1 to 4. */
        SMALL,
        /** As "not shown": the count is 5 or more, hidden so that a small count beside it cannot be worked out. */
        WITHHELD
    }

    /**
     * How each of a table's counts is published, in their order; empty when the table cannot be published at all
     * without giving away a small number.
     */
    public static Optional<List<Cell>> cells(List<Integer> counts) {
        List<Cell> cells = new ArrayList<>();
        for (int n : counts) {
            cells.add(Evidence.suppressed(n).isPresent() ? Cell.SHOWN : Cell.SMALL);
        }
        while (!safe(counts, cells)) {
            int next = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (cells.get(i) == Cell.SHOWN && counts.get(i) > 0 && (next < 0 || counts.get(i) < counts.get(next))) {
                    next = i;
                }
            }
            if (next < 0) {
                return Optional.empty();
            }
            cells.set(next, Cell.WITHHELD);
        }
        return Optional.of(List.copyOf(cells));
    }

    /** Whether nothing hidden can be worked out: nothing is hidden, or see the class comment. */
    static boolean safe(List<Integer> counts, List<Cell> cells) {
        long hidden = 0;
        int n = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (cells.get(i) != Cell.SHOWN) {
                hidden += counts.get(i);
                n++;
            }
        }
        if (n == 0) {
            return true;
        }
        if (n < 2 || hidden < Evidence.SMALLEST_SHOWN) {
            return false;
        }
        // Each hidden count's possible values, given what the others could be and that together they make `hidden`.
        for (int i = 0; i < counts.size(); i++) {
            if (cells.get(i) == Cell.SHOWN) {
                continue;
            }
            long othersLeast = 0;
            long othersMost = 0;
            boolean othersOpen = false; // a withheld count has no upper limit
            for (int j = 0; j < counts.size(); j++) {
                if (j == i || cells.get(j) == Cell.SHOWN) {
                    continue;
                }
                othersLeast += least(cells.get(j));
                if (cells.get(j) == Cell.WITHHELD) {
                    othersOpen = true;
                } else {
                    othersMost += Evidence.SMALLEST_SHOWN - 1;
                }
            }
            long low = othersOpen ? least(cells.get(i)) : Math.max(least(cells.get(i)), hidden - othersMost);
            long high = hidden - othersLeast;
            if (cells.get(i) == Cell.SMALL) {
                high = Math.min(high, Evidence.SMALLEST_SHOWN - 1);
            }
            if (low >= high) {
                return false; // one possible value: it could be worked out
            }
        }
        return true;
    }

    private static long least(Cell cell) {
        return cell == Cell.SMALL ? 1 : Evidence.SMALLEST_SHOWN;
    }
}
