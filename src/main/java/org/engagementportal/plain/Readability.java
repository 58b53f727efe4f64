package org.engagementportal.plain;

import java.util.List;

/**
 * Reading-age scores of English text: SMOG, which the NHS service manual recommends, and Flesch-Kincaid
 * grade alongside. Both are US school grades; add 5 for a reading age in years. Syllables are counted with
 * the usual vowel-group rule, corrected for a silent final "e", "-es" and "-ed".
 */
public final class Readability {

    /** Counts and scores of a text; a text without sentences scores 0. */
    public record Score(int sentences, int words, int syllables, int polysyllables, double smog, double fleschKincaid) {
        /** The SMOG grade as a reading age in years (grade + 5), as NHS content guidance quotes it. */
        public double smogAge() {
            return smog + 5;
        }
    }

    private Readability() {
    }

    public static Score of(List<String> sentences) {
        int words = 0;
        int syllables = 0;
        int poly = 0;
        int counted = 0;
        for (String sentence : sentences) {
            int inSentence = 0;
            int n = sentence.length();
            int i = 0;
            while (i < n) {
                if (!isLetter(sentence.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < n && (isLetter(sentence.charAt(i))
                        || (sentence.charAt(i) == '\'' || sentence.charAt(i) == '\u2019') && i + 1 < n && isLetter(sentence.charAt(i + 1)))) {
                    i++;
                }
                int s = syllables(sentence, start, i);
                inSentence++;
                syllables += s;
                if (s >= 3) {
                    poly++;
                }
            }
            if (inSentence > 0) {
                counted++;
                words += inSentence;
            }
        }
        if (counted == 0) {
            return new Score(0, 0, 0, 0, 0, 0);
        }
        double smog = 1.0430 * Math.sqrt(poly * (30.0 / counted)) + 3.1291;
        double fk = 0.39 * ((double) words / counted) + 11.8 * ((double) syllables / words) - 15.59;
        return new Score(counted, words, syllables, poly, smog, fk);
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    public static int syllables(String word) {
        return syllables(word, 0, word.length());
    }

    /**
     * Syllables in one English word, by vowel groups: "health" 1, "service" 2, "community" 4. A final
     * silent "e", and "-es" or "-ed" that add no syllable, are not counted; a leading "y" is a consonant.
     */
    static int syllables(CharSequence text, int start, int end) {
        // Letters only, lower case, apostrophes dropped.
        char[] w = new char[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isLetter(c)) {
                w[n++] = Character.toLowerCase(c);
            }
        }
        if (n <= 3) {
            return 1;
        }
        int to = n;
        if (endsWith(w, n, "es") && !endsWith(w, n, "ses") && !endsWith(w, n, "ces") && !endsWith(w, n, "ges")
                && !endsWith(w, n, "zes") && !endsWith(w, n, "xes") && !endsWith(w, n, "shes") && !endsWith(w, n, "ches")) {
            to = n - 2;
        } else if (endsWith(w, n, "ed") && !endsWith(w, n, "ted") && !endsWith(w, n, "ded")) {
            to = n - 2;
        } else if (endsWith(w, n, "e") && !endsWith(w, n, "le") && !endsWith(w, n, "ee")) {
            to = n - 1;
        }
        int from = w[0] == 'y' ? 1 : 0;
        int count = 0;
        boolean inVowel = false;
        for (int i = from; i < to; i++) {
            char c = w[i];
            boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
            if (vowel && !inVowel) {
                count++;
            }
            inVowel = vowel;
        }
        return Math.max(1, count);
    }

    private static boolean endsWith(char[] w, int n, String suffix) {
        int m = suffix.length();
        if (m > n) {
            return false;
        }
        for (int i = 0; i < m; i++) {
            if (w[n - m + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
