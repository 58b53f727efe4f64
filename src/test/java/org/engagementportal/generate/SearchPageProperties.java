package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A page's words and scores ({@link SearchIndex#page}) are those of the plain way of counting them, kept here as
 * it was written before the index counted words by their characters: each word made a string, its plural s
 * dropped, short and common words left out, and the counts kept in maps. (Since 30 November 2026 the way also folds
 * the letters written without an accent, such as ß and ł, and makes each character and pair of characters of the
 * scripts written without spaces a word; and since 30 November 2026 it passes over a soft hyphen, U+00AD, inside a word
 * as the page shows it, joined; the reference says so in its own words.)
 */
class SearchPageProperties {

    /** The counting as it was: the reference the faster one must agree with. */
    static final class Before {
        private static final Pattern MARKS = Pattern.compile("\\p{M}+");

        static SearchIndex.Page page(String title, String summary, String body) {
            Map<String, Integer> scores = new HashMap<>();
            for (String w : words(title)) {
                scores.merge(w, SearchIndex.TITLE, Integer::sum);
            }
            for (String w : words(summary)) {
                scores.merge(w, SearchIndex.SUMMARY, Integer::sum);
            }
            Map<String, Integer> inText = new HashMap<>();
            scan(body, true, w -> inText.merge(w, 1, Integer::sum));
            inText.forEach((w, n) -> scores.merge(w, Math.min(n, SearchIndex.MOST_IN_TEXT), Integer::sum));
            String[] words = scores.keySet().toArray(new String[0]);
            java.util.Arrays.sort(words);
            int[] values = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                values[i] = scores.get(words[i]);
            }
            return new SearchIndex.Page(words, values, new String[0]);
        }

        static List<String> words(String text) {
            List<String> out = new ArrayList<>();
            scan(text, false, out::add);
            return out;
        }

        static void scan(String text, boolean markdown, java.util.function.Consumer<String> each) {
            StringBuilder w = new StringBuilder(32);
            boolean other = false;
            int n = text.length();
            for (int i = 0; i <= n; i++) {
                char c = i < n ? text.charAt(i) : ' ';
                if (c == '\u00ad') {
                    continue; // a soft hyphen: shown only where a word breaks at the end of a line, and no part of the word
                }
                boolean skipped = false;
                if (markdown && (c == '(' && i > 0 && text.charAt(i - 1) == ']' || c == '<' && i + 1 < n
                        && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/' || text.charAt(i + 1) == '!'))) {
                    int close = text.indexOf(c == '(' ? ')' : '>', i + 1);
                    int line = text.indexOf('\n', i + 1);
                    if (close > 0 && (line < 0 || close < line)) {
                        i = close;
                        c = ' ';
                        skipped = true;
                    }
                }
                // In Markdown, formatting and links inside a run of a script written without spaces are passed over.
                if (markdown && i < n && w.length() > 0 && unspaced(w.charAt(w.length() - 1))
                        && (skipped || "*_[]`~".indexOf(c) >= 0)) {
                    continue;
                }
                if (c < 128) {
                    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                        w.append(c);
                        continue;
                    }
                    if (c >= 'A' && c <= 'Z') {
                        w.append((char) (c + 32));
                        continue;
                    }
                } else if (Character.isLetterOrDigit(c) || Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK) {
                    w.append(c);
                    other = true;
                    continue;
                }
                if (w.length() > 0) {
                    emit(other ? plain(w.toString()) : w.toString(), each);
                    w.setLength(0);
                    other = false;
                }
            }
        }

        private static void emit(String raw, java.util.function.Consumer<String> each) {
            if (raw.isEmpty()) {
                return;
            }
            int[] cps = raw.codePoints().toArray();
            if (java.util.Arrays.stream(cps).anyMatch(Before::unspaced)) {
                int from = 0;
                for (int i = 1; i <= cps.length; i++) {
                    if (i == cps.length || unspaced(cps[i]) != unspaced(cps[from])) {
                        if (unspaced(cps[from])) {
                            for (int k = from; k < i; k++) {
                                each.accept(new String(cps, k, 1));
                                if (k + 1 < i) {
                                    each.accept(new String(cps, k, 2));
                                }
                            }
                        } else {
                            emit(new String(cps, from, i - from), each);
                        }
                        from = i;
                    }
                }
                return;
            }
            String w = SearchIndex.word(raw);
            if (w.codePointCount(0, w.length()) >= 2 && !SearchIndex.COMMON.contains(w)) {
                each.accept(w);
            }
        }

