package org.engagementportal.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Work over a list shared by the build's threads one item at a time, so that they finish together.
 *
 * <p>Why not {@code list.parallelStream().forEach}: a parallel stream cuts its list into a few large parts up front
 * (about four, on two cores, as it sizes them by the JVM's common pool), and the thread that started it waits, idle,
 * while another finishes the last part. Pages differ in cost, so that wait was long: in a profile of a cold 10,000-page
 * build, one of the two cores was idle for about three seconds at the end of the content pages, parked in the stream's
 * join. Here every thread takes the next item from one counter until none are left, so a thread waits at most for the
 * item the other is on.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * {@code action} on every item, on the threads of the pool this is called in (or this thread alone outside one), in
     * no particular order; returns when all are done. If an action throws, each thread finishes the item it is on and
     * starts no other, and once they have all stopped the exception is thrown as it was thrown (not the copy
     * {@link ForkJoinTask#join} makes of one thrown on another thread), the first to be caught; any others are added to
     * it as suppressed.
     */
    public static <T> void forEach(Collection<T> items, Consumer<? super T> action) {
        // Taken by index: a list that is not quick to index, or a set, is copied first.
        List<T> list = items instanceof List<T> l && items instanceof java.util.RandomAccess ? l : new ArrayList<>(items);
        int n = list.size();
        ForkJoinPool pool = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : null;
        int threads = pool == null ? 1 : Math.min(pool.getParallelism(), n);
        if (threads <= 1) {
            list.forEach(action);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int i; (i = next.getAndIncrement()) < n; ) {
                    action.accept(list.get(i));
                }
            } catch (Throwable e) {
                next.set(n); // the others start nothing more
                if (!failure.compareAndSet(null, e) && failure.get() != e) {
                    failure.get().addSuppressed(e);
                }
            }
        };
        List<ForkJoinTask<?>> others = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            others.add(ForkJoinTask.adapt(work).fork());
        }
        work.run();
        others.forEach(ForkJoinTask::quietlyJoin);
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) { // a checked exception thrown sneakily: not expected from a Consumer
            throw new IllegalStateException(failed);
        }
    }
}
