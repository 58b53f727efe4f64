package org.engagementportal.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The search index: every word of every page, with the pages it is on and how well each matches, split into small
 * files by the first letters of the word ({@link #shards}), so a search for "dentist" loads only the file of "den"
 * (or of "dent", where "den" had too many). The words come from the text the pipeline already holds: a page's title
 * and summary and the Markdown of its body, read once, letter by letter, without parsing it (link addresses and HTML
 * tags are skipped). The script on the search page (assets/search.js) splits a query into words the same way
 * ({@link #words}).
 *
 * <p>Scores: a word in the title counts {@value #TITLE}, in the summary {@value #SUMMARY}, and each time in the text
 * 1, up to {@value #MOST_IN_TEXT}, so a long page does not outrank one about the word.
 */
public final class SearchIndex {
    public static final int TITLE = 10;
    static final int SUMMARY = 4;
    static final int MOST_IN_TEXT = 5;
    /** Words too common to help find a page, left out of the index (and of queries, by the script). */
    static final Set<String> COMMON = Set.of("the", "and", "of", "to", "in", "for", "on", "is", "are", "be", "with", "at",
            "by", "it", "this", "that", "as", "or", "an", "from", "we", "you", "our", "your", "will", "can", "was", "were",
            "has", "have", "not", "but", "if", "they", "their", "there", "which", "who", "what", "when", "how", "about",
            "all", "any", "more", "do", "so", "us", "its", "also", "been", "into", "out", "up", "http", "https", "www");

    /** Each word's pages. */
    private final HashMap<String, Postings> postings = new HashMap<>();
    /**
     * The words of each group (the words starting with the same three letters, or a word of two letters alone), in
     * order. Words first met since the shards were last made are in {@link #added} instead, not here.
     */
    private final HashMap<String, ArrayList<String>> groups = new HashMap<>();
    /**
     * Words first met since the shards were last made, put in their groups when they are next made, a group's new words
     * sorted together: at 10,000 pages (about 29,000 words) cheaper than putting each in its group's tree as it comes.
     */
    private java.util.HashSet<String> added = new java.util.HashSet<>();
    /** Each group's shards as {@link #shards} last made them; a group changed since is in {@link #changed}. */
    private final HashMap<String, SortedMap<String, Shard>> madeShards = new HashMap<>();
    private final Set<String> changed = new java.util.HashSet<>();

    /**
     * A word (the index's own copy, for pages to share) and its pages, in page order: for each, the gap from the page
     * before (from 0 for the first) and the score, as variable-length numbers (7 bits a byte), which is how the shard
     * files give them. Most gaps and scores take a byte each: about a tenth of the memory of two ints, which at
     * 100,000 pages is most of a build's memory.
     */
    private static final class Postings {
        final String word;
        byte[] bytes = new byte[8];
        int length;
        int count;
        /** The last page's number. */
        int last;

        Postings(String word) {
            this.word = word;
        }

        /** Adds a page after the last. */
        void append(int number, int score) {
            if (length + 10 > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + 10));
            }
            length = put(bytes, length, number - (count == 0 ? 0 : last));
            length = put(bytes, length, score);
            last = number;
            count++;
        }

        /** The pages as pairs of number and score. */
        int[] pairs() {
            int[] out = new int[count * 2];
            int at = 0;
            int page = 0;
            for (int i = 0; i < out.length; i += 2) {
                long gap = next(bytes, at);
                at = (int) gap;
                long score = next(bytes, at);
                at = (int) score;
                page += (int) (gap >>> 32);
                out[i] = page;
                out[i + 1] = (int) (score >>> 32);
            }
            return out;
        }

        /**
         * Whether renumbering the pages as {@code number} says (see {@link #update}) leaves them as they are: every page
         * keeps its number. Read in place, without making the list of pairs.
         */
        boolean keptAsIs(int[] number) {
            int at = 0;
            int page = 0;
            for (int i = 0; i < count; i++) {
                long gap = next(bytes, at);
                at = (int) next(bytes, (int) gap);
                page += (int) (gap >>> 32);
                if (page >= number.length || number[page] != page) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether its bytes are {@link #count} pairs of gap and score, each number whole, taking exactly {@link #length}
         * bytes, the pages in increasing order below {@code pages}, the last {@link #last}, and every score above 0.
         */
        boolean wellFormed(int pages) {
            int at = 0;
            long page = -1;
            for (int i = 0; i < count; i++) {
                long gap = 0;
                long score = 0;
                for (int part = 0; part < 2; part++) {
                    long value = 0;
                    for (int shift = 0; ; shift += 7) {
                        if (at >= length || shift > 28) {
                            return false;
                        }
                        byte b = bytes[at++];
                        value |= (long) (b & 0x7F) << shift;
                        if (b >= 0) {
                            break;
                        }
                    }
                    if (part == 0) {
                        gap = value;
                    } else {
                        score = value;
                    }
                }
                if (i > 0 && gap == 0 || score <= 0 || score > Integer.MAX_VALUE) {
                    return false;
                }
                page = (i == 0 ? 0 : page) + gap;
                if (page >= pages) {
                    return false;
                }
            }
            return at == length && count > 0 && page == last;
        }

        /**
         * Whether renumbering the pages as {@code number} says, in order ({@code inOrder}), and adding {@code extra}
         * leaves the pages exactly as they are: as after a one-page edit, for a word whose score on that page did not
         * change. Read in place, the pages as they are beside the pages as they would be, without making either list.
         */
        boolean keptAsIs(int[] number, Pairs extra) {
            int at = 0; // the pages as they are
            int page = 0;
            int from = 0; // the pages kept, renumbered: read ahead one at a time
            int fromPage = 0;
            int read = 0;
            int keptPage = -1; // the next page kept, renumbered, not yet compared; -1 for none
            int keptScore = 0;
            int k = 0; // the next of the extra
            for (int i = 0; i <= count; i++) {
                while (keptPage < 0 && read < count) {
                    long g = next(bytes, from);
                    long s = next(bytes, (int) g);
                    from = (int) s;
                    fromPage += (int) (g >>> 32);
                    read++;
                    int now = fromPage < number.length ? number[fromPage] : -1;
                    if (now >= 0) {
                        keptPage = now;
                        keptScore = (int) (s >>> 32);
                    }
                }
                if (i == count) {
                    return keptPage < 0 && k >= extra.size; // nothing left over of the pages as they would be
                }
                long gap = next(bytes, at);
                long score = next(bytes, (int) gap);
                at = (int) score;
                page += (int) (gap >>> 32);
                int nextPage;
                int nextScore;
                if (k < extra.size && (keptPage < 0 || extra.values[k] < keptPage)) {
                    nextPage = extra.values[k];
                    nextScore = extra.values[k + 1];
                    k += 2;
                } else if (keptPage >= 0) {
                    nextPage = keptPage;
                    nextScore = keptScore;
                    keptPage = -1;
                } else {
                    return false; // fewer pages as they would be
                }
                if (nextPage != page || nextScore != (int) (score >>> 32)) {
                    return false;
                }
            }
            return false; // not reached
        }

        /** The number at {@code at}, in the high half, and where the next one starts, in the low. */
        private static long next(byte[] bytes, int at) {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return ((long) value << 32) | at;
                }
            }
        }

        /** Replaces the pages with these pairs of number and score, in page order. */
        void set(int[] pairs, int size) {
            bytes = new byte[Math.max(8, size * 5 + 10)];
            length = 0;
            count = 0;
            for (int i = 0; i < size; i += 2) {
                append(pairs[i], pairs[i + 1]);
            }
            bytes = java.util.Arrays.copyOf(bytes, Math.max(8, length));
        }

        /** The pages as the shard files give them: pairs of gap and score. */
        int[] gapsAndScores() {
            int[] pairs = pairs();
            int previous = 0;
            for (int i = 0; i < pairs.length; i += 2) {
                int page = pairs[i];
                pairs[i] = page - previous;
                previous = page;
            }
            return pairs;
        }

        private static int put(byte[] into, int at, int value) {
            while ((value & ~0x7F) != 0) {
                into[at++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            into[at++] = (byte) value;
            return at;
        }
    }

    /**
     * A page's words and their scores, counted apart from the index (so pages can be counted in parallel), and what
     * the results show of it. The words are sorted, each once, with its score at the same place.
     */
    public record Page(String[] words, int[] scores, String[] row) {
        /** The score of {@code word} on the page, or 0 when it is not there. */
        int score(String word) {
            int i = java.util.Arrays.binarySearch(words, word);
            return i < 0 ? 0 : scores[i];
        }
    }

    /**
     * The words of one file of the index, in order, and a digest of them and their pages. It reads the index's own
     * lists of pages, so it is to be written before the index changes again: {@code portal serve} builds once at a
     * time, and a build writes the files of its index before it ends.
     */
    public static final class Shard {
        private final SortedMap<String, Postings> words;
        private final String digest;

        private Shard(String key, SortedMap<String, Postings> words) {
            this(words, SearchIndex.digest(key, words));
        }

        private Shard(SortedMap<String, Postings> words, String digest) {
            this.words = words;
            this.digest = digest;
        }

        /** Each word with its pages, as pairs of the gap from the page before (from 0) and the score. */
        public SortedMap<String, int[]> words() {
            SortedMap<String, int[]> out = new TreeMap<>();
            words.forEach((w, p) -> out.put(w, p.gapsAndScores()));
            return out;
        }

        public String digest() {
            return digest;
        }
    }

    /**
     * Counts a page's words.
     *
     * @param body the Markdown of the page's text
     * @param row  what the results show of the page
     */
    public static Page page(String title, String summary, String body, String[] row) {
        return page(title, "", summary, body, row);
    }

    /**
     * Counts a page's words, its type's name ("Consultation") among them as if in its title when its title does not say
     * it already: a consultation is found by "consultation" as a meeting is by "meeting", where few say so in their
     * titles, and lists of them did. A bulletin titled "... bulletin" does not count it twice, above the list of bulletins.
     *
     * @param kind its type's name, or "" for a type whose name says nothing of it ("Page")
     */
    public static Page page(String title, String kind, String summary, String body, String[] row) {
        Tally tally = new Tally();
        scan(title, false, tally.scoring(TITLE));
        if (!title.toLowerCase(java.util.Locale.ROOT).contains(kind.toLowerCase(java.util.Locale.ROOT))) {
            scan(kind, false, tally.scoring(TITLE));
        }
        scan(summary, false, tally.scoring(SUMMARY));
        scan(body, true, tally.scoring(0));
        return tally.page(row);
    }

    /**
     * A page's words, each once, with the score its title and summary give it and how often its text has it. The words
     * are kept as characters, one after another in one array, each with its hash (String's), and the table is looked up
     * with the characters themselves: most words of a page come more than once, and a word is made a string only when
     * the page is counted, a common word never.
     */
    private static final class Tally {
        /** The words' characters, one after another: word {@code i} is {@code chars[start[i]..start[i + 1])}. */
        private char[] chars = new char[2048];
        private int[] start = new int[257];
        /** Each word's hash, as {@link String#hashCode} gives it. */
        private int[] hashes = new int[256];
        /** From the title and summary. */
        private int[] fixed = new int[256];
        /** Times in the text. */
        private int[] inText = new int[256];
        /** Each word's place plus one, at its hash's slot (0: free); never more than half full. */
        private int[] slots = new int[512];
        private int size;

        /** Adds each word found to the tally: {@code score} for each time, or (0) one more time in the text. */
        Words scoring(int score) {
            return new Words() {
                @Override
                public void ascii(char[] chars, int length, int hash) {
                    count(at(chars, length, hash), score);
                }

                @Override
                public void other(String word) {
                    char[] chars = word.toCharArray();
                    count(at(chars, chars.length, word.hashCode()), score);
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

        /** The place of the word {@code word[0..length)}, whose hash is {@code hash}, added if new. */
        private int at(char[] word, int length, int hash) {
            int mask = slots.length - 1;
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                int i = slots[slot] - 1;
                if (i < 0) {
                    return add(word, length, hash, slot);
                }
                if (hashes[i] == hash && same(chars, start[i], start[i + 1], word, length)) {
                    return i;
                }
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        private int add(char[] word, int length, int hash, int slot) {
            if (size == hashes.length) {
                int n = size * 2;
                start = java.util.Arrays.copyOf(start, n + 1);
                hashes = java.util.Arrays.copyOf(hashes, n);
                fixed = java.util.Arrays.copyOf(fixed, n);
                inText = java.util.Arrays.copyOf(inText, n);
            }
            int from = start[size];
            if (from + length > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, from + length));
            }
            System.arraycopy(word, 0, chars, from, length);
            int i = size++;
            start[size] = from + length;
            hashes[i] = hash;
            slots[slot] = i + 1;
            if (size * 2 > slots.length) {
                int[] more = new int[slots.length * 2];
                int mask = more.length - 1;
                for (int k = 0; k < size; k++) {
                    int s = spread(hashes[k]) & mask;
                    while (more[s] != 0) {
                        s = (s + 1) & mask;
                    }
                    more[s] = k + 1;
                }
                slots = more;
            }
            return i;
        }

        /**
         * The page's words but the common ones, in order, each with its score. Each word is made a string here, once, and
         * found again after the sort by its hash and by being that very string.
         */
        Page page(String[] row) {
            String[] made = new String[size];
            String[] kept = new String[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (!CommonWords.has(chars, start[i], start[i + 1], hashes[i])) {
                    made[i] = new String(chars, start[i], start[i + 1] - start[i]);
                    kept[n++] = made[i];
                }
            }
            kept = java.util.Arrays.copyOf(kept, n);
            java.util.Arrays.sort(kept);
            int[] values = new int[n];
            int mask = slots.length - 1;
            for (int k = 0; k < n; k++) {
                String w = kept[k];
                int slot = spread(w.hashCode()) & mask;
                while (made[slots[slot] - 1] != w) {
                    slot = (slot + 1) & mask;
                }
                int i = slots[slot] - 1;
                values[k] = fixed[i] + Math.min(inText[i], MOST_IN_TEXT);
            }
            return new Page(kept, values, row);
        }
    }

    /** Whether {@code a[from..to)} holds the characters of {@code b[0..length)}. */
    private static boolean same(char[] a, int from, int to, char[] b, int length) {
        if (to - from != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (a[from + k] != b[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@link #COMMON} as a table looked up with a word's characters and hash, which the tally holds, not a string. */
    private static final class CommonWords {
        private static final List<String> LIST = List.copyOf(COMMON);
        private static final char[][] WORDS = LIST.stream().map(String::toCharArray).toArray(char[][]::new);
        /** Each common word's place in {@link #WORDS} plus one, at its hash's slot (0: free); a quarter full or less. */
        private static final int[] SLOTS = slots();

        private static int[] slots() {
            int[] slots = new int[Integer.highestOneBit(WORDS.length * 4) * 2];
            for (int k = 0; k < WORDS.length; k++) {
                int slot = Tally.spread(LIST.get(k).hashCode()) & (slots.length - 1);
                while (slots[slot] != 0) {
                    slot = (slot + 1) & (slots.length - 1);
                }
                slots[slot] = k + 1;
            }
            return slots;
        }

        /** Whether {@code chars[from..to)}, whose hash is {@code hash}, is a common word. */
        static boolean has(char[] chars, int from, int to, int hash) {
            int mask = SLOTS.length - 1;
            for (int slot = Tally.spread(hash) & mask; SLOTS[slot] != 0; slot = (slot + 1) & mask) {
                char[] w = WORDS[SLOTS[slot] - 1];
                if (same(chars, from, to, w, w.length)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Adds the next page, numbered from 0 in the order added: pages must be added in order. The page's words are
     * replaced by the index's own copies of them, so pages kept between builds do not each hold their own.
     */
    public void add(int number, Page page) {
        String[] words = page.words();
        for (int i = 0; i < words.length; i++) {
            Postings p = postings(words[i]);
            words[i] = p.word;
            p.append(number, page.scores()[i]);
            if (!madeShards.isEmpty()) {
                changed.add(group(p.word)); // a page added after the shards were made: its words' shards are made again
            }
        }
    }

    /**
     * Puts page {@code number}'s words as they are now ({@code after}) in place of what they were ({@code before}),
     * changing only the words whose score changed; the shards of those words' groups are made again when next asked
     * for.
     */
    public void replace(int number, Page before, Page after) {
        for (String w : before.words()) {
            if (after.score(w) == 0) {
                remove(w, number);
            }
        }
        String[] words = after.words();
        for (int i = 0; i < words.length; i++) {
            Postings p = postings(words[i]);
            words[i] = p.word;
            int score = after.scores()[i];
            if (before.score(p.word) == score) {
                continue;
            }
            changed.add(group(p.word));
            int[] pairs = p.pairs();
            int at = find(pairs, number);
            if (at >= 0) {
                pairs[at + 1] = score;
                p.set(pairs, pairs.length);
                continue;
            }
            int insert = -at - 1;
            int[] more = new int[pairs.length + 2];
            System.arraycopy(pairs, 0, more, 0, insert);
            more[insert] = number;
            more[insert + 1] = score;
            System.arraycopy(pairs, insert, more, insert + 2, pairs.length - insert);
            p.set(more, more.length);
        }
    }

    /** A word's pages, made (empty) if it has none yet. */
    private Postings postings(String w) {
        Postings p = postings.get(w);
        if (p == null) {
            p = new Postings(w);
            postings.put(w, p);
            added.add(w);
        }
        return p;
    }

    private void remove(String w, int number) {
        Postings p = postings.get(w);
        int[] pairs = p == null ? new int[0] : p.pairs();
        int at = find(pairs, number);
        if (at < 0) {
            return;
        }
        changed.add(group(w));
        if (pairs.length == 2) {
            drop(w);
            return;
        }
        System.arraycopy(pairs, at + 2, pairs, at, pairs.length - at - 2);
        p.set(pairs, pairs.length - 2);
    }

    /** Takes out a word left on no page. */
    private void drop(String w) {
        String g = group(w);
        changed.add(g);
        postings.remove(w);
        if (!added.remove(w)) {
            ArrayList<String> words = groups.get(g);
            words.remove(java.util.Collections.binarySearch(words, w));
        }
    }

    /**
     * Makes this the index of the pages as they are now from the index of the pages as they were, as a build does with
     * the index the last build kept ({@link SearchCounts}): page {@code j} of before is page {@code number[j]} now, or,
     * where that is negative, is gone or changed; then {@code pages[k]} is added as page {@code at[k]} (in increasing
     * order, none of them a number given in {@code number}). Only the words whose pages changed are touched, and only
     * their groups' shards made again when next asked for: after a one-page edit, that page's words. The index is the
     * one made afresh from the pages as they are now (see SearchIndexProperties).
     */
    public void update(int[] number, int[] at, Page[] pages) {
        boolean inOrder = true;
        for (int j = 0, last = -1; j < number.length; j++) {
            if (number[j] >= 0) {
                inOrder &= number[j] > last;
                last = number[j];
            }
        }
        // The added pages' words, each with those pages' numbers and scores, in page order.
        HashMap<String, Pairs> more = new HashMap<>();
        for (int k = 0; k < at.length; k++) {
            if (k > 0 && at[k] <= at[k - 1]) {
                throw new IllegalArgumentException("pages added out of order: " + at[k - 1] + ", " + at[k]);
            }
            String[] words = pages[k].words();
            for (int i = 0; i < words.length; i++) {
                more.computeIfAbsent(words[i], w -> new Pairs()).add(at[k], pages[k].scores()[i]);
            }
        }
        List<String> emptied = new ArrayList<>();
        for (Postings p : postings.values()) {
            Pairs extra = more.remove(p.word);
            if (extra == null ? p.keptAsIs(number) : inOrder && p.keptAsIs(number, extra)) {
                continue;
            }
            int[] pairs = p.pairs();
            Pairs now = new Pairs(pairs.length);
            for (int i = 0; i < pairs.length; i += 2) {
                int page = pairs[i] < number.length ? number[pairs[i]] : -1;
                if (page >= 0) {
                    now.add(page, pairs[i + 1]);
                }
            }
            if (!inOrder) {
                now.sort();
            }
            if (extra != null) {
                now = now.merge(extra);
            }
            if (now.size == 0) {
                emptied.add(p.word);
            } else if (!now.same(pairs)) { // a page changed, but not its score for this word: the word is as it was
                p.set(now.values, now.size);
                changed.add(group(p.word));
            }
        }
        emptied.forEach(this::drop);
        more.forEach((w, extra) -> {
            postings(w).set(extra.values, extra.size);
            changed.add(group(w));
        });
        for (Page page : pages) { // the index's own copies, as add gives
            String[] words = page.words();
            for (int i = 0; i < words.length; i++) {
                words[i] = postings.get(words[i]).word;
            }
        }
    }

    /** Pairs of page number and score, as a list that grows. */
    private static final class Pairs {
        int[] values;
        int size;

        Pairs() {
            this(4);
        }

        Pairs(int room) {
            values = new int[Math.max(room, 4)];
        }

        /** Whether these are exactly {@code pairs}. */
        boolean same(int[] pairs) {
            return java.util.Arrays.equals(values, 0, size, pairs, 0, pairs.length);
        }

        void add(int page, int score) {
            if (size + 2 > values.length) {
                values = java.util.Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = page;
            values[size++] = score;
        }

        /** In page order. */
        void sort() {
            long[] packed = new long[size / 2];
            for (int i = 0; i < packed.length; i++) {
                packed[i] = (long) values[2 * i] << 32 | values[2 * i + 1] & 0xFFFFFFFFL;
            }
            java.util.Arrays.sort(packed);
            for (int i = 0; i < packed.length; i++) {
                values[2 * i] = (int) (packed[i] >>> 32);
                values[2 * i + 1] = (int) packed[i];
            }
        }

        /** These and {@code other}, both in page order and with no page in both, in page order. */
        Pairs merge(Pairs other) {
            Pairs out = new Pairs(size + other.size);
            int i = 0;
            int k = 0;
            while (i < size || k < other.size) {
                if (k >= other.size || i < size && values[i] < other.values[k]) {
                    out.add(values[i], values[i + 1]);
                    i += 2;
                } else {
                    if (i < size && values[i] == other.values[k]) {
                        throw new IllegalArgumentException("page " + values[i] + " both kept and added");
                    }
                    out.add(other.values[k], other.values[k + 1]);
                    k += 2;
                }
            }
            return out;
        }
    }

    /** Where page {@code number}'s pair is among pairs of number and score, or -(where it would go) - 1. */
    private static int find(int[] pairs, int number) {
        int lo = 0;
        int hi = pairs.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int page = pairs[mid * 2];
            if (page < number) {
                lo = mid + 1;
            } else if (page > number) {
                hi = mid - 1;
            } else {
                return mid * 2;
            }
        }
        return -(lo * 2) - 1;
    }

    private static String group(String w) {
        return firstLetters(w, 3);
    }

    /** Adds the next page: {@link #page} then {@link #add(int, Page)}. */
    public void add(int number, String title, String summary, String body) {
        add(number, page(title, summary, body, new String[0]));
    }

    /** The words of a text as the index keeps them: see {@link #word}; common words left out. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        scan(text, false, new Words() {
            @Override
            public void ascii(char[] chars, int length, int hash) {
                keep(new String(chars, 0, length));
            }

            @Override
            public void other(String word) {
                keep(word);
            }

            private void keep(String w) {
                if (!COMMON.contains(w)) {
                    out.add(w);
                }
            }
        });
        return out;
    }

    /**
     * The words {@link #scan} finds, as the index keeps them ({@link #word}: a plural s dropped, and only words of
     * two characters or more) but with the common words still in.
     */
    interface Words {
        /**
         * A word of ASCII letters and digits, in lower case: {@code chars[0..length)}, to be read before this returns, and
         * its hash as {@link String#hashCode} gives it, worked out as the word was read.
         */
        void ascii(char[] chars, int length, int hash);

        /** A word with other characters, without its accents. */
        void other(String word);
    }

    /**
     * Splits text into words, in one pass: letters and digits, in lower case, without accents, a soft hyphen inside a
     * word passed over (the word is one, as the page shows it). Most text is plain
     * ASCII, so only a word with another character in it is normalised (to drop its accents). In Markdown, a link's
     * address ({@code ](...)}), HTML tags ({@code <...>}) and notes ({@code <!-- ... -->}, over any number of lines) are
     * skipped; the marks that are left are not letters,
     * so they never join a word.
     */
    static void scan(String text, boolean markdown, Words each) {
        // Read from an array: a page's text is often stored as UTF-16 (a curly quote), whose charAt costs several times
        // an array's element under the quick compiler bin/portal runs a build with.
        char[] t = text.toCharArray();
        char[] w = new char[32];
        int length = 0;
        int nextParen = 0; // where the next ')' after i is, n for none, once looked for (while above i)
        int nextAngle = 0; // '>'
        int nextLine = 0; // a line break
        int hash = 0; // String.hashCode's of w[0..length)
        int hashBefore = 0; // of w[0..length - 1)
        boolean other = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? t[i] : ' ';
            if (c < 128 && ASCII_WORD_PART[c] != 0) {
                // Most characters: an ASCII letter or digit, which nothing below would take otherwise ('(', '<' and '&' are
                // not letters).
                if (length == w.length) {
                    w = java.util.Arrays.copyOf(w, length * 2);
                }
                char lower = ASCII_WORD_PART[c];
                w[length++] = lower;
                hashBefore = hash;
                hash = 31 * hash + lower;
                continue;
            }
            if (c == '\u00ad') {
                // A soft hyphen, as Word pastes inside a long word ("Physio-therapy"): shown only where the word breaks at
                // the end of a line, and no gap between words, so "physiotherapy" finds the page.
                continue;
            }
            boolean skipped = false;
            if (markdown && (c == '(' && i > 0 && t[i - 1] == ']' || c == '<' && i + 1 < n
                    && (Character.isLetter(t[i + 1]) || t[i + 1] == '/' || t[i + 1] == '!'))) {
                // The next ')' or '>' and the next line break, each looked for again only once passed: a page of "<a"
                // or "](" with none to close them took time that grew with the square of its length.
                if (c == '(' && nextParen <= i) {
                    nextParen = indexOrEnd(text, ')', i + 1);
                } else if (c == '<' && nextAngle <= i) {
                    nextAngle = indexOrEnd(text, '>', i + 1);
                }
                if (nextLine <= i) {
                    nextLine = indexOrEnd(text, '\n', i + 1);
                }
                int close = c == '(' ? nextParen : nextAngle;
                int line = nextLine;
                if (c == '<' && text.startsWith("<!--", i)) {
                    // A note for other writers, over as many lines as it takes: never shown, so never searched (its
                    // words were in the index, public, and found the page).
                    int end = text.indexOf("-->", i + 4);
                    close = end < 0 ? n - 1 : end + 2;
                    line = n;
                }
                if (close < line) {
                    i = close;
                    c = ' ';
                    skipped = true;
                }
            }
            if (c == '&' && length > 0 && letterAfter(text, i)) {
                continue; // "A&E", "R&D": one word, as the search script reads it, where "A" and "E" alone were dropped
            }
            if (c >= 128 && isWordPart(c)) { // an ASCII letter or digit was taken above
                other = true;
                if (length == w.length) {
                    w = java.util.Arrays.copyOf(w, length * 2);
                }
                w[length++] = c;
                hashBefore = hash;
                hash = 31 * hash + c;
                continue;
            }
            if (markdown && other && i < n && (skipped || c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '~')
                    && isUnspaced(w[length - 1])) {
                continue; // formatting or a link inside a sentence without spaces ("申请**免费**"): the words run on across it
            }
            if (length > 0) {
                if (!other) {
                    if (length > 3 && w[length - 1] == 's' && w[length - 2] != 's') {
                        length--; // word()'s rule, on the characters
                        hash = hashBefore;
                    }
                    if (length >= 2) {
                        each.ascii(w, length, hash);
                    }
                } else {
                    String plain = plain(new String(w, 0, length));
                    if (hasUnspaced(plain)) {
                        unspaced(plain, each);
                    } else {
                        plain = word(plain);
                        if (plain.codePointCount(0, plain.length()) >= 2) {
                            each.other(plain);
                        }
                    }
                }
                length = 0;
                hash = 0;
                other = false;
            }
        }
    }

    /** Where {@code c} is in {@code text} from {@code from} on, or the text's length where it is not. */
    private static int indexOrEnd(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    /** For each ASCII character, itself in lower case where it is a letter or digit, and 0 where it is not part of a word. */
    private static final char[] ASCII_WORD_PART = new char[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            ASCII_WORD_PART[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_WORD_PART[c] = c;
            ASCII_WORD_PART[c - 32] = c;
        }
    }

    /**
     * Whether a character beyond ASCII is part of a word: a letter or digit, half of a pair (a character beyond U+FFFF,
     * as in some scripts and emoji), or a mark joined to the letter before it (an accent written apart, a vowel sign).
     * One look at the character's Unicode category rather than one for each question: a page's curly quotes and
     * dashes asked all five.
     */
    static boolean isWordPart(char c) {
        return (WORD_PARTS >> Character.getType(c) & 1) != 0 || Character.isSurrogate(c);
    }

    /** The categories {@link Character#isLetterOrDigit(char)} accepts, and the three kinds of mark. */
    private static final int WORD_PARTS = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.NON_SPACING_MARK | 1 << Character.COMBINING_SPACING_MARK
            | 1 << Character.ENCLOSING_MARK;

    /** Whether a letter follows {@code text[at]}, soft hyphens passed over ("A&E" with one after the "&" is "A&E"). */
    private static boolean letterAfter(String text, int at) {
        int next = at + 1;
        while (next < text.length() && text.charAt(next) == '\u00ad') {
            next++;
        }
        return next < text.length() && Character.isLetter(text.charAt(next));
    }

    /**
     * Whether a character is of a script written without spaces between words: Chinese, Japanese, Thai, Lao, Khmer,
     * Burmese. {@code assets/search.js} asks the same of a query.
     */
    static boolean isUnspaced(int cp) {
        if (cp == 0x30FC || cp == 0xFF70) {
            return true; // Japanese's long vowel mark, which Unicode puts in no one script: サービス is one run
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.THAI || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR;
    }

    private static boolean hasUnspaced(String w) {
        return w.codePoints().anyMatch(SearchIndex::isUnspaced);
    }

    /**
     * A run of letters with some in a script written without spaces ("口译服务", "gp服务"): that script's words cannot be
     * told apart without a dictionary, so each of its characters and each pair of characters side by side is a word of
     * the index, and a query of several characters finds the pages with all its pairs ({@code assets/search.js}); the
     * run's other letters are words as any other.
     */
    private static void unspaced(String plain, Words each) {
        int[] cps = plain.codePoints().toArray();
        for (int i = 0; i < cps.length; ) {
            boolean in = isUnspaced(cps[i]);
            int j = i;
            while (j < cps.length && isUnspaced(cps[j]) == in) {
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
                String rest = word(new String(cps, i, j - i));
                if (rest.codePointCount(0, rest.length()) >= 2) {
                    each.other(rest);
                }
            }
            i = j;
        }
    }

    /** A word without accents, in lower case. */
    private static String plain(String w) {
        String p = org.engagementportal.source.Folding.plain(w);
        StringBuilder b = new StringBuilder(p.length());
        p.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * A word without a plural s, so "dentists" finds "dentist": a lower-case word of more than 3 letters ending in s
     * but not ss. {@link #scan} applies the same rule to the characters of a word of plain ASCII.
     */
    static String word(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /** A shard's words may take about this many bytes before the shard is split by one more letter. */
    static final int SHARD_BYTES = 32 * 1024;
    /** Shards are split by at most this many letters, so a shard never holds one word's pages only for want of a name. */
    static final int LONGEST_KEY = 6;

    /**
     * The name of the file of the words starting with {@code key}: the key itself when it is plain letters and
     * digits, else the hex numbers of its characters ("u645-64a-62a"), which any server names safely.
     */
    public static String fileName(String key) {
        if (key.chars().allMatch(ch -> ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9')) {
            return key;
        }
        StringBuilder b = new StringBuilder("u");
        key.codePoints().forEach(cp -> b.append(b.length() > 1 ? "-" : "").append(Integer.toHexString(cp)));
        return b.toString();
    }

    private static String firstLetters(String word, int letters) {
        return word.substring(0, word.offsetByCodePoints(0, Math.min(letters, word.codePointCount(0, word.length()))));
    }

    /**
     * Every word's pages, by shard: the words starting with the same three letters (a word of two letters alone), and
     * a shard too big for one quick download split by one more letter, and so on ({@link #SHARD_BYTES}); the words
     * no longer than its key stay in it. Each shard's words in order, each word's pages as pairs of the gap from the
     * previous page's number (from 0) and the score.
     */
    public SortedMap<String, Shard> shards() {
        if (!added.isEmpty()) {
            HashMap<String, ArrayList<String>> byGroup = new HashMap<>();
            for (String w : added) {
                byGroup.computeIfAbsent(group(w), k -> new ArrayList<>()).add(w);
            }
            added = new java.util.HashSet<>(); // not the emptied table of every word, kept between the preview's saves
            byGroup.forEach((g, words) -> {
                ArrayList<String> in = groups.computeIfAbsent(g, k -> new ArrayList<>(words.size()));
                in.addAll(words);
                in.sort(null); // the group's words, already in order (a run the sort takes as it is), and the new ones
                changed.add(g);
            });
        }
        for (String g : changed) {
            ArrayList<String> words = groups.get(g);
            if (words == null || words.isEmpty()) {
                groups.remove(g);
                madeShards.remove(g);
                continue;
            }
            TreeMap<String, Postings> lists = new TreeMap<>();
            for (String w : words) {
                lists.put(w, postings.get(w));
            }
            SortedMap<String, SortedMap<String, Postings>> placed = new TreeMap<>();
            place(g, lists, placed);
            SortedMap<String, Shard> shards = new TreeMap<>();
            placed.forEach((key, ws) -> shards.put(key, new Shard(key, ws)));
            madeShards.put(g, shards);
        }
        changed.clear();
        SortedMap<String, Shard> out = new TreeMap<>();
        madeShards.values().forEach(out::putAll);
        return out;
    }

    /**
     * Writes the index as its shards: for each group, each of its shards' keys and digests, and the shard's words, each
     * with its pages as the index holds them. What {@link #read} reads back.
     */
    void write(SearchCounts.Out out) throws java.io.IOException {
        shards(); // every group's shards made, and every word in its group
        out.number(madeShards.size());
        for (var group : new TreeMap<>(madeShards).entrySet()) {
            out.string(group.getKey());
            out.number(group.getValue().size());
            for (var shard : group.getValue().entrySet()) {
                out.string(shard.getKey());
                out.string(shard.getValue().digest);
                out.number(shard.getValue().words.size());
                for (Postings p : shard.getValue().words.values()) {
                    out.string(p.word);
                    out.number(p.count);
                    out.number(p.last);
                    out.number(p.length);
                    out.bytes(p.bytes, p.length);
                }
            }
        }
    }

    /**
     * The index {@link #write} wrote, as it was, its shards made. Throws when what is read does not hold together, so
     * that nothing later can fail on it: a group or a shard twice, a word twice or in a group or shard not its own, a
     * word's pages not whole numbers from 0 to below {@code pages} in increasing order (the caller makes the index
     * afresh). The shards' digests are taken as written: the file's CRC-32 tells damage, not a file made by hand to
     * look right.
     */
    static SearchIndex read(SearchCounts.In in, int pages) throws java.io.IOException {
        SearchIndex index = new SearchIndex();
        int groups = in.number(Integer.MAX_VALUE);
        for (int g = 0; g < groups; g++) {
            String group = in.string();
            int shards = in.number(Integer.MAX_VALUE);
            SortedMap<String, Shard> made = new TreeMap<>();
            ArrayList<String> words = new ArrayList<>();
            for (int s = 0; s < shards; s++) {
                String key = in.string();
                String digest = in.string();
                if (!key.startsWith(group) || made.containsKey(key)) {
                    throw new java.io.IOException("not an index: shard " + key);
                }
                int count = in.number(Integer.MAX_VALUE);
                TreeMap<String, Postings> shardWords = new TreeMap<>();
                for (int w = 0; w < count; w++) {
                    Postings p = new Postings(in.string());
                    p.count = in.number(Integer.MAX_VALUE);
                    p.last = in.number(Integer.MAX_VALUE);
                    p.length = in.number(Integer.MAX_VALUE);
                    p.bytes = in.bytes(p.length);
                    if (!p.wellFormed(pages) || !p.word.startsWith(key) || !group(p.word).equals(group)
                            || index.postings.put(p.word, p) != null) {
                        throw new java.io.IOException("not an index: " + p.word);
                    }
                    shardWords.put(p.word, p);
                    words.add(p.word);
                }
                made.put(key, new Shard(shardWords, digest));
            }
            words.sort(null);
            if (group.isEmpty() || index.groups.put(group, words) != null) {
                throw new java.io.IOException("not an index: group " + group);
            }
            index.madeShards.put(group, made);
        }
        return index;
    }

    /**
     * A digest of a shard's words and their pages: two independent 64-bit hashes over every character and every byte
     * of the pages (whose encoding is the same for the same pages, however they were added), with the counts, so a
     * shard that changed is told from the one before as surely as by its file's bytes.
     */
    private static String digest(String key, SortedMap<String, Postings> words) {
        long a = 0x9E3779B97F4A7C15L;
        long b = 0xC2B2AE3D27D4EB4FL;
        long n = 0;
        for (var e : words.entrySet()) {
            String w = e.getKey();
            for (int i = 0; i < w.length(); i++) {
                a = (a ^ w.charAt(i)) * 0x100000001B3L;
                b = b * 31 + w.charAt(i) + (b >>> 29);
            }
            a = (a ^ 0x10000) * 0x100000001B3L; // between a word and its pages, and the next word
            b = b * 31 + 0x10000 + (b >>> 29);
            Postings p = e.getValue();
            for (int i = 0; i < p.length; i++) {
                a = (a ^ (p.bytes[i] & 0xFF)) * 0x100000001B3L;
                b = b * 31 + (p.bytes[i] & 0xFF) + (b >>> 29);
            }
            long end = 0x10000L + p.length; // not a byte: where one word's pages end
            a = (a ^ end) * 0x100000001B3L;
            b = b * 31 + end + (b >>> 29);
            n += p.count;
        }
        return key + ":" + words.size() + ":" + n + ":" + java.util.HexFormat.of().toHexDigits(a) + java.util.HexFormat.of().toHexDigits(b);
    }

    private static void place(String key, SortedMap<String, Postings> words, SortedMap<String, SortedMap<String, Postings>> out) {
        int letters = key.codePointCount(0, key.length());
        long bytes = 0;
        for (var e : words.entrySet()) {
            bytes += e.getKey().length() + 5 + 6L * e.getValue().count;
        }
        if (bytes <= SHARD_BYTES || letters >= LONGEST_KEY) {
            out.put(key, words);
            return;
        }
        TreeMap<String, SortedMap<String, Postings>> split = new TreeMap<>();
        words.forEach((w, list) -> {
            String k = w.codePointCount(0, w.length()) <= letters ? key : firstLetters(w, letters + 1);
            split.computeIfAbsent(k, x -> new TreeMap<>()).put(w, list);
        });
        split.forEach((k, ws) -> {
            if (k.equals(key)) {
                out.put(key, ws);
            } else {
                place(k, ws, out);
            }
        });
    }
}
