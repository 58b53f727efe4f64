package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CopiesCost}, the measure {@code bin/bench-cold} prints of what the compressed copies cost alone: it compresses
 * what the build compressed, and no more, and tells when its copies are not the build's (then it measured other work).
 */
class CopiesCostTest {
    @TempDir
    Path dir;

    /** Builds a small site into a staging folder, as a build writes one, and runs {@code check} on its folder. */
    private void site(Check check) throws IOException {
        Random random = new Random(7);
        byte[] photo = new byte[4096];
        random.nextBytes(photo);
        try (StagingFolder staging = StagingFolder.beside(dir.resolve("public"), new Problems())) {
            staging.write("/one/index.html", StagingFolderTest.text(3000), StagingFolderTest.PORTAL);
            staging.write("/two/index.html", StagingFolderTest.text(5000), StagingFolderTest.PORTAL);
            staging.write("/small/index.html", StagingFolderTest.text(1024), StagingFolderTest.PORTAL); // no copies: 1 KB or less
            staging.write("/just-over/index.html", StagingFolderTest.text(1025), StagingFolderTest.PORTAL);
            staging.write("/photo.jpg", photo, StagingFolderTest.PORTAL); // no copies: not text
            staging.write("/noise.txt", photo, StagingFolderTest.PORTAL); // text, but the copies would not be smaller
            staging.finish();
            check.on(staging.root());
        }
    }

    private interface Check {
        void on(Path out) throws IOException;
    }

    @Test
    void itCompressesTheFilesTheBuildCompressedAndFindsTheBuildsCopies() throws IOException {
        site(out -> {
            assertTrue(Files.size(out.resolve("manifest.json")) > Precompressed.MIN_BYTES, "the manifest is large enough to be taken");
            assertTrue(Files.isRegularFile(out.resolve("just-over/index.html.br")));
            CopiesCost.Cost cost = CopiesCost.measure(out, 1);
            assertEquals(4, cost.files(), "the three pages over 1 KB and noise.txt; not the 1 KB page, the photo or the manifest");
            assertEquals(3000 + 5000 + 1025 + 4096, cost.bytes());
            assertEquals(0, cost.differ());
        });
    }

    @Test
    void aLargeTextFileTheBuildCopiedAsItIsIsLeftOut() throws IOException {
        Path csv = dir.resolve("big.csv");
        String line = "2026-01-01,Greywater,community pharmacy,1234\n";
        Files.writeString(csv, line.repeat((int) (StagingFolder.COMPRESS_COPIES_UP_TO / line.length() + 1)));
        try (StagingFolder staging = StagingFolder.beside(dir.resolve("public"), new Problems())) {
            staging.write("/one/index.html", StagingFolderTest.text(3000), StagingFolderTest.PORTAL);
            staging.copy("/data/big.csv", csv, Origin.content("content/data/big.csv", Position.file("content/data/big.csv")));
            staging.finish();
            Path out = staging.root();
            assertTrue(Files.size(out.resolve("data/big.csv")) > StagingFolder.COMPRESS_COPIES_UP_TO);
            assertFalse(Files.exists(out.resolve("data/big.csv.gz")), "the build copies it as it is");
            CopiesCost.Cost cost = CopiesCost.measure(out, 1);
            assertEquals(1, cost.files(), "the page only");
            assertEquals(0, cost.differ());
        }
    }

    @Test
    void aCopyUnlikeTheBuildsOrMissingIsCounted() throws IOException {
        site(out -> {
            Files.write(out.resolve("one/index.html.gz"), new byte[] {0x1f, (byte) 0x8b});
            Files.delete(out.resolve("two/index.html.br"));
            Files.write(out.resolve("noise.txt.gz"), new byte[] {1}); // a copy the build would not have made
            assertEquals(3, CopiesCost.measure(out, 1).differ());
        });
    }
}
