package org.engagementportal.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of a Markdown body as sentences, each with the file line it starts on: links keep
 * their words, pictures keep their alternative text apart (see {@link Picture}), formatting marks go.
 * Headings, list items and table rows end a sentence, as a reader hears them. Written as a single pass over
 * the characters, because it runs over every page of every build.
 */
public final class PlainText {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)\\s]*)[^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://|mailto:)[^>]+>|https?://\\S+");

    /** A sentence, the line of the file it starts on, and its number of words. */
    public record Sentence(String text, int line, int words) {
        public Sentence(String text, int line) {
            this(text, line, countWords(text));
        }
    }

    /** A picture in the text: its alternative text (may be empty), file, and line. */
    public record Picture(String alt, String file, int line) {
    }

    /** A body's sentences and pictures. */
    public record Text(List<Sentence> sentences, List<Picture> pictures) {
        public List<String> sentenceTexts() {
            return sentences.stream().map(Sentence::text).toList();
        }

        public int words() {
            return sentences.stream().mapToInt(Sentence::words).sum();
        }
    }

    private PlainText() {
    }

    /** Reads {@code markdown}, whose first line is line {@code firstLine} of its file. */
    public static Text of(String markdown, int firstLine) {
        Splitter out = new Splitter();
        List<Picture> pictures = new ArrayList<>();
        int lineNo = firstLine;
        boolean fenced = false;
        int start = 0;
        int length = markdown.length();
        while (start <= length) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            String raw = markdown.substring(start, end);
            int line = lineNo;
            start = end + 1;
            lineNo++;
            String trimmed = raw.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fenced = !fenced;
                out.endSentence();
                continue;
            }
            if (fenced || trimmed.startsWith("*[") || trimmed.startsWith("<!--") || isTableRule(trimmed)) {
                continue;
            }
            boolean heading = trimmed.startsWith("#");
            boolean row = trimmed.startsWith("|");
            boolean item = isListItem(trimmed);
            if (trimmed.isEmpty() || heading || row || item) {
                out.endSentence();
            }
            String text = raw;
            if (text.indexOf("![") >= 0) {
                Matcher img = IMAGE.matcher(text);
                while (img.find()) {
                    pictures.add(new Picture(img.group(1).strip(), img.group(2), line));
                }
                text = IMAGE.matcher(text).replaceAll(" ");
            }
            if (text.indexOf("](") >= 0) {
                text = LINK.matcher(text).replaceAll("$1");
            }
            if (text.indexOf("://") >= 0 || text.indexOf("mailto:") >= 0) {
                text = AUTOLINK.matcher(text).replaceAll(" ");
            }
            out.add(stripMarks(text, heading || item || trimmed.startsWith(">")), line);
            if (heading || row) {
                out.endSentence();
            }
        }
        out.endSentence();
        return new Text(List.copyOf(out.sentences), List.copyOf(pictures));
    }

    /** Splits running text into sentences: a full stop, question or exclamation mark, then a capital or digit. */
    private static final class Splitter {
        final List<Sentence> sentences = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        int line = -1;
        boolean pendingEnd;

        void add(String text, int lineNo) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (pendingEnd && !Character.isWhitespace(c) && "\"'\u201c\u2018(".indexOf(c) < 0) {
                    if (Character.isUpperCase(c) || Character.isDigit(c)) {
                        endSentence();
                    }
                    pendingEnd = false;
                }
                if (Character.isWhitespace(c)) {
                    if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                        current.append(' ');
                    }
                    if (current.length() > 0) {
                        char last = lastSignificant();
                        pendingEnd = last == '.' || last == '!' || last == '?';
                    }
                    continue;
                }
                if (current.length() == 0) {
                    line = lineNo;
                }
                current.append(c == '|' ? '.' : c);
            }
            if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                current.append(' ');
                char last = lastSignificant();
                pendingEnd = last == '.' || last == '!' || last == '?';
            }
        }

        /** The last character that is not a space or a closing quote or bracket. */
        private char lastSignificant() {
            for (int i = current.length() - 1; i >= 0; i--) {
                char c = current.charAt(i);
                if (c != ' ' && "\"'\u201d\u2019)".indexOf(c) < 0) {
                    return c;
                }
            }
            return ' ';
        }

        void endSentence() {
            String s = current.toString().strip();
            if (!s.isEmpty() && s.chars().anyMatch(Character::isLetterOrDigit)) {
                sentences.add(new Sentence(s, line));
            }
            current.setLength(0);
            pendingEnd = false;
        }
    }

    /** Removes Markdown's marks: emphasis, code ticks, and the heading, quote or list marker at the start. */
    private static String stripMarks(String text, boolean leadingMarker) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        if (leadingMarker) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < text.length() && (text.charAt(j) == '#' || text.charAt(j) == '>' || text.charAt(j) == '-'
                    || text.charAt(j) == '+' || text.charAt(j) == '*' || Character.isDigit(text.charAt(j))
                    || text.charAt(j) == '.' || text.charAt(j) == ')')) {
                j++;
            }
            if (j > i && j < text.length() && text.charAt(j) == ' ') {
                i = j;
            }
        }
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '*' && c != '_' && c != '`' && c != '~') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isListItem(String t) {
        if (t.length() < 2) {
            return false;
        }
        char c = t.charAt(0);
        if ((c == '-' || c == '+' || c == '*') && t.charAt(1) == ' ') {
            return true;
        }
        int i = 0;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i > 0 && i + 1 < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')') && t.charAt(i + 1) == ' ';
    }

    private static boolean isTableRule(String t) {
        if (t.length() < 3 || t.indexOf("---") < 0) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '|' && c != '-' && c != ':' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Words: runs of letters or digits, with apostrophes and hyphens inside them. */
    static int countWords(CharSequence s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean part = Character.isLetterOrDigit(c)
                    || in && (c == '\'' || c == '\u2019' || c == '-') && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
            if (part && !in) {
                n++;
            }
            in = part;
        }
        return n;
    }
}
