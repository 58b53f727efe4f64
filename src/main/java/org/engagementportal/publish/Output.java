package org.engagementportal.publish;

import java.nio.file.Path;

/**
 * Where generators put the files of the site. Paths are site paths: "/consultations/dental/index.html".
 * Writing the same path twice is a bug in the portal (two generators disagree) and fails loudly.
 * Implementations are safe to use from many threads.
 */
public interface Output {

    void write(String sitePath, byte[] bytes);

    /** Copies a file as it is (attachments, pictures). */
    void copy(String sitePath, Path source);

    /** How many files were written. */
    int fileCount();

    /** How many bytes were written. */
    long byteCount();
}
