package org.engagementportal.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The gzip copy made into an array grown as needed ({@link Precompressed#gzip}) is byte for byte the one made into an
 * array as large as the file in one call, as it was made before, and is kept or left out in the same cases: files that
 * deflate to a tenth, to nearly all of themselves, or to more, at every size around the array's first size and its
 * doublings.
 */
class GzipProperties {

    @Property(tries = 1500)
    void theSameCopyAsDeflatingIntoAnArrayAsLargeAsTheFile(@ForAll @IntRange(min = 0, max = 20_000) int size,
                                                           @ForAll @IntRange(min = 0, max = 100) int randomPercent,
                                                           @ForAll long seed) {
        byte[] data = file(size, randomPercent, seed);
        assertEquals(oneCall(data).map(java.util.HexFormat.of()::formatHex), Precompressed.gzip(data).map(java.util.HexFormat.of()::formatHex),
                () -> size + " bytes, " + randomPercent + "% random");
    }

    @Test
    void largeFilesAndTheEdgeOfBeingKept() {
        for (int size : new int[] {1 << 20, 3 << 20}) {
            for (int percent : new int[] {5, 60, 97, 99, 100}) {
                byte[] data = file(size, percent, size + percent);
                Optional<byte[]> expected = oneCall(data);
                Optional<byte[]> made = Precompressed.gzip(data);
                assertEquals(expected.isPresent(), made.isPresent(), size + " bytes, " + percent + "% random");
                expected.ifPresent(e -> assertArrayEquals(e, made.get()));
            }
        }
    }

    /** Text-like bytes (a few words repeated) with a share of random bytes mixed in. */
    private static byte[] file(int size, int randomPercent, long seed) {
        Random r = new Random(seed);
        byte[] words = "<p>The consultation on community pharmacy closes on 12 March.</p>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = r.nextInt(100) < randomPercent ? (byte) r.nextInt(256) : words[(i + r.nextInt(3)) % words.length];
        }
        return data;
    }

    /** How the copy was made before: the deflated bytes in one call, into an array as large as the file. */
    private static Optional<byte[]> oneCall(byte[] data) {
        if (data.length < 10) {
            return Optional.empty();
        }
        Deflater deflater = new Deflater(Precompressed.GZIP_LEVEL, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] out = new byte[data.length + 18];
            byte[] header = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
            System.arraycopy(header, 0, out, 0, header.length);
            int n = header.length + deflater.deflate(out, header.length, data.length - header.length);
            if (!deflater.finished() || n + 8 >= data.length) {
                return Optional.empty();
            }
            CRC32 crc = new CRC32();
            crc.update(data);
            int c = (int) crc.getValue();
            out[n] = (byte) c;
            out[n + 1] = (byte) (c >>> 8);
            out[n + 2] = (byte) (c >>> 16);
            out[n + 3] = (byte) (c >>> 24);
            out[n + 4] = (byte) data.length;
            out[n + 5] = (byte) (data.length >>> 8);
            out[n + 6] = (byte) (data.length >>> 16);
            out[n + 7] = (byte) (data.length >>> 24);
            return Optional.of(java.util.Arrays.copyOf(out, n + 8));
        } finally {
            deflater.end();
        }
    }
}
