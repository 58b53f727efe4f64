package org.engagementportal.publish;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
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
    /**
     * Every file and folder claimed, by its address {@link #folded}, with the path as claimed: two paths that
     * differ only in capital letters or in %-codes are one address on Windows and macOS (where the site is
     * built and previewed) and on servers that decode addresses before looking for the file.
     */
    private final Map<String, Claimed> byFolded = new HashMap<>();

    private record Claimed(String path, Origin origin) {
    }

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
            String folded = folded(sitePath);
            Claimed similar = similar(folded);
            if (similar != null && (similar.origin().fromContent() || origin.fromContent())) {
                clashFolded(sitePath, origin, similar);
                return false;
            }
            written.put(sitePath, origin);
            byFolded.putIfAbsent(folded, new Claimed(sitePath, origin));
            for (int slash = sitePath.indexOf('/', 1); slash > 0; slash = sitePath.indexOf('/', slash + 1)) {
                String folder = sitePath.substring(0, slash + 1);
                if (folders.putIfAbsent(folder, origin) == null) { // a folder seen before is in both already
                    byFolded.putIfAbsent(folded(folder), new Claimed(folder, origin));
                }
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
        if (!other.fromContent()) {
            // The portal's own file cannot be renamed by the writer, and "the portal's calendars is" was no English.
            problems.error(reported.at().orElseThrow(), reported.what() + " would be published at " + address + ", where "
                    + portals(other) + ".", "Give " + reported.what() + " another name or address: the portal makes " + address
                    + " itself.");
            return;
        }
        problems.error(reported.at().orElseThrow(), reported.what() + " would be published at " + address + ", where "
                        + other.what() + " is published already.",
                "Give one of them another name or address, so that each has its own.");
    }

    /** "the portal publishes its calendars", of the portal's own file. */
    private static String portals(Origin o) {
        return "the portal publishes " + o.what().replace("the portal's ", "its ");
    }

    /** A file or folder already claimed at {@code folded}, at a folder of it, or under it as a folder; or null. */
    private Claimed similar(String folded) {
        Claimed c = byFolded.get(folded);
        if (c == null) {
            c = byFolded.get(folded + "/");
        }
        for (int slash = folded.indexOf('/', 1); c == null && slash > 0; slash = folded.indexOf('/', slash + 1)) {
            c = byFolded.get(folded.substring(0, slash));
        }
        return c;
    }

    /** Two paths that are one address once capitals and %-codes are set aside, at least one from content. */
    private void clashFolded(String sitePath, Origin origin, Claimed similar) {
        Comparator<Origin> order = Comparator.comparing((Origin o) -> o.at().orElse(null),
                Comparator.nullsFirst(Comparator.<Position>naturalOrder())).thenComparing(Origin::what);
        boolean thisOne = order.compare(origin, similar.origin()) >= 0;
        Origin reported = thisOne ? origin : similar.origin();
        Origin other = thisOne ? similar.origin() : origin;
        String reportedAt = address(thisOne ? sitePath : similar.path());
        String otherAt = address(thisOne ? similar.path() : sitePath);
        problems.error(reported.at().orElseThrow(), reported.what() + " would be published at " + reportedAt + ", where "
                        + (other.fromContent() ? other.what() + " is published" : portals(other)) + " as " + otherAt + ": they "
                        + "differ only in capital letters or %-codes, and Windows, macOS and many web servers take them for one address.",
                other.fromContent() ? "Give one of them another name or address, so that each has its own."
                        : "Give " + reported.what() + " another name or address: the portal makes " + otherAt + " itself.");
    }

    private static String address(String sitePath) {
        return sitePath.endsWith("/index.html") ? sitePath.substring(0, sitePath.length() - "index.html".length()) : sitePath;
    }

    /**
     * A path as a case-insensitive file system or a decoding server sees it: %-codes decoded (but for %2F, which
     * stays inside its part) and lower case.
     */
    static String folded(String sitePath) {
        String decoded = sitePath;
        if (sitePath.indexOf('%') >= 0) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(sitePath.length());
            for (int i = 0; i < sitePath.length(); i++) {
                char c = sitePath.charAt(i);
                int hi = i + 2 < sitePath.length() ? Character.digit(sitePath.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(sitePath.charAt(i + 2), 16) : -1;
                if (c == '%' && hi >= 0 && lo >= 0 && hi * 16 + lo != '/') {
                    out.write(hi * 16 + lo);
                    i += 2;
                } else {
                    int cp = sitePath.codePointAt(i);
                    byte[] b = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                    i += Character.charCount(cp) - 1;
                }
            }
            decoded = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
        return decoded.toLowerCase(java.util.Locale.ROOT);
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
    public java.util.Set<String> pathsInNoOrder() {
        return new java.util.HashSet<>(written.keySet());
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
