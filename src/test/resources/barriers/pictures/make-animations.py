#!/usr/bin/env python3
"""Writes the animated pictures of the known-barrier pages, byte by byte, so anyone can see what is in them.

Each is a two-colour picture of 8 by 8 pixels in two frames (NHS blue, then white), small enough to read in a
hex dump:
  forever.gif   a GIF that loops for ever (NETSCAPE2.0 loop count 0), half a second a frame
  forever.png   an animated PNG (APNG) that loops for ever (acTL plays 0), half a second a frame
  forever.webp  an animated WebP that loops for ever (ANIM loop count 0), half a second a frame
  once.gif      a GIF that plays once (no loop block), two frames of a second: two seconds, well within five
  once.png      an animated PNG that plays once (acTL plays 1): one second
  once.webp     an animated WebP that plays once (ANIM loop count 1): one second
  still.png     a PNG that does not move (no acTL), one frame

Run from this folder: python3 make-animations.py
"""
import struct
import zlib

SIZE = 8
BLUE = (0x00, 0x5E, 0xB8)
WHITE = (0xFF, 0xFF, 0xFF)


def gif(loop, centiseconds):
    out = bytearray(b'GIF89a')
    out += struct.pack('<HHBBB', SIZE, SIZE, 0x80, 0, 0)  # global colour table of 2 entries
    out += bytes(BLUE) + bytes(WHITE)
    if loop is not None:
        out += b'\x21\xff\x0bNETSCAPE2.0\x03\x01' + struct.pack('<H', loop) + b'\x00'
    for index in (0, 1):
        out += b'\x21\xf9\x04\x00' + struct.pack('<H', centiseconds) + b'\x00\x00'  # graphic control: the delay
        out += b'\x2c' + struct.pack('<HHHHB', 0, 0, SIZE, SIZE, 0)
        out += lzw(index)
    out += b'\x3b'
    return bytes(out)


def lzw(index):
    """The image data of a frame whose 64 pixels all have colour `index`: with a minimum code size of 2, each code
    is written in 3 bits, a clear code (4) before every pixel keeping the code size from growing."""
    codes = []
    for _ in range(SIZE * SIZE):
        codes += [4, index]
    codes.append(5)  # end of information
    bits, n, data = 0, 0, bytearray()
    for c in codes:
        bits |= c << n
        n += 3
        while n >= 8:
            data.append(bits & 0xFF)
            bits >>= 8
            n -= 8
    if n:
        data.append(bits & 0xFF)
    blocks = bytearray([2])
    for i in range(0, len(data), 255):
        part = data[i:i + 255]
        blocks += bytes([len(part)]) + part
    return bytes(blocks) + b'\x00'


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)


def apng(plays=0):
    def pixels(colour):
        return zlib.compress(b''.join(b'\x00' + bytes(colour) * SIZE for _ in range(SIZE)))

    def frame_control(seq):
        return chunk(b'fcTL', struct.pack('>IIIIIHHBB', seq, SIZE, SIZE, 0, 0, 1, 2, 0, 0))  # 1/2 s

    out = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 2, 0, 0, 0))
    out += chunk(b'acTL', struct.pack('>II', 2, plays))
    out += frame_control(0) + chunk(b'IDAT', pixels(BLUE))
    out += frame_control(1) + chunk(b'fdAT', struct.pack('>I', 2) + pixels(WHITE))
    return out + chunk(b'IEND', b'')


def still_png():
    pixels = zlib.compress(b''.join(b'\x00' + bytes(BLUE) * SIZE for _ in range(SIZE)))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', pixels) + chunk(b'IEND', b''))


def webp(loops=0):
    # A lossless 1 by 1 picture (the smallest VP8L bitstream), shown in each frame; the page draws it larger.
    vp8l = bytes.fromhex('2f00000010071011118888fe07')
    frame = b'VP8L' + struct.pack('<I', len(vp8l)) + vp8l + (b'\x00' if len(vp8l) % 2 else b'')

    def riff_chunk(kind, data):
        return kind + struct.pack('<I', len(data)) + data + (b'\x00' if len(data) % 2 else b'')

    def u24(n):
        return struct.pack('<I', n)[:3]

    body = riff_chunk(b'VP8X', bytes([0x02, 0, 0, 0]) + u24(0) + u24(0))  # animated, 1 by 1
    body += riff_chunk(b'ANIM', struct.pack('<IH', 0xFFFFFFFF, loops))  # 0: loop for ever
    for _ in range(2):
        body += riff_chunk(b'ANMF', u24(0) + u24(0) + u24(0) + u24(0) + u24(500) + b'\x00' + frame)
    return b'RIFF' + struct.pack('<I', 4 + len(body)) + b'WEBP' + body


if __name__ == '__main__':
    for name, data in [('forever.gif', gif(0, 50)), ('forever.png', apng()), ('forever.webp', webp()),
                       ('once.gif', gif(None, 100)), ('once.png', apng(1)), ('once.webp', webp(1)),
                       ('still.png', still_png())]:
        with open(name, 'wb') as f:
            f.write(data)
