package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link XmlText#escape}, which reads the text from an array and copies the stretches it keeps, gives what escaping
 * one character at a time gave: on text of any characters, and on text crowded with the ones it changes or drops
 * (markup characters, control characters, U+FFFE and U+FFFF, surrogates paired and alone).
 */
class XmlTextProperties {
    @Property(tries = 3000)
    void escapesAsOneCharacterAtATime(@ForAll("texts") String text) {
        String escaped = XmlText.escape(text);
        assertEquals(oneAtATime(text), escaped);
        Statistics.label("changed").collect(!escaped.equals(text));
        Statistics.label("changed").coverage(c -> c.check(true).percentage(p -> p >= 30));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> awkward = Arbitraries.of('<', '>', '&', '"', '\'', '\n', '\t', '\r', '\u0000', '\u0008', '\u001f', '\u007f',
                '\ud83d', '\ude00', '\ud800', '\udfff', '\ufffe', '\uffff', '\ufffd', '\ue000', '\u00e9', '\u201c', ' ');
        Arbitrary<Character> any = Arbitraries.chars().all();
        Arbitrary<Character> plain = Arbitraries.chars().range('a', 'z');
        Arbitrary<String> crowded = Arbitraries.frequencyOf(Tuple.of(3, awkward), Tuple.of(1, any), Tuple.of(4, plain)).list().ofMaxSize(60)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
        Arbitrary<String> paired = Arbitraries.strings().withCharRange('a', 'e').ofMaxLength(10).list().ofMaxSize(5)
                .map(parts -> String.join("\ud83d\ude00", parts)); // whole characters beyond U+FFFF among plain text
        return Arbitraries.oneOf(crowded, paired, Arbitraries.strings().all().ofMaxLength(80));
    }

    /** The escaping as it was: each character in turn appended, replaced or dropped. */
    private static String oneAtATime(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            b.append(c).append(s.charAt(++i));
                        }
                    } else if ((c >= 0x20 && c < 0xFFFE && !Character.isLowSurrogate(c)) || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
