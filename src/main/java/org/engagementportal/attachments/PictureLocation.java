package org.engagementportal.attachments;

/**
 * Whether a JPEG photograph carries the place it was taken: its Exif data's GPS latitude, which phones write into every
 * photograph unless told not to, and which anyone who saves the picture from the site can read (a patient photographed
 * at home gives away where they live). Read from the file's first bytes, where cameras and phones put the Exif data.
 */
public final class PictureLocation {
    /** How much of a JPEG is read for its Exif data, which phones put at its start (at most 64 KB, as a JPEG segment). */
    public static final int HEAD = 70_000;
    private static final int GPS_IFD = 0x8825;
    private static final int GPS_LATITUDE = 0x0002;

    private PictureLocation() {
    }

    /** Whether the JPEG whose first bytes these are gives the latitude it was taken at. */
    public static boolean inJpeg(byte[] b, int n) {
        if (n < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return false;
        }
        int i = 2;
        while (i + 4 <= n && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (marker == 0xDA || length < 2) {
                return false; // the picture itself starts: no Exif before it
            }
            int start = i + 4;
            if (marker == 0xE1 && start + 6 <= n && b[start] == 'E' && b[start + 1] == 'x' && b[start + 2] == 'i'
                    && b[start + 3] == 'f' && b[start + 4] == 0 && b[start + 5] == 0) {
                return gpsLatitude(b, start + 6, Math.min(n, start + length - 2));
            }
            i = start + length - 2;
        }
        return false;
    }

    /** In the TIFF data from {@code tiff} to {@code end}: whether IFD0 points to a GPS IFD that gives a latitude. */
    private static boolean gpsLatitude(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return false;
        }
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return false;
        }
        long ifd0 = u32(b, tiff + 4, little);
        long gps = entry(b, tiff, end, ifd0, GPS_IFD, little);
        return gps > 0 && entry(b, tiff, end, gps, GPS_LATITUDE, little) >= 0;
    }

    /** The value (an offset, for a pointer) of the tag in the IFD at {@code ifd}, or -1 when it is not there. */
    private static long entry(byte[] b, int tiff, int end, long ifd, int tag, boolean little) {
        long at = tiff + ifd;
        if (ifd <= 0 || at + 2 > end) {
            return -1;
        }
        int count = u16(b, (int) at, little);
        for (int k = 0; k < count; k++) {
            long e = at + 2 + 12L * k;
            if (e + 12 > end) {
                return -1;
            }
            if (u16(b, (int) e, little) == tag) {
                return u32(b, (int) e + 8, little);
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int i, boolean little) {
        return little ? (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 : (b[i] & 0xFF) << 8 | (b[i + 1] & 0xFF);
    }

    private static long u32(byte[] b, int i, boolean little) {
        return little ? (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24
                : (b[i] & 0xFFL) << 24 | (b[i + 1] & 0xFFL) << 16 | (b[i + 2] & 0xFFL) << 8 | (b[i + 3] & 0xFFL);
    }
}
