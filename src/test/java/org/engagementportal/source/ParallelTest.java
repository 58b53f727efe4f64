package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
    static <T> T inPool(int threads, java.util.concurrent.Callable<T> task) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(task).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyItemOnceWhateverTheirCost() throws Exception {
        for (int n : new int[] {0, 1, 2, 3, 100, 5_000}) {
            List<Integer> items = IntStream.range(0, n).boxed().toList();
            AtomicIntegerArray done = new AtomicIntegerArray(Math.max(n, 1));
            inPool(2, () -> {
                Parallel.forEach(items, i -> {
                    if (i % 97 == 0) {
                        IntStream.range(0, 20_000).sum(); // some items cost more than others
                    }
                    done.incrementAndGet(i);
                });
                return null;
            });
            for (int i = 0; i < n; i++) {
                assertEquals(1, done.get(i), "item " + i + " of " + n);
            }
        }
    }

    @Test
    void everyItemOfASetAndOfALinkedListOnce() throws Exception {
        Set<Integer> set = new java.util.TreeSet<>(IntStream.range(0, 500).boxed().toList());
        java.util.LinkedList<Integer> linked = new java.util.LinkedList<>(set);
        for (java.util.Collection<Integer> items : List.of(set, linked)) {
            AtomicIntegerArray done = new AtomicIntegerArray(500);
            inPool(2, () -> {
                Parallel.forEach(items, done::incrementAndGet);
                return null;
            });
            for (int i = 0; i < 500; i++) {
                assertEquals(1, done.get(i), "item " + i + " of a " + items.getClass().getSimpleName());
            }
        }
    }

    /** Each item waits until the pool's two threads have both started one: on one thread alone this would time out. */
    @Test
    void thePoolsThreadsShareTheItems() throws Exception {
        CountDownLatch both = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        boolean met = inPool(2, () -> {
            AtomicInteger waited = new AtomicInteger();
            Parallel.forEach(List.of(1, 2, 3, 4), i -> {
                threads.add(Thread.currentThread().getName());
                both.countDown();
                try {
                    if (both.await(20, TimeUnit.SECONDS)) {
                        waited.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return waited.get() == 4;
        });
        assertTrue(met, "the two threads never worked at once");
        assertEquals(2, threads.size());
    }

    /** A thread that runs out of items waits only for the item the other is on, not for a share cut up front. */
    @Test
    void aThreadWithNothingLeftIsNotHeldByASlowShare() throws Exception {
        // The first item is slow; all the others are quick and must all be done by the other thread meanwhile.
        CountDownLatch restDone = new CountDownLatch(999);
        boolean ok = inPool(2, () -> {
            AtomicInteger slowSawRestDone = new AtomicInteger();
            Parallel.forEach(IntStream.range(0, 1000).boxed().toList(), i -> {
                if (i == 0) {
                    try {
                        if (restDone.await(20, TimeUnit.SECONDS)) {
                            slowSawRestDone.incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                } else {
                    restDone.countDown();
                }
            });
            return slowSawRestDone.get() == 1;
        });
        assertTrue(ok, "the other 999 items waited for the slow one");
    }

    @Test
    void aFailureStopsTheRestAndIsThrownAsItWas() throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger started = new AtomicInteger();
        CountDownLatch thrown = new CountDownLatch(1);
        RuntimeException caught = inPool(2, () -> {
            try {
                Parallel.forEach(IntStream.range(0, 1_000).boxed().toList(), i -> {
                    started.incrementAndGet();
                    if (i == 10) {
                        thrown.countDown();
                        throw boom;
                    }
                    if (i > 10) {
                        try { // every item after the failing one waits for it, and a little longer, so a failure
                            // that did not stop the others would let all 1,000 start
                            thrown.await(20, TimeUnit.SECONDS);
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        // the items before it, itself, and at most one more on each thread
        assertTrue(started.get() <= 13, "items were started after one failed: " + started.get());
        assertSame(boom, caught, "not the action's own exception: " + caught);
    }

    /** The exception comes only once every item in progress has finished, so nothing is still writing after it. */
    @Test
    void aFailureIsThrownOnlyOnceTheItemsInProgressHaveFinished() throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");
        CountDownLatch slowStarted = new CountDownLatch(1);
        AtomicInteger slowFinished = new AtomicInteger();
        AtomicInteger seenWhenThrown = new AtomicInteger(-1);
        inPool(2, () -> {
            try {
                Parallel.forEach(List.of(0, 1), i -> {
                    if (i == 0) {
                        slowStarted.countDown();
                        try {
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        slowFinished.incrementAndGet();
                    } else {
                        try {
                            slowStarted.await(20, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw boom;
                    }
                });
            } catch (IllegalStateException e) {
                seenWhenThrown.set(slowFinished.get());
            }
            return null;
        });
        assertEquals(1, seenWhenThrown.get(), "thrown while another item was still running");
    }

    @Test
    void twoFailuresGiveTheFirstWithTheOtherSuppressed() throws Exception {
        CountDownLatch both = new CountDownLatch(2);
        RuntimeException caught = inPool(2, () -> {
            try {
                Parallel.forEach(List.of(1, 2), i -> {
                    both.countDown();
                    try {
                        both.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalArgumentException("item " + i);
                });
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertTrue(caught instanceof IllegalArgumentException, String.valueOf(caught));
        assertEquals(1, caught.getSuppressed().length);
        assertEquals(Set.of("item 1", "item 2"), Set.of(caught.getMessage(), caught.getSuppressed()[0].getMessage()));
    }

    @Test
    void outsideAPoolItRunsHereInOrder() {
        List<Integer> seen = new java.util.ArrayList<>();
        Thread here = Thread.currentThread();
        Parallel.forEach(List.of(3, 1, 2), i -> {
            assertSame(here, Thread.currentThread());
            seen.add(i);
        });
        assertEquals(List.of(3, 1, 2), seen);
    }
}
