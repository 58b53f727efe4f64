package org.engagementportal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A feed's newest few, picked without sorting everything: always the head of the full order. */
class FirstByTimeTest {
    record Item(String path, ZonedDateTime at, int n) {
    }

    @Test
    void theFirstFewAreTheHeadOfTheWholeOrderTiesAndAll() {
        Random random = new Random(14);
        ZonedDateTime base = ZonedDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneId.of("Europe/London"));
        for (int round = 0; round < 2_000; round++) {
            int size = random.nextInt(60);
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                // Few distinct times, paths and nanoseconds, so that ties at every level are common.
                ZonedDateTime at = base.plusMinutes(random.nextInt(5)).withNano(random.nextInt(2));
                items.add(new Item("/p" + random.nextInt(4) + "/", random.nextBoolean() ? at : at.withZoneSameInstant(ZoneId.of("UTC")), i));
            }
            boolean latestFirst = random.nextBoolean();
            int limit = random.nextInt(25);
            List<Item> all = Plan.byTime(items, Item::at, latestFirst, Item::path);
            assertEquals(all.subList(0, Math.min(limit, all.size())), Plan.firstByTime(items, Item::at, latestFirst, Item::path, limit),
                    "round " + round);
        }
        assertEquals(List.of(), Plan.firstByTime(List.<Item>of(), Item::at, true, Item::path, Integer.MAX_VALUE));
    }

    @Test
    void theFirstInAnyOrderAreTheHeadOfAStableSort() {
        Random random = new Random(41);
        java.util.Comparator<int[]> order = java.util.Comparator.<int[]>comparingInt(a -> -a[0]).thenComparingInt(a -> a[1]);
        for (int round = 0; round < 2_000; round++) {
            List<int[]> items = new ArrayList<>();
            for (int i = 0, size = random.nextInt(80); i < size; i++) {
                items.add(new int[] {random.nextInt(4), random.nextInt(3), i});
            }
            int limit = random.nextInt(30);
            List<int[]> sorted = items.stream().sorted(order).limit(limit).toList();
            List<int[]> first = Plan.first(items, order, limit);
            assertEquals(sorted.stream().map(a -> a[2]).toList(), first.stream().map(a -> a[2]).toList(), "round " + round);
        }
    }
}
