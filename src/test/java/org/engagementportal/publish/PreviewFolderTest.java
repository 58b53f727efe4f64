package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's folder, changed in place: only what changed is written, and only a finished build is applied. */
class PreviewFolderTest {
    @TempDir
    Path dir;

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void itStartsEmptyAndAppliesABuildWithTheFilesItChanged() throws IOException {
        Path root = dir.resolve("preview");
        Files.createDirectories(root.resolve("old"));
        Files.writeString(root.resolve("old/left-over.html"), "from an earlier run");
        PreviewFolder folder = new PreviewFolder(root);
        assertEquals(Set.of(), TestSite.files(root).keySet(), "the folder is the preview's own: emptied at the start");

        PreviewFolder.Build first = folder.begin(new Problems());
        first.write("/index.html", text("home"), Origin.portal("test"));
        first.write("/about/index.html", text("about"), Origin.portal("test"));
        assertFalse(Files.exists(root.resolve("index.html")), "nothing is written before the build is applied");
        assertEquals(Set.of("/about/index.html", "/index.html"), first.apply());
        assertEquals("about", TestSite.read(root.resolve("about/index.html")));
    }

    @Test
    void aBuildThatMakesAgainOnlySomeFilesKeepsTheRestAsTheyWereAndCountsThem() throws IOException {
        Path root = dir.resolve("preview");
        PreviewFolder folder = new PreviewFolder(root);
        PreviewFolder.Build first = folder.begin(new Problems());
        first.write("/index.html", text("home"), Origin.portal("test"));
        first.write("/about/index.html", text("about"), Origin.portal("test"));
        first.write("/feed.xml", text("<rss/>"), Origin.portal("test"));
        first.apply();

        PreviewFolder.Build second = folder.begin(new Problems());
        second.write("/about/index.html", text("about us, changed"), Origin.portal("test"));
        second.keepTheRest(path -> true);
        assertEquals(3, second.fileCount(), "the files kept count as the build's");
        assertEquals("home".length() + "about us, changed".length() + "<rss/>".length(), second.byteCount());
        assertEquals(Set.of("/about/index.html"), second.apply(), "only the file made again, which changed");
        assertEquals(Set.of("/index.html", "/about/index.html", "/feed.xml"), TestSite.files(root).keySet());
        assertEquals("about us, changed", TestSite.read(root.resolve("about/index.html")));

        // What was kept is known to the folder as what it holds: a later build that does not make it removes it.
        PreviewFolder.Build third = folder.begin(new Problems());
        third.write("/index.html", text("home"), Origin.portal("test"));
        assertEquals(Set.of("/about/index.html", "/feed.xml"), third.apply());
        assertEquals(Set.of("/index.html"), TestSite.files(root).keySet());
    }

    @Test
    void aFileWithTheSameContentsIsNotTouchedAndReusedFilesStay() throws IOException {
        Path root = dir.resolve("preview");
        PreviewFolder folder = new PreviewFolder(root);
        PreviewFolder.Build first = folder.begin(new Problems());
        first.write("/index.html", text("home"), Origin.portal("test"));
        first.write("/about/index.html", text("about"), Origin.portal("test"));
        first.apply();
        FileTime longAgo = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(root.resolve("index.html"), longAgo);

        PreviewFolder.Build second = folder.begin(new Problems());
        second.write("/index.html", text("home"), Origin.portal("test"));
        assertTrue(second.reuse("/about/index.html", Origin.portal("test")));
        assertFalse(second.reuse("/never-made.html", Origin.portal("test")), "only what the folder holds can be reused");
        assertEquals(Set.of(), second.apply());
        assertEquals(longAgo, Files.getLastModifiedTime(root.resolve("index.html")), "the same bytes are not written again");
        assertEquals("about", TestSite.read(root.resolve("about/index.html")));
    }

    @Test
    void filesABuildNoLongerMakesAreRemovedWithTheFoldersTheyLeaveEmpty() throws IOException {
        Path root = dir.resolve("preview");
        PreviewFolder folder = new PreviewFolder(root);
        PreviewFolder.Build first = folder.begin(new Problems());
        first.write("/index.html", text("home"), Origin.portal("test"));
        first.write("/news/2026/item/index.html", text("item"), Origin.portal("test"));
        first.apply();

        PreviewFolder.Build second = folder.begin(new Problems());
        second.write("/index.html", text("home, changed"), Origin.portal("test"));
        assertEquals(Set.of("/index.html", "/news/2026/item/index.html"), second.apply());
        assertFalse(Files.exists(root.resolve("news")), "no empty folders left behind");
        assertEquals(List.of("index.html"), Files.list(root).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aBuildThatIsNotAppliedLeavesTheFolderAsItWas() throws IOException {
        Path root = dir.resolve("preview");
        PreviewFolder folder = new PreviewFolder(root);
        PreviewFolder.Build first = folder.begin(new Problems());
        first.write("/index.html", text("home"), Origin.portal("test"));
        first.apply();
        PreviewFolder.Build failed = folder.begin(new Problems());
        failed.write("/index.html", text("broken"), Origin.portal("test"));
        // the build found errors, so it is never applied
        PreviewFolder.Build next = folder.begin(new Problems());
        next.write("/index.html", text("home"), Origin.portal("test"));
        assertEquals(Set.of(), next.apply(), "the folder still holds the last applied build");
        assertEquals("home", TestSite.read(root.resolve("index.html")));
    }

    @Test
    void aFileMayTakeThePlaceOfAFolderAndAFolderOfAFile() throws IOException {
        Path root = dir.resolve("preview");
        PreviewFolder folder = new PreviewFolder(root);
        PreviewFolder.Build first = folder.begin(new Problems());
        first.write("/plan/index.html", text("a page"), Origin.portal("test"));
        first.write("/notes", text("a file"), Origin.portal("test"));
        first.apply();
        PreviewFolder.Build second = folder.begin(new Problems());
        second.write("/plan", text("now a file"), Origin.portal("test"));
        second.write("/notes/index.html", text("now a page"), Origin.portal("test"));
        second.apply();
        assertEquals("now a file", TestSite.read(root.resolve("plan")));
        assertEquals("now a page", TestSite.read(root.resolve("notes/index.html")));
    }

    @Test
    void aCopiedFileIsCopiedAgainOnlyWhenItsSourceChanged() throws IOException {
        Path root = dir.resolve("preview");
        Path picture = dir.resolve("map.png");
        Files.write(picture, new byte[] {1, 2, 3});
        PreviewFolder folder = new PreviewFolder(root);
        PreviewFolder.Build first = folder.begin(new Problems());
        first.copy("/map.png", picture, Origin.portal("test"));
        assertEquals(Set.of("/map.png"), first.apply());
        PreviewFolder.Build same = folder.begin(new Problems());
        same.copy("/map.png", picture, Origin.portal("test"));
        assertEquals(Set.of(), same.apply());
        Path replaced = dir.resolve("map.part");
        Files.write(replaced, new byte[] {4, 5, 6, 7});
        Files.move(replaced, picture, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        PreviewFolder.Build changed = folder.begin(new Problems());
        changed.copy("/map.png", picture, Origin.portal("test"));
        assertEquals(Set.of("/map.png"), changed.apply());
        assertEquals(4, Files.size(root.resolve("map.png")));
    }
}
