package org.engagementportal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.engagementportal.source.Problems;
import org.engagementportal.source.SourceText;

/**
 * A page's text is hashed from its file's bytes, from where the text starts: that must be where the text the
 * loader reads starts, whatever the line endings and byte-order mark, so the digest changes with the text and with
 * nothing above it.
 */
class BodyDigestProperties {

    @Property(tries = 2000)
    void theBytesHashedAreThoseOfTheText(@ForAll("files") String file, @ForAll boolean bom) {
        byte[] bytes = bytes(file, bom);
        Problems problems = new Problems();
        FrontMatter fm = FrontMatter.split(SourceText.decode("content/x.md", bytes, problems).orElseThrow(), problems).orElse(null);
        if (fm == null) {
            return;
        }
        int from = SourceText.byteOffsetOfLine(bytes, fm.body().firstLine());
        String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        assertEquals(fm.body().markdown(), text);
    }

    @Property(tries = 500)
    void theDigestFollowsTheTextAndNotTheFrontMatter(@ForAll("texts") String text, @ForAll("texts") String other) {
        Body a = digested("---\ntitle: A\n---\n" + text);
        Body b = digested("---\ntitle: Another title\nsummary: And more.\n---\n" + text);
        Body c = digested("---\ntitle: A\n---\n" + other);
        assertEquals(a.digest().replaceAll(":[0-9]+$", ""), b.digest().replaceAll(":[0-9]+$", ""), "the same text, lower down");
        if (!text.equals(other)) {
            assertNotEquals(a.digest(), c.digest());
        }
    }

    private static Body digested(String file) {
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        Problems problems = new Problems();
        Body body = FrontMatter.split(SourceText.decode("content/x.md", bytes, problems).orElseThrow(), problems).orElseThrow().body();
        body.digestBytes(bytes, SourceText.byteOffsetOfLine(bytes, body.firstLine()));
        return body;
    }

    private static byte[] bytes(String text, boolean bom) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (bom) {
            b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        b.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
        Arbitrary<String> line = Arbitraries.strings().withChars('a', ' ', ':', '\u2019', '-').ofMaxLength(8);
        return Arbitraries.oneOf(line, eol, Arbitraries.of("---")).list().ofMaxSize(14)
                .map(parts -> "---" + String.join("", parts));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', ' ', '\n', '\u2019', '#').ofMaxLength(30);
    }
}
