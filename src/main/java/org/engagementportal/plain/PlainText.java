package org.engagementportal.plain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagementportal.markdown.Markdown;
import org.engagementportal.markdown.Prose;

/**
 * The readable text of a Markdown body as sentences, each with the file line it starts on, collected from
 * flexmark's parse of the body (the one the page is rendered from; see {@link Prose}): links keep their words,
 * pictures keep their alternative text apart (see {@link Picture}), formatting marks, code, addresses and HTML
 * tags go. Headings, paragraphs, list items and table cells end a sentence, as a reader hears them.
 */
public final class PlainText {

    /** A sentence, the line of the file it starts on, and its number of words. */
    public record Sentence(String text, int line, int words) {
        public Sentence(String text, int line) {
            this(text, line, countWords(text));
        }
    }

    /** A picture in the text: its alternative text (may be empty), file, and line. */
    public record Picture(String alt, String file, int line) {
    }

    /**
     * A body's sentences and pictures.
     *
     * @param meanings the abbreviations the body explains itself ({@code *[ICB]: Integrated Care Board}) and their
     *                 meanings, in the order they are written
     */
    public record Text(List<Sentence> sentences, List<Picture> pictures, Map<String, String> meanings) {
        /** The abbreviations the body explains itself. */
        public Set<String> defined() {
            return meanings.keySet();
        }

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
        return of(null, markdown, firstLine);
    }

    /** {@link #of(String, int)}, for the text of {@code source} (named should the Markdown reader fail on it). */
    public static Text of(String source, String markdown, int firstLine) {
        Splitter out = new Splitter();
        Markdown.shared().read(source, markdown, firstLine, out);
        out.end();
        return new Text(List.copyOf(out.sentences), List.copyOf(out.pictures), Collections.unmodifiableMap(out.defined));
    }

    /**
     * The text of {@code markdown} as a reader sees it on the page, without any markup: formatting marks, HTML tags
     * and what they hold that is not shown (a script's text), code and addresses go; links keep their words and
     * pictures their description. Each heading, paragraph, list item or table cell is a paragraph, separated from the
     * next by a blank line. For text published where Markdown and HTML mean nothing, such as open data.
     */
    public static String paragraphs(String markdown, int firstLine) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Markdown.shared().read(markdown, firstLine, new Prose.Reader() {
            @Override
            public void words(CharSequence text, int line) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                        space();
                    } else {
                        current.append(c);
                    }
                }
            }

            @Override
            public void space() {
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
            }

            @Override
            public void end() {
                String block = current.toString().strip();
                if (!block.isEmpty()) {
                    blocks.add(block);
                }
                current.setLength(0);
            }

            @Override
            public void picture(String description, String file, int line) {
                words(description, line);
            }

            @Override
            public void defines(String abbreviation, String meaning) {
            }
        });
        String last = current.toString().strip();
        if (!last.isEmpty()) {
            blocks.add(last);
        }
        return String.join("\n\n", blocks);
    }

    /**
     * Splits running text into sentences: a full stop, question or exclamation mark (Latin, Arabic and Urdu, or the danda
     * of Bengali and Hindi), then a space and a capital, a digit or a letter of a script without capitals.
     */
    private static final class Splitter implements Prose.Reader {
        final List<Sentence> sentences = new ArrayList<>();
        final List<Picture> pictures = new ArrayList<>();
        final Map<String, String> defined = new LinkedHashMap<>();
        final StringBuilder current = new StringBuilder();
        int line = -1;
        boolean pendingEnd;

        @Override
        public void words(CharSequence text, int lineNo) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    space();
                    continue;
                }
                if (pendingEnd && "\"'\u201c\u2018(".indexOf(c) < 0) {
                    if (Character.isDigit(c) || Character.isLetter(c) && !Character.isLowerCase(c)) { // "A", or "ی", never "a" 
                        end();
                    }
                    pendingEnd = false;
                }
                if (current.length() == 0) {
                    line = lineNo;
                }
                current.append(c);
            }
        }

        @Override
        public void space() {
            if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                current.append(' ');
            }
            if (current.length() > 0) {
                char last = lastSignificant();
                pendingEnd = last == '.' || last == '!' || last == '?' || "\u06D4\u061F\u0964\u0965".indexOf(last) >= 0;
            }
        }

        @Override
        public void picture(String description, String file, int lineNo) {
            pictures.add(new Picture(description, file, lineNo));
        }

        @Override
        public void defines(String abbreviation, String meaning) {
            defined.putIfAbsent(abbreviation, meaning);
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

        @Override
        public void end() {
            String s = current.toString().strip();
            if (!s.isEmpty() && s.chars().anyMatch(Character::isLetterOrDigit)) {
                sentences.add(new Sentence(s, line));
            }
            current.setLength(0);
            pendingEnd = false;
        }
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
