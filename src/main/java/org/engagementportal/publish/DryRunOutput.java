package org.engagementportal.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.source.Problems;

/** For {@code portal check}: everything is generated, counted and checked for clashes; nothing is written. */
public final class DryRunOutput extends TrackingOutput {

    public DryRunOutput(Problems problems) {
        super(problems);
    }

    @Override
    public void write(String sitePath, byte[] bytes, Origin origin) {
        claim(sitePath, bytes.length, origin);
    }

    @Override
    public void copy(String sitePath, Path source, Origin origin) {
        try {
            claim(sitePath, Files.size(source), origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
