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
    void aFailureStopsTheRestAndIsThrown() throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger started = new AtomicInteger();
        RuntimeException thrown = inPool(2, () -> {
            try {
                Parallel.forEach(IntStream.range(0, 100_000).boxed().toList(), i -> {
                    started.incrementAndGet();
                    if (i == 10) {
                        throw boom;
                    }
                });
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertTrue(started.get() < 100_000, "every item was started after one failed: " + started.get());
        // the exception itself, or (thrown on the other thread) the JDK's copy of it with it as the cause
        assertTrue(thrown == boom || thrown.getCause() == boom, "not the action's exception: " + thrown);
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
