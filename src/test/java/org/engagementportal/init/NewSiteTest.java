package org.engagementportal.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found in a hunt: a new site whose own settings its first reading refused (an offset for a time zone) was left half
 * written, 28 files, and a second try was refused as the folder was not empty. A failure part-way now leaves the folder as
 * it was: gone if it was not there, and a new clone's .git kept.
 */
class NewSiteTest {
    @TempDir
    Path dir;

    private static NewSite site(ZoneId zone) {
        return new NewSite(new NewSite.Settings("NHS Example ICB", URI.create("https://engage.example.nhs.uk/"), zone,
                "engagement@example.nhs.uk", ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, zone), Pin.released("1.0.0", Optional.empty())));
    }

    @Test
    void aFailurePartWayLeavesNothingHalfMade() throws IOException {
        Path fresh = dir.resolve("fresh");
        assertThrows(IllegalStateException.class, () -> site(ZoneId.of("+01:00")).write(fresh));
        assertFalse(Files.exists(fresh), "the folder it made is gone");

        Path clone = dir.resolve("clone");
        Files.createDirectories(clone.resolve(".git"));
        Files.writeString(clone.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        assertThrows(IllegalStateException.class, () -> site(ZoneId.of("+01:00")).write(clone));
        try (Stream<Path> left = Files.walk(clone)) {
            assertEquals(List.of(clone, clone.resolve(".git"), clone.resolve(".git/HEAD")), left.sorted().toList());
        }
        // Mended, it is made in the same folder.
        List<String> written = site(ZoneId.of("Europe/London")).write(clone);
        assertFalse(written.isEmpty());
    }
}
