package org.engagementportal.markdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The scan for NHS numbers ({@link PersonalNumbers#find}), which looks at one character in three, finds the numbers the
 * scan of every character found, at the same places: on text made of NHS numbers written every way, runs of digits of
 * every length, the separators and the things before a number that make it something else.
 */
class PersonalNumbersProperties {
    @Property(tries = 3000)
    void theNumbersFoundAreThoseOfTheScanOfEveryCharacter(@ForAll("texts") String text) {
        int[] found = PersonalNumbers.find(text);
        assertArrayEquals(everyCharacter(text), found, text);
        Statistics.label("numbers").collect(found.length > 0);
        Statistics.label("numbers").coverage(c -> c.check(true).percentage(p -> p >= 30));
    }

    /** A page of nothing but NHS numbers, one to a line, as a pasted list would be: each found, where it is. */
    @net.jqwik.api.Example
    void aPageOfNumbersHasEveryOneFound() {
        String text = "9434765919\n".repeat(20_000);
        int[] found = PersonalNumbers.find(text);
        assertArrayEquals(everyCharacter(text), found);
        org.junit.jupiter.api.Assertions.assertEquals(40_000, found.length);
    }

    /**
     * A page of numbers with brackets and commas between them and no space, lines as long as a page may have them (10,000
     * characters): each found, where it is. Each number's word reaches back to the start of its line, which was read
     * again for each.
     */
    @net.jqwik.api.Example
    void numbersWithNoSpaceBetweenThemAreFoundInOneReading() {
        String line = "(9434765919),".repeat(769) + "\n";
        String text = line.repeat(40) + "[a](https://example.org/" + "(9434765919),".repeat(10) + ")";
        int[] found = PersonalNumbers.find(text);
        assertArrayEquals(everyCharacter(text), found);
        org.junit.jupiter.api.Assertions.assertEquals(2 * 30_760, found.length); // none of the ten in the link's address
    }

    /** The scan as it was: each character in turn, a number looked for wherever digits start. */
    private static int[] everyCharacter(String markdown) {
        char[] page = markdown.toCharArray();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            int end = isDigit(page[i]) && !(i > 0 && isDigit(page[i - 1])) ? PersonalNumbers.numberAt(page, i) : -1;
            if (end > 0 && !(i > 0 && PersonalNumbers.partOfSomethingElse(markdown, i))) {
                found.add(i);
                found.add(end);
                i = end;
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> number = Arbitraries.integers().between(0, 9).list().ofSize(9).flatMap(first -> {
            int sum = 0;
            for (int k = 0; k < 9; k++) {
                sum += first.get(k) * (10 - k);
            }
            int check = (11 - sum % 11) % 11;
            StringBuilder d = new StringBuilder();
            first.forEach(d::append);
            d.append(check == 10 ? 0 : check);
            String digits = d.toString();
            Arbitrary<String> written = Arbitraries.of("", " ", "-", " -", "- ").map(sep -> sep.isEmpty() ? digits
                    : digits.substring(0, 3) + sep.charAt(0) + digits.substring(3, 6) + sep.charAt(sep.length() - 1) + digits.substring(6));
            // Mostly among words, as in a letter; sometimes against what comes before or after.
            return Combinators.combine(written, Arbitraries.of(true, true, false)).as((w, apart) -> apart ? " " + w + " " : w);
        });
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(14);
        Arbitrary<String> other = Arbitraries.of(" ", "  ", "-", "\n", "a", "NHS number ", "/", "+44 ", "(0)", "ISBN ", "ISBN-10: ",
                "https://example.org/?doc=", "](", "www.", "x-", ".", ":", "“", "é", "\t",
                // a link's marks in pieces, so one starts before a number and ends after it: "(", "]" then "(", ":/" then "/"
                "(", ")", "]", ":/", "w", "ww", "w.", ",", "[");
        Arbitrary<String> piece = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, number), net.jqwik.api.Tuple.of(3, digits),
                net.jqwik.api.Tuple.of(4, other));
        return Combinators.combine(piece.list().ofMaxSize(30), Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(3))
                .as((pieces, lead) -> lead + String.join("", pieces));
    }
}
