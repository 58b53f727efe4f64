package org.engagementportal.publish;

import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;

/**
 * Counts what is written, refuses a path that is not a plain file path inside the site, and turns two
 * files at one address into a problem naming both (the second is not written).
 */
abstract class TrackingOutput implements Output {
    private final ConcurrentMap<String, Origin> written = new ConcurrentHashMap<>();
    /** Every folder a file has been written in ("/consultations/"), with the first file's origin. */
    private final ConcurrentMap<String, Origin> folders = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    /** Files kept from an earlier build without being claimed again ({@link #kept}). */
    private final java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();
    private final Problems problems;

    TrackingOutput(Problems problems) {
        this.problems = problems;
    }

    /**
     * Claims a path for a file; false when another file has it already (reported as a content problem).
     *
     * @throws IllegalArgumentException for a path that is not a file path inside the site: content cannot
     *                                  produce one (addresses and names are checked when they are read), so it is a bug
     */
    protected boolean claim(String sitePath, long size, Origin origin) {
        if (!isSafe(sitePath)) {
            throw new IllegalArgumentException("not a file path on the site: " + sitePath);
        }
        synchronized (this) {
            Origin first = written.get(sitePath);
            if (first == null) {
                // A file where another file's folder is, or under a name another file has: one address for two things.
                first = folders.get(sitePath + "/");
            }
            for (int slash = sitePath.indexOf('/', 1); first == null && slash > 0; slash = sitePath.indexOf('/', slash + 1)) {
                first = written.get(sitePath.substring(0, slash));
            }
            if (first != null) {
                clash(sitePath, first, origin);
                return false;
            }
            written.put(sitePath, origin);
            for (int slash = sitePath.indexOf('/', 1); slash > 0; slash = sitePath.indexOf('/', slash + 1)) {
                folders.putIfAbsent(sitePath.substring(0, slash + 1), origin);
            }
        }
        bytes.addAndGet(size);
        return true;
    }

    /**
     * Counts files kept as an earlier build left them, without claiming their paths: for a build that makes again
     * only files the earlier one made, so that none of its paths can be new (see {@link PreviewFolder.Build#keepTheRest}).
     */
    protected void kept(int files, long size) {
        kept.addAndGet(files);
        bytes.addAndGet(size);
    }

    /** Reports two files at one address, at the content that caused it: the same message whichever came first. */
    private void clash(String sitePath, Origin a, Origin b) {
        if (!a.fromContent() && !b.fromContent()) {
            throw new IllegalStateException("two generators both wrote " + sitePath + ": " + a.what() + " and " + b.what());
        }
        Comparator<Origin> order = Comparator.comparing((Origin o) -> o.at().orElse(null),
                Comparator.nullsFirst(Comparator.<Position>naturalOrder())).thenComparing(Origin::what);
        Origin reported = order.compare(a, b) >= 0 ? a : b;
        Origin other = reported == a ? b : a;
        String address = sitePath.endsWith("/index.html") ? sitePath.substring(0, sitePath.length() - "index.html".length())
                : sitePath;
        problems.error(reported.at().orElseThrow(), reported.what() + " would be published at " + address + ", where "
                        + other.what() + " is published already.",
                "Give one of them another name or address, so that each has its own.");
    }

    /** "/a/b.html": starts with /, no empty, "." or ".." parts, no backslash or control character. */
    static boolean isSafe(String sitePath) {
        if (!sitePath.startsWith("/") || sitePath.endsWith("/") || sitePath.contains("//") || sitePath.indexOf('\\') >= 0) {
            return false;
        }
        for (int i = 0; i < sitePath.length(); i++) {
            if (sitePath.charAt(i) < ' ' || sitePath.charAt(i) == 0x7f) {
                return false;
            }
        }
        String wrapped = sitePath + "/";
        return !wrapped.contains("/./") && !wrapped.contains("/../");
    }

    @Override
    public java.util.SortedSet<String> paths() {
        return new java.util.TreeSet<>(written.keySet());
    }

    @Override
    public java.util.Optional<Origin> writtenBy(String sitePath) {
        return java.util.Optional.ofNullable(written.get(sitePath));
    }

    @Override
    public int fileCount() {
        return written.size() + kept.get();
    }

    @Override
    public long byteCount() {
        return bytes.get();
    }
}
