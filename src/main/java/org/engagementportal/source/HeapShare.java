package org.engagementportal.source;

import java.util.function.Supplier;

/**
 * How much of Java's memory (its heap) the pages being made at once may take between them, so that a site with several
 * very large pages builds on a computer with little memory instead of running out of it. Before a page is made it takes
 * a share in proportion to the length of its text, and waits while the pages being made already hold so much that its
 * share would not fit; a page whose share is larger than the whole is made alone. Pages of ordinary length never wait:
 * their shares are a few megabytes.
 *
 * <p>Measured on 3 December 2026 with {@code bin/hostile-bench}'s pages, which are as slow and as large to make as the
 * limits of what the portal reads allow: a page of 2 MB of Markdown in tables (170 tables of 990 rows, 56 MB of HTML)
 * needed about 550 MB more memory while it was made, 270 bytes for each character of its text; pages of lists nested ten
 * deep about 170; an ordinary page about 50. Six of those pages of tables on a heap of 1 GiB (the JVM's default on a
 * computer with 4 GB), two made at once on two cores, ran out of memory; one at a time, they fit.
 */
public final class HeapShare {
    /** The memory a page may need while it is made, for each character of its text: the most measured, and a margin. */
    public static final long BYTES_PER_CHARACTER = 300;
    /** Half of the heap, the rest being the site and what the build keeps of every page. */
    private static final HeapShare PAGES = new HeapShare(Runtime.getRuntime().maxMemory() / 2);

    private final long whole;
    private long held;
    /** The share the current thread holds (which a page made inside another on the same thread does not wait for). */
    private final ThreadLocal<long[]> mine = ThreadLocal.withInitial(() -> new long[1]);

    HeapShare(long whole) {
        this.whole = Math.max(1, whole);
    }

    /** The share of the heap for making pages, one for the whole program (its builds share one heap). */
    public static HeapShare pages() {
        return PAGES;
    }

    /** Makes something whose text is {@code characters} long, once its share of the heap is free. */
    public <T> T with(long characters, Supplier<T> make) {
        long share = Math.min(whole, Math.max(1, characters) * BYTES_PER_CHARACTER);
        long[] held = mine.get();
        if (held[0] > 0) {
            // Made inside another page on this thread (a thread waiting for other work may be given this page to do): its
            // share is already counted, and waiting here for the other page's share to be given back would wait forever.
            return make.get();
        }
        take(share);
        held[0] = share;
        try {
            return make.get();
        } finally {
            held[0] = 0;
            giveBack(share);
        }
    }

    /** How much is taken now: for tests. */
    synchronized long held() {
        return held;
    }

    private synchronized void take(long share) {
        boolean interrupted = false;
        while (held > 0 && held + share > whole) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true; // the page is still to be made; the interruption is kept for whoever asked
            }
        }
        held += share;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void giveBack(long share) {
        held -= share;
        notifyAll();
    }
}
