package org.engagementportal.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    static final int TITLE = 10;
    static final int SUMMARY = 4;
    static final int MOST_IN_TEXT = 5;
    /** Words too common to help find a page, left out of the index (and of queries, by the script). */
    static final Set<String> COMMON = Set.of("the", "and", "of", "to", "in", "for", "on", "is", "are", "be", "with", "at",
            "by", "it", "this", "that", "as", "or", "an", "from", "we", "you", "our", "your", "will", "can", "was", "were",
            "has", "have", "not", "but", "if", "they", "their", "there", "which", "who", "what", "when", "how", "about",
            "all", "any", "more", "do", "so", "us", "its", "also", "been", "into", "out", "up", "http", "https", "www");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** For each word, its pages' numbers and scores, in pairs, in the order the pages were added. */
    private final java.util.HashMap<String, int[]> postings = new java.util.HashMap<>();
    private final java.util.HashMap<String, Integer> sizes = new java.util.HashMap<>();

    /**
     * A page's words and their scores, counted apart from the index (so pages can be counted in parallel), and what
     * the results show of it.
     */
    public record Page(Map<String, Integer> scores, String[] row) {
    }

    /**
     * Counts a page's words.
     *
     * @param body the Markdown of the page's text
     * @param row  what the results show of the page
     */
    public static Page page(String title, String summary, String body, String[] row) {
        Map<String, Integer> scores = new HashMap<>();
        for (String w : words(title)) {
            scores.merge(w, TITLE, Integer::sum);
        }
        for (String w : words(summary)) {
            scores.merge(w, SUMMARY, Integer::sum);
        }
        Map<String, Integer> inText = new HashMap<>();
        scan(body, true, w -> inText.merge(w, 1, Integer::sum));
        inText.forEach((w, n) -> scores.merge(w, Math.min(n, MOST_IN_TEXT), Integer::sum));
        return new Page(scores, row);
    }

    /** Adds the next page, numbered from 0 in the order added: pages must be added in order. */
    public void add(int number, Page page) {
        page.scores().forEach((w, score) -> {
            int[] list = postings.get(w);
            int size = sizes.getOrDefault(w, 0);
            if (list == null || size + 2 > list.length) {
                list = java.util.Arrays.copyOf(list == null ? new int[0] : list, Math.max(4, size * 2));
                postings.put(w, list);
            }
            list[size] = number;
            list[size + 1] = score;
            sizes.put(w, size + 2);
        });
    }

    /** Adds the next page: {@link #page} then {@link #add(int, Page)}. */
    public void add(int number, String title, String summary, String body) {
        add(number, page(title, summary, body, new String[0]));
    }

    /** The words of a text as the index keeps them: see {@link #word}; common words left out. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        scan(text, false, out::add);
        return out;
    }

    /**
     * Splits text into words, in one pass: letters and digits, in lower case, without accents. Most text is plain
     * ASCII, so only a word with another character in it is normalised (to drop its accents). In Markdown, a link's
     * address ({@code ](...)}) and HTML tags ({@code <...>}) are skipped; the marks that are left are not letters,
     * so they never join a word.
     */
    static void scan(String text, boolean markdown, java.util.function.Consumer<String> each) {
        StringBuilder w = new StringBuilder(32);
        boolean other = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (markdown && (c == '(' && i > 0 && text.charAt(i - 1) == ']' || c == '<' && i + 1 < n
                    && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '/' || text.charAt(i + 1) == '!'))) {
                int close = text.indexOf(c == '(' ? ')' : '>', i + 1);
                int line = text.indexOf('\n', i + 1);
                if (close > 0 && (line < 0 || close < line)) {
                    i = close;
                    c = ' ';
                }
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
        // A word with other characters may hold several, once accents are gone ("l’été" has none, but marks may split).
        String w = word(raw);
        if (w.codePointCount(0, w.length()) >= 2 && !COMMON.contains(w)) {
            each.accept(w);
        }
    }

    /** A word without accents, in lower case. */
    private static String plain(String w) {
        String p = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(p.length());
        p.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** A word without a plural s, so "dentists" finds "dentist": a lower-case word of more than 3 letters ending in s but not ss. */
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
    public SortedMap<String, SortedMap<String, int[]>> shards() {
        TreeMap<String, SortedMap<String, int[]>> byThree = new TreeMap<>();
        postings.forEach((w, list) -> byThree.computeIfAbsent(firstLetters(w, 3), k -> new TreeMap<>())
                .put(w, gaps(java.util.Arrays.copyOf(list, sizes.get(w)))));
        SortedMap<String, SortedMap<String, int[]>> out = new TreeMap<>();
        byThree.forEach((key, words) -> place(key, words, out));
        return out;
    }

    private static void place(String key, SortedMap<String, int[]> words, SortedMap<String, SortedMap<String, int[]>> out) {
        int letters = key.codePointCount(0, key.length());
        long bytes = 0;
        for (var e : words.entrySet()) {
            bytes += e.getKey().length() + 5 + 3L * e.getValue().length;
        }
        if (bytes <= SHARD_BYTES || letters >= LONGEST_KEY) {
            out.put(key, words);
            return;
        }
        TreeMap<String, SortedMap<String, int[]>> split = new TreeMap<>();
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

    /** Page numbers as the gap from the one before: smaller numbers, fewer bytes. */
    private static int[] gaps(int[] pairs) {
        int previous = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            int page = pairs[i];
            pairs[i] = page - previous;
            previous = page;
        }
        return pairs;
    }
}
