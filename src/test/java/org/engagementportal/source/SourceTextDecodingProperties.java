package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Files are decoded the quick way (Java's own decoding into a string) and again strictly only when the quick way
 * replaced something: the result must be the strict decoder's, a file with a bad byte must be refused whatever
 * precedes it, and a replacement character really written in a file must be kept.
 */
class SourceTextDecodingProperties {

    @Property(tries = 3000)
    void decodesExactlyAsAStrictDecoderDoes(@ForAll("bytes") byte[] bytes) {
        Optional<String> strict = strict(bytes);
        Problems problems = new Problems();
        Optional<SourceText> text = SourceText.decode("content/x.md", bytes, problems);
        assertEquals(strict.isPresent(), text.isPresent(), () -> "for " + java.util.HexFormat.of().formatHex(bytes));
        if (strict.isPresent()) {
            String expected = strict.get().startsWith("\uFEFF") ? strict.get().substring(1) : strict.get();
            assertEquals(expected.replace("\r\n", "\n").replace('\r', '\n'), text.get().text());
            assertTrue(problems.isEmpty());
        } else {
            assertEquals(1, problems.sorted().size());
        }
        assertEquals(text.map(SourceText::text), SourceText.textOf(bytes));
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsKept() {
        Problems problems = new Problems();
        byte[] bytes = "title: caf\uFFFD \u2019quoted\u2019\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("title: caf\uFFFD \u2019quoted\u2019\n", SourceText.decode("content/x.md", bytes, problems).orElseThrow().text());
        assertTrue(problems.isEmpty());
    }

    @Test
    void aBadByteAfterAReplacementCharacterIsStillFound() {
        byte[] good = "\uFFFD\n\u2019ab".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = (byte) 0xC0; // never valid in UTF-8
        Problems problems = new Problems();
        assertTrue(SourceText.decode("content/x.md", bytes, problems).isEmpty());
        assertEquals(new Position("content/x.md", 2, 4), problems.sorted().get(0).position());
    }

    /** Text, much of it valid UTF-8 (curly quotes, pound signs, other scripts, line endings), with bytes of every kind. */
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> valid = Arbitraries.strings().withCharRange('\u0000', '\u07ff')
                .withChars('\u2019', '\u00a3', '\uFFFD', '\uFEFF', '\r', '\n', '\u0928', '\uD83D', '\uDE00')
                .ofMaxLength(40).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(12);
        return Arbitraries.oneOf(valid, raw, Arbitraries.of((byte) 0xEF).array(byte[].class).ofSize(1))
                .list().ofMaxSize(4).map(parts -> {
                    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                    parts.forEach(b::writeBytes);
                    return b.toByteArray();
                });
    }

    private static Optional<String> strict(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
