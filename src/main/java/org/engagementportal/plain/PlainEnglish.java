package org.engagementportal.plain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.engagementportal.checks.AbbreviationExpanded;
import org.engagementportal.checks.ImageAlt;
import org.engagementportal.config.Glossary;
import org.engagementportal.config.SiteData;
import org.engagementportal.content.ContentKind;
import org.engagementportal.content.Document;
import org.engagementportal.content.Variant;
import org.engagementportal.source.Position;
import org.engagementportal.source.Postcodes;
import org.engagementportal.source.Problems;

/**
 * The plain-English checks, run on every English page: its reading age (warned above the site's SMOG
 * limit), jargon from the glossary, and on easy-read versions the easy-read rules: short sentences,
 * every abbreviation explained, every picture described, not too long to print.
 */
public final class PlainEnglish {
    /** Easy-read sentences: a warning above this many words... */
    public static final int EASY_READ_WARN_WORDS = 15;
    /** ...and an error above this many. */
    public static final int EASY_READ_MAX_WORDS = 20;
    /** Words on a printed easy-read page (a few rows of picture and sentence). */
    public static final int EASY_READ_WORDS_PER_PAGE = 60;
    public static final int EASY_READ_MAX_PAGES = 24;
    /** Fewer words than this give no meaningful reading-age score. */
    public static final int MIN_WORDS_FOR_SCORE = 100;

    private static final Pattern ABBREVIATION = Pattern.compile("\\b[A-Z][A-Z0-9&]{1,}s?\\b");
    /** Capitals that are not abbreviations a reader needs explained. */
    private static final Set<String> NOT_ABBREVIATIONS = Set.of("I", "OK", "A", "UK", "TV", "AM", "PM",
            "FREEPOST"); // Royal Mail's word, written in capitals in an address

    /** One page's score, for the reading-age report. */
    public record PageScore(String source, Readability.Score score) {
    }

    private PlainEnglish() {
    }

    /** Checks every document, reporting problems; returns the reading-age scores of pages long enough to score. */
    public static List<PageScore> check(List<Document> documents, SiteData data, Problems problems) {
        return check(documents, data, problems, true);
    }

    /**
     * As {@link #check(List, SiteData, Problems)}; with {@code scoreAll} false (a build), only the checks that
     * can stop a build run: the easy-read rules and jargon. Reading ages are {@code portal check}'s report.
     */
    public static List<PageScore> check(List<Document> documents, SiteData data, Problems problems, boolean scoreAll) {
        double limit = data.site().smogLimit();
        List<Glossary.Entry> jargon = data.glossary().entries().stream().filter(Glossary.Entry::isJargon).toList();
        List<PageScore> scores = documents.parallelStream()
                .filter(d -> scoreAll || !jargon.isEmpty() || d.variant().kind() == Variant.Kind.EASY_READ)
                .map(d -> check(d, data.glossary(), jargon, limit, problems, scoreAll))
                .filter(s -> s != null)
                .sorted(Comparator.comparing(PageScore::source))
                .toList();
        return scores;
    }

    /**
     * One document's checks, as {@link #check(List, SiteData, Problems, boolean)} makes them: its score, if it is
     * scored; its problems are reported. The same for the same document and data, so it may be remembered.
     */
    public static Optional<PageScore> checkOne(Document d, SiteData data, Problems problems, boolean scoreAll) {
        List<Glossary.Entry> jargon = data.glossary().entries().stream().filter(Glossary.Entry::isJargon).toList();
        if (!(scoreAll || !jargon.isEmpty() || d.variant().kind() == Variant.Kind.EASY_READ)) {
            return Optional.empty();
        }
        return Optional.ofNullable(check(d, data.glossary(), jargon, data.site().smogLimit(), problems, scoreAll));
    }

