package org.engagementportal.attachments;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** A JPEG's Exif GPS latitude is found, in either byte order, behind a JFIF segment; a JPEG without one is left alone. */
public class PictureLocationTest {
    /** A JPEG's first segments: an optional JFIF, then Exif with IFD0 and, if asked, a GPS IFD with a latitude or none. */
    public static byte[] jpeg(ByteOrder order, boolean jfif, boolean gpsPointer, boolean latitude) {
        ByteBuffer tiff = ByteBuffer.allocate(64).order(order);
        tiff.put(order == ByteOrder.LITTLE_ENDIAN ? new byte[] {'I', 'I'} : new byte[] {'M', 'M'}).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2); // IFD0: two entries
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(4).putInt(0); // Make
        tiff.putShort((short) (gpsPointer ? 0x8825 : 0x0110)).putShort((short) 4).putInt(1).putInt(38); // GPS IFD at 38
        tiff.putInt(0);
        tiff.putShort((short) 1); // the GPS IFD, at 38
        tiff.putShort((short) (latitude ? 0x0002 : 0x0000)).putShort((short) 5).putInt(3).putInt(0);
        tiff.putInt(0);
        byte[] t = java.util.Arrays.copyOf(tiff.array(), tiff.position());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        if (jfif) {
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
        }
        int length = 2 + 6 + t.length;
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length, 'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(t);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2, (byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private static boolean located(byte[] b) {
        return PictureLocation.inJpeg(b, b.length);
    }

    @Test
    void aLatitudeIsFoundInEitherByteOrder() {
        assertTrue(located(jpeg(ByteOrder.LITTLE_ENDIAN, false, true, true)));
        assertTrue(located(jpeg(ByteOrder.BIG_ENDIAN, true, true, true)));
    }

    @Test
    void noGpsOrAGpsBlockWithoutALatitudeIsNoPlace() {
        assertFalse(located(jpeg(ByteOrder.LITTLE_ENDIAN, true, false, true)));
        assertFalse(located(jpeg(ByteOrder.BIG_ENDIAN, false, true, false)));
        assertFalse(located(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDA, 0, 2}));
        byte[] cut = jpeg(ByteOrder.LITTLE_ENDIAN, false, true, true);
        assertFalse(PictureLocation.inJpeg(cut, 30), "cut short before the GPS block: nothing read past the end");
    }
}
