package org.engagementportal.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preview's watcher, on real folders: it sees what a build reads change, wherever and however it is saved. */
@Timeout(value = 1, unit = TimeUnit.MINUTES) // a hang guard only: nothing here is timed
class SiteWatcherTest {
    @TempDir
    Path site;

    /** Changes until {@code expected} has been seen; every change seen. */
    private static Set<Path> until(SiteWatcher watcher, Path expected) throws InterruptedException {
        Set<Path> seen = new HashSet<>();
        while (!seen.contains(expected)) {
            Optional<Set<Path>> next = watcher.next();
            assertTrue(next.isPresent());
            seen.addAll(next.get());
        }
        return seen;
    }

    @Test
    void aPageInAFolderMadeAfterTheStartIsSeenAndSoIsItsNextEdit() throws Exception {
        Files.createDirectories(site.resolve("content/_data"));
        try (SiteWatcher watcher = new SiteWatcher(site)) {
            Path deep = site.resolve("content/news/2026");
            Files.createDirectories(deep);
            Path page = deep.resolve("winter.md");
            Files.writeString(page, "---\ntitle: Winter\n---\n");
            until(watcher, page);
            // Now watched: an edit in the new folder is seen on its own.
            Files.writeString(page, "---\ntitle: Winter plans\n---\n");
            assertEquals(Set.of(page), watcher.next().orElseThrow());
            Path data = site.resolve("content/_data/topics.yml");
            Files.writeString(data, "- id: x\n  name: X\n");
            until(watcher, data);
        }
    }

    @Test
    void aSaveByRenamingIsTheSavedFileNotTheTemporaryOne() throws Exception {
        Path content = Files.createDirectories(site.resolve("content"));
        Path page = Files.writeString(content.resolve("about.md"), "---\ntitle: About\n---\n");
        try (SiteWatcher watcher = new SiteWatcher(site)) {
            Path temp = content.resolve("about.md.tmp-4913");
            Files.writeString(temp, "---\ntitle: About us\n---\n");
            Files.writeString(content.resolve(".about.md.swp"), "swap");
            Files.writeString(content.resolve("about.md~"), "backup");
            Files.move(temp, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Set<Path> seen = until(watcher, page);
            assertFalse(seen.contains(temp), "a file made and renamed away in the burst is no change: " + seen);
            assertFalse(seen.contains(content.resolve(".about.md.swp")) || seen.contains(content.resolve("about.md~")), seen.toString());
        }
    }

    @Test
    void templatesAndAssetsAreWatchedEvenWhenMadeLater() throws Exception {
        Files.createDirectories(site.resolve("content"));
        try (SiteWatcher watcher = new SiteWatcher(site)) {
            Path template = site.resolve("templates/page.ftlh");
            Files.createDirectories(template.getParent());
            Files.writeString(template, "<#-- a page -->");
            until(watcher, template);
            Files.writeString(template, "<#-- a page, changed -->");
            assertEquals(Set.of(template), watcher.next().orElseThrow());
            Path picture = site.resolve("assets/images/logo.svg");
            Files.createDirectories(picture.getParent());
            Files.writeString(picture, "<svg/>");
            until(watcher, picture);
        }
    }

    @Test
    void closingEndsTheWait() throws Exception {
        Files.createDirectories(site.resolve("content"));
        SiteWatcher watcher = new SiteWatcher(site);
        Thread closer = new Thread(() -> {
            try {
                watcher.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        closer.start();
        assertEquals(Optional.empty(), watcher.next());
        closer.join();
    }
}
