package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record of a published build ({@link UpToDate#save}) is written as it is made, into a temporary file moved into
 * place when whole. One that cannot be written (here, text that is not valid Unicode) leaves neither a record nor a
 * half-written temporary file, and the build carries on: the next one runs in full.
 */
class RecordsWrittenTest {
    @TempDir
    Path site;

    @Test
    void aRecordThatCannotBeWrittenLeavesNoHalfWrittenFile() throws IOException {
        Problem bad = new Problem(Severity.WARNING, new Position("content/a.md", 1, 1), "half a pair \uD83D", "Fix it.");
        UpToDate.Previous previous = new UpToDate.Previous("settings", new UpToDate.Window(ZoneId.of("Europe/London"),
                Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400)), "inputs\n".repeat(5_000), "outputs\n", 1, 1, 1, List.of(bad));
        UpToDate.save(site, site.resolve("public"), previous);
        assertEquals(List.of(), files(), "no record and no temporary file");

        UpToDate.save(site, site.resolve("public"), new UpToDate.Previous(previous.settings(), previous.window(),
                previous.inputs(), previous.outputs(), 1, 1, 1, List.of()));
        List<Path> written = files();
        assertEquals(1, written.size(), written.toString());
        assertTrue(written.get(0).getFileName().toString().startsWith("inputs-") && written.get(0).toString().endsWith(".txt"));
    }

    private List<Path> files() throws IOException {
        Path folder = site.resolve(RenderCache.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
