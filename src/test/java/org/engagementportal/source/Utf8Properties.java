package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * A long text written as UTF-8 by counting first ({@link Utf8}) gives exactly the bytes {@code String.getBytes(UTF_8)}
 * gives: ASCII, two- and three-byte characters, pairs of surrogates (also where one chunk of the text ends and the next
 * begins) and surrogates alone, which become {@code ?}.
 */
class Utf8Properties {

    @Property(tries = 2000)
    void theSameBytesAsTheJdks(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 40) int longFrom) {
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Utf8.bytes(text, longFrom), () -> escaped(text));
    }

    /**
     * A text written to a {@link Utf8.Sink} in pieces cut anywhere (a pair of surrogates split between two writes), by
     * each of the ways a writer is written to, gives the bytes of the whole text, also where its blocks fill up.
     */
    @Property(tries = 1000)
    void writtenInPiecesToASinkTheSameBytesAsTheWholeText(@ForAll("texts") String text, @ForAll("cuts") java.util.List<Integer> cuts,
                                                          @ForAll @IntRange(min = 0, max = 5000) int before) {
        String whole = "x".repeat(before) + text;
        Utf8.Sink sink = new Utf8.Sink();
        int from = 0;
        for (int i = 0; from < whole.length(); i++) {
            int to = Math.min(whole.length(), from + cuts.get(i % cuts.size()));
            switch (i % 4) {
                case 0 -> sink.write(whole, from, to - from);
                case 1 -> sink.write(whole.toCharArray(), from, to - from);
                case 2 -> sink.append(whole.substring(from, to));
                default -> whole.substring(from, to).chars().forEach(sink::write);
            }
            from = to;
        }
        assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), sink.toBytes(), () -> escaped(text));
    }

    @Provide
    Arbitrary<java.util.List<Integer>> cuts() {
        return Arbitraries.integers().between(1, 9000).list().ofMinSize(1).ofMaxSize(6);
    }

    @Test
    void pairsAndLoneHalvesAtEveryPlaceAroundTheChunksEdges() {
        for (int at = 8185; at < 8200; at++) {
            for (String piece : new String[] {"\uD83D\uDE00", "\uD83D", "\uDE00", "\uDE00\uD83D", "é", "’", "\u0000"}) {
                String text = "a".repeat(at) + piece + "b".repeat(20);
                assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Utf8.bytes(text, 0), "at " + at + ": " + escaped(piece));
                String end = "a".repeat(at) + piece;
                assertArrayEquals(end.getBytes(StandardCharsets.UTF_8), Utf8.bytes(end, 0), "ending at " + at + ": " + escaped(piece));
            }
        }
    }

    @Test
    void aLongPageIsWrittenTheCountingWay() {
        String page = ("<p>“Quoted” text, é, 中文, \uD83D\uDE00, and a lone \uD83D half.</p>\n").repeat(Utf8.LONG / 20);
        assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), Utf8.bytes(page));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().range(' ', '~')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0080', '\u07FF')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0800', '\uD7FF')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\uD800', '\uDFFF')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\uE000', '\uFFFF')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\u0000', '\u007F', '\u0080', '\u07FF', '\u0800', '\uFFFF')));
        Arbitrary<String> pair = Arbitraries.chars().range('\uD800', '\uDBFF')
                .flatMap(h -> Arbitraries.chars().range('\uDC00', '\uDFFF').map(l -> "" + h + l));
        return Arbitraries.oneOf(chars.map(String::valueOf), pair).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 0x80 && c >= 0x20 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return b.toString();
    }
}
