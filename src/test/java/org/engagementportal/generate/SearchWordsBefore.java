package org.engagementportal.generate;

/**
 * The search index's counting of a page's words as it was before its characters were classed from a table and its
 * tally kept the words' characters (3 December 2026): the reference SearchWordsProperties holds the new one to. A copy,
 * not to be changed.
 */
final class SearchWordsBefore {
    private SearchWordsBefore() {
    }

    static SearchIndex.Page page(String title, String kind, String summary, String body, String[] row) {
        Tally tally = new Tally();
        scan(title, false, tally.scoring(SearchIndex.TITLE));
        if (!title.toLowerCase(java.util.Locale.ROOT).contains(kind.toLowerCase(java.util.Locale.ROOT))) {
            scan(kind, false, tally.scoring(SearchIndex.TITLE));
        }
        scan(summary, false, tally.scoring(SearchIndex.SUMMARY));
        scan(body, true, tally.scoring(0));
        return tally.page(row);
    }

    private static final class Tally {
        private String[] words = new String[256];
        /** From the title and summary. */
        private int[] fixed = new int[256];
        /** Times in the text. */
        private int[] inText = new int[256];
        /** Left out: a common word ({@link SearchIndex#COMMON}). */
        private boolean[] common = new boolean[256];
        /** Each word's place in {@link #words} plus one, at its hash's slot (0: free); never more than half full. */
        private int[] slots = new int[512];
        private int size;

        /** Adds each word found to the tally: {@code score} for each time, or (0) one more time in the text. */
        Words scoring(int score) {
            return new Words() {
                @Override
                public void ascii(char[] chars, int length) {
                    count(at(chars, length), score);
                }

                @Override
                public void other(String word) {
                    count(at(word), score);
                }
            };
        }

        private void count(int i, int score) {
            if (score == 0) {
                inText[i]++;
            } else {
                fixed[i] += score;
            }
        }

        /** The place of the word {@code chars[0..length)}, added if new. */
        private int at(char[] chars, int length) {
            int hash = 0;
            for (int k = 0; k < length; k++) {
                hash = 31 * hash + chars[k]; // String.hashCode's, so a word found by its string lands in the same slot
            }
            int mask = slots.length - 1;
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                int i = slots[slot] - 1;
                if (i < 0) {
                    return add(new String(chars, 0, length), slot);
                }
                String w = words[i];
                if (w.hashCode() == hash && same(w, chars, length)) {
                    return i;
                }
            }
        }

