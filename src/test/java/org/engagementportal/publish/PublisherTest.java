package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.engagementportal.source.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing again and again from one process, as {@code portal serve} does after every save. */
class PublisherTest {
    @TempDir
    Path dir;

    @Test
    void oneProcessPublishesManyTimesInARowWhileOldOutputsAreStillBeingDeleted() throws Exception {
        Path out = dir.resolve("public");
        for (int i = 0; i < 30; i++) {
            try (StagingFolder staging = StagingFolder.beside(out, new Problems())) {
                for (int f = 0; f < 200; f++) { // enough files that deleting the old output takes a while
                    staging.write("/page-" + f + "/index.html", ("<p>Build " + i + "</p>").getBytes(StandardCharsets.UTF_8),
                            Origin.portal("a test"));
                }
                staging.write("/404.html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8), Origin.portal("a test"));
                staging.finish();
                Publisher.publish(staging, out);
            }
        }
        assertEquals("<p>Build 29</p>", Files.readString(out.resolve("page-7/index.html")));
        // As a build does before it ends: the old outputs still being deleted in the background are waited for, so
        // the temporary folder is not removed from under them (which failed the test when the machine was busy).
        Publisher.finishDeleting();
    }
}
