package org.engagementportal.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** For {@code portal check}: everything is generated and counted, nothing is written. */
public final class DryRunOutput extends TrackingOutput {

    @Override
    public void write(String sitePath, byte[] bytes) {
        claim(sitePath, bytes.length);
    }

    @Override
    public void copy(String sitePath, Path source) {
        try {
            claim(sitePath, Files.size(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
