package org.engagementportal.publish;

import java.nio.file.Path;

/**
 * Where generators put the files of the site. Paths are site paths: "/consultations/dental/index.html".
 * Every file says where it came from ({@link Origin}); two files at one address is a content problem
 * naming both (an alias that names a page, a file in content/ with the name of one the portal makes),
 * and only two of the portal's own files at one address is a bug. Implementations are safe to use from
 * many threads.
 */
public interface Output {

    void write(String sitePath, byte[] bytes, Origin origin);

    /** Copies a file as it is (attachments, pictures). */
    void copy(String sitePath, Path source, Origin origin);

    /**
     * Puts the file the previous build published at {@code sitePath}, and its compressed copies, in this
     * output as they are, for a file whose inputs have not changed. False when there is none to reuse (no
     * previous output, or it lacks the file): the caller then makes it.
     */
    default boolean reuse(String sitePath, Origin origin) {
        return false;
    }

    /** Writes one of the portal's own files, as the generator this output was handed to ({@link #from}). */
    default void write(String sitePath, byte[] bytes) {
        write(sitePath, bytes, defaultOrigin());
    }

    /** Copies one of the portal's own files. */
    default void copy(String sitePath, Path source) {
        copy(sitePath, source, defaultOrigin());
    }

    /** The origin of files written without one. */
    default Origin defaultOrigin() {
        return Origin.portal("one of the portal's own files");
    }

    /** This output as a generator sees it: files written without an origin are {@code what}'s. */
    default Output from(String what) {
        Output target = this;
        Origin origin = Origin.portal(what);
        return new Output() {
            @Override
            public void write(String sitePath, byte[] bytes, Origin o) {
                target.write(sitePath, bytes, o);
            }

            @Override
            public void copy(String sitePath, Path source, Origin o) {
                target.copy(sitePath, source, o);
            }

            @Override
            public boolean reuse(String sitePath, Origin o) {
                return target.reuse(sitePath, o);
            }

            @Override
            public Origin defaultOrigin() {
                return origin;
            }

            @Override
            public java.util.Optional<Origin> writtenBy(String sitePath) {
                return target.writtenBy(sitePath);
            }

            @Override
            public java.util.SortedSet<String> paths() {
                return target.paths();
            }

            @Override
            public java.util.Set<String> pathsInNoOrder() {
                return target.pathsInNoOrder();
            }

            @Override
            public int fileCount() {
                return target.fileCount();
            }

            @Override
            public long byteCount() {
                return target.byteCount();
            }
        };
    }

    /** What wrote the file at a site path, if anything has. */
    java.util.Optional<Origin> writtenBy(String sitePath);

    /** Every site path written so far (not the compressed copies), sorted. */
    java.util.SortedSet<String> paths();

    /**
     * Every site path written so far (not the compressed copies), in a new set of no order, for what needs only which
     * they are: sorting some 40,000 long addresses at 10,000 pages is a sizeable part of what a build after an edit does.
     */
    java.util.Set<String> pathsInNoOrder();

    /** How many files were written. */
    int fileCount();

    /** How many bytes were written. */
    long byteCount();
}