    static PageScore check(Document doc, Glossary glossary, List<Glossary.Entry> jargon, double limit, Problems problems, boolean scoreIt) {
        Variant variant = doc.variant();
        boolean english = variant.language().map(l -> l.startsWith("en")).orElse(true);
        if (!english) {
            return null;
        }
        boolean easyRead = variant.kind() == Variant.Kind.EASY_READ;
        // Once: a text kept in its file (a very large site) is read from it each time it is asked for.
        String markdown = doc.body().markdown();
        // The summary, "you said", "we did", an outcome: read as the text is, where there is something to find in them.
        List<ContentKind.Passage> passages = doc.passages().stream()
                .filter(p -> easyRead || jargon.stream().anyMatch(e -> mentions(p.markdown(), e.stem()))).toList();
        if (!scoreIt && !easyRead && passages.isEmpty() && jargon.stream().noneMatch(e -> mentions(markdown, e.stem()))) {
            return null; // a build checks this page for jargon only, and it has none: no need to read it
        }
        String source = doc.source();
        PlainText.Text text = PlainText.of(source, markdown, doc.body().firstLine());
        jargon(text, jargon, source, easyRead, problems);
        List<PlainText.Text> more = passages.stream().map(p -> PlainText.of(source, p.markdown(), p.firstLine())).toList();
        more.forEach(t -> jargon(t, jargon, source, easyRead, problems));
        if (easyRead) {
            easyRead(doc, text, more, glossary, problems);
        }
        if (!scoreIt) {
            return null;
        }
        Readability.Score score = Readability.of(text.sentenceTexts());
        if (score.words() < MIN_WORDS_FOR_SCORE) {
            return null;
        }
        if (!easyRead && score.smog() > limit) {
            problems.warning(new Position(source, doc.body().firstLine(), 1), String.format(Locale.UK,
                            "this page is hard to read: its SMOG grade is %.1f (a reading age of about %.0f), above the "
                                    + "site's limit of %.0f. Flesch-Kincaid grade: %.1f.", score.smog(), score.smogAge(), limit,
                            score.fleschKincaid()),
                    "Use shorter sentences and everyday words: most sentences under 20 words, and words of one or two "
                            + "syllables where you can. Words like 'consultation' are fine when they are the right word.");
        }
        return new PageScore(source, score);
    }

    /**
     * Whether {@code term} is anywhere in {@code markdown}, in any case, even inside a word: every word a reader
     * reads is written in the Markdown, so a term not in it cannot be in what the reader reads.
     */
    static boolean mentions(String markdown, String term) {
        int n = term.length();
        for (int i = 0; i + n <= markdown.length(); i++) {
            if (markdown.regionMatches(true, i, term, 0, n)) {
                return true;
            }
        }
        return false;
    }

    private static void jargon(PlainText.Text text, List<Glossary.Entry> jargon, String source, boolean easyRead, Problems problems) {
        for (Glossary.Entry e : jargon) {
            for (PlainText.Sentence s : text.sentences()) {
                if (e.word().matcher(s.text()).find()) {
                    String message = "'" + e.term() + "' is jargon (" + e.meaning() + ").";
                    String fix = "Say \"" + e.instead().get() + "\" instead.";
                    if (easyRead) {
                        problems.error(new Position(source, s.line(), 1), message, fix);
                    } else {
                        problems.warning(new Position(source, s.line(), 1), message, fix);
                    }
                    break;
                }
            }
        }
    }

    private static void easyRead(Document doc, PlainText.Text text, List<PlainText.Text> more, Glossary glossary, Problems problems) {
        String source = doc.source();
        List<PlainText.Sentence> sentences = new ArrayList<>(text.sentences());
        more.forEach(t -> sentences.addAll(t.sentences()));
        for (PlainText.Sentence s : sentences) {
            int words = s.words();
            if (words > EASY_READ_MAX_WORDS) {
                problems.error(new Position(source, s.line(), 1), "this easy-read sentence has " + words + " words; easy read "
                        + "allows at most " + EASY_READ_MAX_WORDS + ".", "Split it into two or three short sentences, one idea each.");
            } else if (words > EASY_READ_WARN_WORDS) {
                problems.warning(new Position(source, s.line(), 1), "this easy-read sentence has " + words + " words; easy read "
                        + "sentences are best kept to " + EASY_READ_WARN_WORDS + " or fewer.", "Split it, or cut words that are not needed.");
            }
        }
        Set<String> explained = new HashSet<>(text.defined());
        more.forEach(t -> explained.addAll(t.defined()));
        glossary.entries().stream().filter(Glossary.Entry::isAbbreviation).forEach(e -> explained.add(e.term()));
        Set<String> reported = new HashSet<>();
        for (PlainText.Sentence s : sentences) {
            List<MatchResult> found = ABBREVIATION.matcher(s.text()).results().toList();
            for (int i = 0; i < found.size(); i++) {
                int last = capitalsRun(s.text(), found, i, explained);
                if (last > i) {
                    inCapitals(s.text().substring(found.get(i).start(), found.get(last).end()), source, s.line(), problems);
                    i = last;
                    continue;
                }
                MatchResult m = found.get(i);
                String abbr = m.group();
                String bare = bare(abbr);
                if (!needsExplaining(s.text(), m, explained)) {
                    continue;
                }
                if (AbbreviationExpanded.spelledOutBeside(s.text(), m.start(), m.end())) {
                    explained.add(bare); // "PALS (the Patient Advice and Liaison Service)": explained for the rest of the page
                    continue;
                }
                if (!reported.add(bare)) {
                    continue;
                }
                problems.error(new Position(source, s.line(), 1), "'" + abbr + "' is an abbreviation that easy-read readers may not know, "
                                + "and it is not explained.",
                        "Write the words in full, or explain it: add a line such as *[" + bare + "]: what it stands for, "
                                + "or add it to content/_data/glossary.yml so it appears in the hard words list.");
            }
        }
        for (PlainText.Picture p : text.pictures()) {
            if (ImageAlt.isBlank(p.alt())) { // as the build's check of every page's pictures
                problems.error(new Position(source, p.line(), 1), "the picture " + p.file() + " has no description.",
                        "Describe what the picture shows between the square brackets: ![A nurse talking to a patient](" + p.file() + ")");
            }
        }
        int pages = (int) Math.ceil(text.words() / (double) EASY_READ_WORDS_PER_PAGE);
        if (pages > EASY_READ_MAX_PAGES) {
            problems.warning(new Position(source, doc.body().firstLine(), 1), "this easy-read version would print on about " + pages
                            + " pages; easy-read documents are best kept to " + EASY_READ_MAX_PAGES + " pages or fewer.",
                    "Keep only what readers need to know to take part, and link to the full version for the rest.");
        }
    }

