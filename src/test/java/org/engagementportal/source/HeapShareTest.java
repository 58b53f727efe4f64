package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Pages made at once hold no more of the heap than their share between them; a page too large for it is made alone. */
class HeapShareTest {
    private static final long PER = HeapShare.BYTES_PER_CHARACTER;

    /** Starts {@code characters}' worth on another thread, which holds its share until {@code release} is counted down. */
    private static Future<?> holding(ExecutorService threads, HeapShare heap, long characters, CountDownLatch in,
                                     CountDownLatch release) {
        return threads.submit(() -> heap.with(characters, () -> {
            in.countDown();
            try {
                assertTrue(release.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return null;
        }));
    }

    @Test
    void twoPagesWhoseSharesDoNotFitTogetherAreMadeOneAfterTheOther() throws Exception {
        HeapShare heap = new HeapShare(1000 * PER);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch firstIn = new CountDownLatch(1);
            CountDownLatch firstDone = new CountDownLatch(1);
            Future<?> first = holding(threads, heap, 600, firstIn, firstDone);
            assertTrue(firstIn.await(30, TimeUnit.SECONDS));
            CountDownLatch secondIn = new CountDownLatch(1);
            CountDownLatch secondDone = new CountDownLatch(1);
            Future<?> second = holding(threads, heap, 600, secondIn, secondDone);
            assertFalse(secondIn.await(300, TimeUnit.MILLISECONDS), "the second waits while the first holds its share");
            assertEquals(600 * PER, heap.held());
            firstDone.countDown();
            first.get(30, TimeUnit.SECONDS);
            assertTrue(secondIn.await(30, TimeUnit.SECONDS), "and is made once the first has given its share back");
            assertEquals(600 * PER, heap.held());
            secondDone.countDown();
            second.get(30, TimeUnit.SECONDS);
            assertEquals(0, heap.held());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void pagesWhoseSharesFitAreMadeAtOnce() throws Exception {
        HeapShare heap = new HeapShare(1000 * PER);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch bothIn = new CountDownLatch(2);
            CountDownLatch done = new CountDownLatch(1);
            Future<?> a = holding(threads, heap, 400, bothIn, done);
            Future<?> b = holding(threads, heap, 500, bothIn, done);
            assertTrue(bothIn.await(30, TimeUnit.SECONDS), "both are made at the same time");
            assertEquals(900 * PER, heap.held());
            done.countDown();
            a.get(30, TimeUnit.SECONDS);
            b.get(30, TimeUnit.SECONDS);
            assertEquals(0, heap.held());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aPageLargerThanTheWholeIsMadeAloneAndStillMade() throws Exception {
        HeapShare heap = new HeapShare(1000 * PER);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch smallIn = new CountDownLatch(1);
            CountDownLatch smallDone = new CountDownLatch(1);
            Future<?> small = holding(threads, heap, 10, smallIn, smallDone);
            assertTrue(smallIn.await(30, TimeUnit.SECONDS));
            CountDownLatch largeIn = new CountDownLatch(1);
            CountDownLatch largeDone = new CountDownLatch(1);
            Future<?> large = holding(threads, heap, 5000, largeIn, largeDone);
            assertFalse(largeIn.await(300, TimeUnit.MILLISECONDS), "it waits for the page being made");
            smallDone.countDown();
            small.get(30, TimeUnit.SECONDS);
            assertTrue(largeIn.await(30, TimeUnit.SECONDS), "then is made, though its share is more than the whole");
            assertEquals(1000 * PER, heap.held(), "holding the whole while it is made");
            AtomicBoolean smallAgain = new AtomicBoolean();
            Future<?> after = threads.submit(() -> heap.with(10, () -> {
                smallAgain.set(true);
                return null;
            }));
            Thread.sleep(300);
            assertFalse(smallAgain.get(), "no other page is made beside it");
            largeDone.countDown();
            large.get(30, TimeUnit.SECONDS);
            after.get(30, TimeUnit.SECONDS);
            assertTrue(smallAgain.get());
            assertEquals(0, heap.held());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aPageMadeInsideAnotherOnTheSameThreadDoesNotWaitForItsShare() {
        HeapShare heap = new HeapShare(1000 * PER);
        // A thread that waits for other work inside a page may be handed another page to make: it must not wait for the
        // share that it holds itself.
        String made = heap.with(900, () -> heap.with(900, () -> "inner"));
        assertEquals("inner", made);
        assertEquals(0, heap.held());
    }

    @Test
    void aShareIsGivenBackWhenMakingThePageFails() {
        HeapShare heap = new HeapShare(1000 * PER);
        IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> heap.with(900, () -> {
                    throw new IllegalStateException("a page that failed");
                }));
        assertEquals("a page that failed", thrown.getMessage());
        assertEquals(0, heap.held());
        assertEquals("next", heap.with(900, () -> "next"), "and the next page is made");
    }
}
