package org.engagementportal.generate;

import java.util.function.Supplier;
import org.engagementportal.publish.Origin;
import org.engagementportal.publish.Output;

/**
 * Writes an output that may be the same as the previous build's: an incremental build reuses the previous
 * file (and reports again the problems it had) when the output's key, a digest of everything it is made
 * from ({@link OutputKeys}), is unchanged; otherwise it makes it.
 */
public interface Reuse {

    void write(Output out, String sitePath, String key, Origin origin, Supplier<byte[]> make);

    /**
     * Puts the previous build's file in the output when its key is {@code key}, as {@link #write} would, without
     * making it otherwise. For outputs whose making is shared: false, and the caller makes them with {@link #write}.
     */
    default boolean reused(Output out, String sitePath, String key, Origin origin) {
        return false;
    }

    /** Whether the previous build made this output with this key (whether it can be reused is another question). */
    default boolean wasMade(String sitePath, String key) {
        return false;
    }

    /** The files the previous build made under {@code prefix} with this key, sorted. */
    default java.util.SortedSet<String> madeBefore(String prefix, String key) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        madeBefore(prefix).forEach((path, k) -> {
            if (k.equals(key)) {
                out.add(path);
            }
        });
        return out;
    }

    /** The files the previous build made under {@code prefix}, each with its key, sorted. */
    default java.util.SortedMap<String, String> madeBefore(String prefix) {
        return java.util.Collections.emptySortedMap();
    }

    /** The words the previous build counted on each page of the search index, in its order ({@link SearchCounts}). */
    default SearchCounts.Reader countedBefore() {
        return SearchCounts.Reader.NONE;
    }

    /** Where this build keeps the words it counts on each page of the search index, for the next build. */
    default SearchCounts.Writer countingNow() {
        return SearchCounts.Writer.NONE;
    }

    /** A cold build: everything is made. */
    Reuse NOTHING = (out, sitePath, key, origin, make) -> out.write(sitePath, make.get(), origin);
}
