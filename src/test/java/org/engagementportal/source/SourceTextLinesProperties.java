package org.engagementportal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A text's lines are found as they are asked for: whatever is asked first, in whatever order, every answer must
 * be what the text's lines, split all at once, give.
 */
class SourceTextLinesProperties {

    @Property(tries = 2000)
    void linesFoundAsAskedForGiveWhatSplittingTheTextGives(@ForAll("texts") String text, @ForAll("asks") List<Integer> asks) {
        SourceText source = SourceText.of("content/x.md", text);
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        for (int ask : asks) {
            int kind = Math.floorMod(ask, 5);
            int n = Math.floorDiv(ask, 5);
            switch (kind) {
                case 0 -> {
                    int offset = Math.max(0, Math.min(n, text.length()));
                    int line = 0;
                    while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
                        line++;
                    }
                    assertEquals(new Position("content/x.md", line + 1, offset - starts.get(line) + 1), source.positionAt(n), "offset " + n);
                }
                case 1 -> {
                    String expected = n < 1 || n > starts.size() ? ""
                            : text.substring(starts.get(n - 1), n < starts.size() ? starts.get(n) - 1 : text.length());
                    assertEquals(expected, source.line(n), "line " + n);
                }
                case 2 -> assertEquals(starts.get(Math.max(0, Math.min(n - 1, starts.size() - 1))), source.offsetOfLine(n), "start of " + n);
                case 3 -> assertEquals(n >= 1 && n <= starts.size(), source.hasLine(n), "has " + n);
                default -> assertEquals(starts.size(), source.lineCount());
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', '-', '\n', ' ', '\u2019').ofMaxLength(60);
    }

    @Provide
    Arbitrary<List<Integer>> asks() {
        return Arbitraries.integers().between(-10, 400).list().ofMaxSize(12);
    }
}