        private static boolean unspaced(int cp) {
            return cp == 0x30FC || cp == 0xFF70 || java.util.Set.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
                    Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER,
                    Character.UnicodeScript.MYANMAR).contains(Character.UnicodeScript.of(cp));
        }

        private static String plain(String w) {
            String p = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)
                    .replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ħ", "h").replace("ı", "i").replace("ß", "ss")
                    .replace("æ", "ae").replace("œ", "oe").replace("þ", "th").replace("ð", "d");
            StringBuilder b = new StringBuilder(p.length());
            p.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
            return b.toString();
        }
    }

    private static final List<String> PARTS = List.of("dentist", "Dentists", "DENTISTS", "class", "bus", "gps", "GPs", "ss", "sss",
            "the", "The", "AND", "www", "a", "I", "x", "2026", "20s", "café", "Café", "cafés", "naïve", "l’été", "e\u0301t\u00e9",
            "ওয়েলস", "مرحبا", "医院", "口译员", "gp服务", "Łódź", "サービス", "申请**免费", "[团队](/x/)安排", "𝒜𝒜", "😀", "\u0301", "ǅ", "ﬁle", "İstanbul", "straße", "[link](/dentists)", "](x)", "<abbr title=\"NHS\">",
            "</abbr>", "<", ">", "<!-- note -->", "(", ")", "*", "_", "`", "#", "-", "’", "'", "\n", "\r\n", " ", " ", " ", "\t", ".", ",",
            "supercalifragilisticexpialidocious-and-then-some-more-letters", "pharmacies", "pharmacy's", "ICB", "icbs",
            // words with the same hash ("an" and "c0", and the words made of them), which the tally must tell apart
            "an", "c0", "anan", "c0c0", "anc0", "c0an", "AnC0",
            // a soft hyphen, as pasted from Word inside a word, and beside a mark, a link or a note
            "\u00ad", "Physio\u00adtherapy", "\u00ad**", "](\u00ad)", "<!--\u00ad-->", "口\u00ad译");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PARTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> spaced() {
        return Arbitraries.of(PARTS).list().ofMaxSize(300).map(parts -> String.join(" ", parts));
    }

    private static void assertCountedAsBefore(String title, String summary, String body) {
        SearchIndex.Page expected = Before.page(title, summary, body);
        SearchIndex.Page actual = SearchIndex.page(title, summary, body, new String[0]);
        assertArrayEquals(expected.words(), actual.words(), () -> title + " | " + summary + " | " + body);
        assertArrayEquals(expected.scores(), actual.scores(), () -> title + " | " + summary + " | " + body);
    }

    @Property(tries = 2000)
    void wordsRunTogetherOrApartAreCountedAsBefore(@ForAll("texts") String title, @ForAll("texts") String summary,
            @ForAll("texts") String body) {
        assertCountedAsBefore(title, summary, body);
        assertEquals(Before.words(body), SearchIndex.words(body), body);
    }

    /** Long texts, with hundreds of words. */
    @Property(tries = 200)
    void longTextsAreCountedAsBefore(@ForAll("spaced") String title, @ForAll("spaced") String body) {
        assertCountedAsBefore(title, "", body);
    }

    /** Up to 1,500 words of 2 to 6 letters, digits and accented letters: hundreds of them different, so the tally grows. */
    @Provide
    Arbitrary<String> manyWords() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzAEIOU0123456789éüß").ofMinLength(2).ofMaxLength(6)
                .list().ofMinSize(300).ofMaxSize(1500).map(words -> String.join(" ", words));
    }

    @Property(tries = 100)
    void textsOfManyDifferentWordsAreCountedAsBefore(@ForAll("manyWords") String body, @ForAll("spaced") String title) {
        assertCountedAsBefore(title, "", body);
    }

    @Test
    void manyDifferentWordsAreEachCountedOnce() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            body.append("word").append(Integer.toString(i, 26).replace('0', 'z')).append(' ');
        }
        body.append(body); // every word twice
        assertCountedAsBefore("word1 Word1", "", body.toString());
        assertEquals(3000, SearchIndex.page("", "", body.toString(), new String[0]).words().length);
    }
}