        /** The place of {@code word}, added if new. */
        private int at(String word) {
            int mask = slots.length - 1;
            for (int slot = spread(word.hashCode()) & mask; ; slot = (slot + 1) & mask) {
                int i = slots[slot] - 1;
                if (i < 0) {
                    return add(word, slot);
                }
                if (words[i].equals(word)) {
                    return i;
                }
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        private static boolean same(String w, char[] chars, int length) {
            if (w.length() != length) {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (w.charAt(k) != chars[k]) {
                    return false;
                }
            }
            return true;
        }

        private int add(String word, int slot) {
            if (size == words.length) {
                int n = size * 2;
                words = java.util.Arrays.copyOf(words, n);
                fixed = java.util.Arrays.copyOf(fixed, n);
                inText = java.util.Arrays.copyOf(inText, n);
                common = java.util.Arrays.copyOf(common, n);
            }
            int i = size++;
            words[i] = word;
            common[i] = SearchIndex.COMMON.contains(word);
            slots[slot] = i + 1;
            if (size * 2 > slots.length) {
                int[] more = new int[slots.length * 2];
                int mask = more.length - 1;
                for (int k = 0; k < size; k++) {
                    int s = spread(words[k].hashCode()) & mask;
                    while (more[s] != 0) {
                        s = (s + 1) & mask;
                    }
                    more[s] = k + 1;
                }
                slots = more;
            }
            return i;
        }

        SearchIndex.Page page(String[] row) {
            String[] kept = new String[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (!common[i]) {
                    kept[n++] = words[i];
                }
            }
            kept = java.util.Arrays.copyOf(kept, n);
            java.util.Arrays.sort(kept);
            int[] values = new int[n];
            for (int k = 0; k < n; k++) {
                int i = at(kept[k]);
                values[k] = fixed[i] + Math.min(inText[i], SearchIndex.MOST_IN_TEXT);
            }
            return new SearchIndex.Page(kept, values, row);
        }
    }

    interface Words {
        /** A word of ASCII letters and digits, in lower case: {@code chars[0..length)}, to be read before this returns. */
        void ascii(char[] chars, int length);

        /** A word with other characters, without its accents. */
        void other(String word);
    }

    static void scan(String text, boolean markdown, Words each) {
        // Read from an array: a page's text is often stored as UTF-16 (a curly quote), whose charAt costs several times
        // an array's element under the quick compiler bin/portal runs a build with.
        char[] t = text.toCharArray();
        char[] w = new char[32];
        int length = 0;
        boolean other = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? t[i] : ' ';
            if (c == '\u00ad') {
                // A soft hyphen, as Word pastes inside a long word ("Physio-therapy"): shown only where the word breaks at
                // the end of a line, and no gap between words, so "physiotherapy" finds the page.
                continue;
            }
            boolean skipped = false;
            if (markdown && (c == '(' && i > 0 && t[i - 1] == ']' || c == '<' && i + 1 < n
                    && (Character.isLetter(t[i + 1]) || t[i + 1] == '/' || t[i + 1] == '!'))) {
                int close = text.indexOf(c == '(' ? ')' : '>', i + 1);
                int line = text.indexOf('\n', i + 1);
                if (c == '<' && text.startsWith("<!--", i)) {
                    // A note for other writers, over as many lines as it takes: never shown, so never searched (its
                    // words were in the index, public, and found the page).
                    int end = text.indexOf("-->", i + 4);
                    close = end < 0 ? n - 1 : end + 2;
                    line = -1;
                }
                if (close > 0 && (line < 0 || close < line)) {
                    i = close;
                    c = ' ';
                    skipped = true;
                }
            }
            if (c == '&' && length > 0 && letterAfter(text, i)) {
                continue; // "A&E", "R&D": one word, as the search script reads it, where "A" and "E" alone were dropped
            }
            boolean letter;
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                }
                letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            } else {
                letter = SearchIndex.isWordPart(c);
                other |= letter;
            }
            if (letter) {
                if (length == w.length) {
                    w = java.util.Arrays.copyOf(w, length * 2);
                }
                w[length++] = c;
                continue;
            }
            if (markdown && other && i < n && (skipped || c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '~')
                    && SearchIndex.isUnspaced(w[length - 1])) {
                continue; // formatting or a link inside a sentence without spaces ("申请**免费**"): the words run on across it
            }
            if (length > 0) {
                if (!other) {
                    if (length > 3 && w[length - 1] == 's' && w[length - 2] != 's') {
                        length--; // word()'s rule, on the characters
                    }
                    if (length >= 2) {
                        each.ascii(w, length);
                    }
                } else {
                    String plain = plain(new String(w, 0, length));
                    if (hasUnspaced(plain)) {
                        unspaced(plain, each);
                    } else {
                        plain = SearchIndex.word(plain);
                        if (plain.codePointCount(0, plain.length()) >= 2) {
                            each.other(plain);
                        }
                    }
                }
                length = 0;
                other = false;
            }
        }
    }

    private static boolean letterAfter(String text, int at) {
        int next = at + 1;
        while (next < text.length() && text.charAt(next) == '\u00ad') {
            next++;
        }
        return next < text.length() && Character.isLetter(text.charAt(next));
    }

    private static boolean hasUnspaced(String w) {
        return w.codePoints().anyMatch(SearchIndex::isUnspaced);
    }

    private static void unspaced(String plain, Words each) {
        int[] cps = plain.codePoints().toArray();
        for (int i = 0; i < cps.length; ) {
            boolean in = SearchIndex.isUnspaced(cps[i]);
            int j = i;
            while (j < cps.length && SearchIndex.isUnspaced(cps[j]) == in) {
                j++;
            }
            if (in) {
                for (int k = i; k < j; k++) {
                    each.other(new String(cps, k, 1));
                    if (k + 1 < j) {
                        each.other(new String(cps, k, 2));
                    }
                }
            } else {
                String rest = SearchIndex.word(new String(cps, i, j - i));
                if (rest.codePointCount(0, rest.length()) >= 2) {
                    each.other(rest);
                }
            }
            i = j;
        }
    }

    private static String plain(String w) {
        String p = org.engagementportal.source.Folding.plain(w);
        StringBuilder b = new StringBuilder(p.length());
        p.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    static java.util.List<String> words(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        scan(text, false, new Words() {
            @Override
            public void ascii(char[] chars, int length) {
                keep(new String(chars, 0, length));
            }

            @Override
            public void other(String word) {
                keep(word);
            }

            private void keep(String w) {
                if (!SearchIndex.COMMON.contains(w)) {
                    out.add(w);
                }
            }
        });
        return out;
    }
}