    /** "CCGs" is the plural of "CCG". */
    private static String bare(String abbr) {
        return abbr.endsWith("s") ? abbr.substring(0, abbr.length() - 1) : abbr;
    }

    /**
     * Whether capitals found in {@code text} are an abbreviation the reader is not yet told about: not one of the words
     * written in capitals that are not abbreviations, not part of a postcode, not explained on the page or in the glossary.
     */
    private static boolean needsExplaining(String text, MatchResult m, Set<String> explained) {
        String abbr = m.group();
        String bare = bare(abbr);
        if (NOT_ABBREVIATIONS.contains(bare) || explained.contains(abbr) || explained.contains(bare)) {
            return false;
        }
        // Only an outward code has a digit ("NS1"), so only then is the rest of the sentence looked at.
        return abbr.chars().noneMatch(Character::isDigit)
                || !Postcodes.UK.matcher(text).region(m.start(), text.length()).lookingAt();
    }

    /**
     * The last of the capitals found from {@code first} on that follow each other with only spaces between and that are
     * none of them an abbreviation the reader is told about: "DO NOT" is emphasis, where "NHS PALS" is two abbreviations.
     * {@code first} itself when it stands alone.
     */
    private static int capitalsRun(String text, List<MatchResult> found, int first, Set<String> explained) {
        int last = first;
        while (last + 1 < found.size() && needsExplaining(text, found.get(last), explained)
                && needsExplaining(text, found.get(last + 1), explained)
                && text.substring(found.get(last).end(), found.get(last + 1).start()).isBlank()) {
            last++;
        }
        return last;
    }

    /** Words in capitals for emphasis ("Please DO NOT come"): harder to read, and some screen readers spell them out. */
    private static void inCapitals(String words, String source, int line, Problems problems) {
        problems.warning(new Position(source, line, 1), "'" + words + "' is in capitals: words in capitals are harder to read.",
                "Write them in small letters, in bold if they matter: **" + words.toLowerCase(Locale.UK) + "**.");
    }

    /**
     * The hard words of an easy-read page and what they mean: the glossary terms it uses, in the order of the glossary,
     * then the abbreviations it explains itself ({@code *[PALS]: ...}), which are otherwise only a tooltip that phone and
     * most screen-reader users never get. Its words wherever the page shows them: the text, the summary, "you said" and
     * "we did".
     */
    public static Map<String, String> hardWords(Document doc, Glossary glossary) {
        StringBuilder words = new StringBuilder(doc.body().markdown());
        doc.passages().forEach(p -> words.append("\n\n").append(p.markdown()));
        Map<String, String> out = new LinkedHashMap<>();
        for (Glossary.Entry e : glossary.entries()) {
            if (e.word().matcher(words).find()) {
                out.put(e.term(), e.meaning());
            }
        }
        for (PlainText.Text t : texts(doc)) {
            t.meanings().forEach(out::putIfAbsent);
        }
        return out;
    }

    /** The texts of a page the reader reads: its body, then its summary, "you said", "we did" and outcome. */
    private static List<PlainText.Text> texts(Document doc) {
        List<PlainText.Text> out = new ArrayList<>();
        out.add(PlainText.of(doc.source(), doc.body().markdown(), doc.body().firstLine()));
        doc.passages().forEach(p -> out.add(PlainText.of(doc.source(), p.markdown(), p.firstLine())));
        return out;
    }
}
