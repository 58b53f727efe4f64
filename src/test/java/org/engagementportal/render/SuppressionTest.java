package org.engagementportal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the counts, nothing hidden can be worked out from what is published: a property checked on many tables,
 * by an attacker who knows more than a reader would (that the table adds up to the published total exactly), and who
 * works out every value each hidden count could have by trying them all, not by the rule the portal applies.
 */
class SuppressionTest {

    @Test
    void noHiddenCountCanBeWorkedOutFromThePublishedCountsAndTheTotal() {
        Random random = new Random(20261128);
        int checked = 0;
        int withHidden = 0;
        for (int t = 0; t < 20_000; t++) {
            int size = 2 + random.nextInt(6);
            List<Integer> counts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                int kind = random.nextInt(10);
                counts.add(kind < 3 ? 0 : kind < 6 ? 1 + random.nextInt(4) : kind < 9 ? 5 + random.nextInt(8) : 13 + random.nextInt(120));
            }
            Optional<List<String>> published = Suppression.cells(counts).map(c -> EvidenceViews.shown(counts));
            if (published.isEmpty()) {
                // Left out: then every count is "not shown", which says nothing.
                assertTrue(EvidenceViews.shown(counts).stream().allMatch(EvidenceViews.WITHHELD::equals), counts.toString());
                continue;
            }
            checked++;
            List<String> cells = published.get();
            int total = counts.stream().mapToInt(Integer::intValue).sum();
            List<Integer> hidden = new ArrayList<>();
            int shownSum = 0;
            for (int i = 0; i < size; i++) {
                String cell = cells.get(i);
                if (cell.equals("fewer than 5") || cell.equals(EvidenceViews.WITHHELD)) {
                    hidden.add(i);
                } else {
                    int n = Integer.parseInt(cell.replace(",", ""));
                    assertEquals(counts.get(i), n, "a count shown is the count");
                    assertTrue(n == 0 || n >= 5, "no count from 1 to 4 shown: " + counts + " " + cells);
                    shownSum += n;
                }
            }
            if (hidden.isEmpty()) {
                continue;
            }
            withHidden++;
            int left = total - shownSum;
            assertTrue(hidden.size() >= 2, "at least two hidden: " + counts + " " + cells);
            assertTrue(left >= 5, "the hidden add up to 5 or more: " + counts + " " + cells);
            // Every value each hidden cell could have, given the others could be anything their cells allow.
            for (int i : hidden) {
                int possible = 0;
                for (int v = low(cells.get(i)); v <= high(cells.get(i), left); v++) {
                    BitSet sums = new BitSet();
                    sums.set(0);
                    for (int j : hidden) {
                        if (j == i) {
                            continue;
                        }
                        BitSet next = new BitSet();
                        for (int s = sums.nextSetBit(0); s >= 0; s = sums.nextSetBit(s + 1)) {
                            for (int w = low(cells.get(j)); w <= high(cells.get(j), left) && s + w <= left; w++) {
                                next.set(s + w);
                            }
                        }
                        sums = next;
                    }
                    if (left - v >= 0 && sums.get(left - v)) {
                        possible++;
                    }
                }
                assertTrue(possible >= 2, "count " + (i + 1) + " of " + counts + " published as " + cells
                        + " has only " + possible + " possible value");
            }
        }
        assertTrue(checked > 10_000 && withHidden > 5_000, "enough tables with hidden counts: " + checked + ", " + withHidden);
    }

    private static int low(String cell) {
        return cell.equals("fewer than 5") ? 1 : 5;
    }

    private static int high(String cell, int left) {
        return cell.equals("fewer than 5") ? 4 : left;
    }

    @Test
    void aTableWithNoSmallNumberIsPublishedAsItIs() {
        assertEquals(List.of(Suppression.Cell.SHOWN, Suppression.Cell.SHOWN, Suppression.Cell.SHOWN),
                Suppression.cells(List.of(0, 5, 120)).orElseThrow());
    }
}
