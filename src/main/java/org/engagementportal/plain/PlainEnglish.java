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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementportal.checks.AbbreviationExpanded;
import org.engagementportal.checks.ImageAlt;
import org.engagementportal.config.Glossary;
import org.engagementportal.config.SiteData;
import org.engagementportal.content.ContentKind;
import org.engagementportal.content.Document;
import org.engagementportal.content.Variant;
import org.engagementportal.source.Excerpt;
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
        Jargon jargon = Jargon.of(data);
        List<PageScore> scores = documents.parallelStream()
                .filter(d -> scoreAll || !jargon.entries().isEmpty() || d.variant().kind() == Variant.Kind.EASY_READ)
                .map(d -> check(d, data.glossary(), jargon, limit, problems, scoreAll))
                .filter(s -> s != null)
                .sorted(Comparator.comparing(PageScore::source))
                .toList();
        return scores;
    }

    /**
     * One document's checks, as {@link #check(List, SiteData, Problems, boolean)} makes them: its score, if it is
     * scored; its problems are reported. The same for the same document and data, so it may be remembered.
     *
     * @param jargon {@link Jargon#of} the same data, worked out once for all the documents checked
     */
    public static Optional<PageScore> checkOne(Document d, SiteData data, Jargon jargon, Problems problems, boolean scoreAll) {
        if (!(scoreAll || !jargon.entries().isEmpty() || d.variant().kind() == Variant.Kind.EASY_READ)) {
            return Optional.empty();
        }
        return Optional.ofNullable(check(d, data.glossary(), jargon, data.site().smogLimit(), problems, scoreAll));
    }

    /**
     * The glossary's jargon, and the names the site gives its own things (a bulletin series, a committee, a topic, an area,
     * a group) that hold some: "Stakeholder briefing" is the name of the briefing, which readers see as a name, and which a
     * comms officer cannot write in other words in every sentence that names it (portal new's summary of a new bulletin
     * names its series). Worked out once for the site's data, not for each page.
     */
    public record Jargon(List<Glossary.Entry> entries, List<String> names) {
        public static Jargon of(SiteData data) {
            List<Glossary.Entry> jargon = data.glossary().entries().stream().filter(Glossary.Entry::isJargon).toList();
            var v = data.vocabulary();
            List<String> names = java.util.stream.Stream.of(v.series(), v.committees(), v.topics(), v.areas(), v.groups())
                    .flatMap(List::stream).map(org.engagementportal.config.Term::name)
                    .filter(n -> jargon.stream().anyMatch(e -> e.word().matcher(n).find())).distinct().toList();
            return new Jargon(jargon, names);
        }
    }

    static PageScore check(Document doc, Glossary glossary, Jargon own, double limit, Problems problems, boolean scoreIt) {
        List<Glossary.Entry> jargon = own.entries();
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
        Read body = new Read(text, new Where(source, markdown, doc.body().firstLine(), text.sentences()));
        // A passage's lines sit in the front matter, indented or after their field's name: its words' columns are not its own.
        List<Read> all = new ArrayList<>(List.of(body));
        passages.forEach(p -> all.add(new Read(PlainText.of(source, p.markdown(), p.firstLine()), new Where(source, null, 0, List.of()))));
        all.forEach(r -> jargon(r, jargon, own.names(), easyRead, problems));
        if (easyRead) {
            easyRead(doc, all, glossary, problems);
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

    /** How many of a text's sentences with the same jargon are told one by one; the rest are counted in the last message. */
    static final int JARGON_TOLD = 10;

    /**
     * Jargon, at each sentence that uses it, where in the sentence it is: up to {@link #JARGON_TOLD} sentences, the last of
     * them saying how many more use it below (a page with a word on every line is not thousands of messages).
     */
    private static void jargon(Read read, List<Glossary.Entry> jargon, List<String> names, boolean easyRead, Problems problems) {
        for (Glossary.Entry e : jargon) {
            List<PlainText.Sentence> sentences = read.text().sentences();
            int told = 0;
            for (int i = 0; i < sentences.size() && told < JARGON_TOLD; i++) {
                PlainText.Sentence s = sentences.get(i);
                Optional<String> used = used(e, s.text(), names);
                if (used.isPresent()) {
                    told++;
                    Position at = read.where().of(s, used.get());
                    long more = told < JARGON_TOLD ? 0
                            : sentences.subList(i + 1, sentences.size()).stream().filter(x -> used(e, x.text(), names).isPresent()).count();
                    String message = "'" + e.term() + "' is jargon (" + e.meaning() + ")."
                            + (more == 0 ? "" : " It is used in " + more + (more == 1 ? " more sentence" : " more sentences") + " below.");
                    String fix = "Say \"" + e.instead().get() + "\" instead.";
                    if (easyRead) {
                        problems.error(at, message, fix);
                    } else {
                        problems.warning(at, message, fix);
                    }
                }
            }
        }
    }

    /**
     * The jargon as a sentence uses it, outside the site's own names ({@link Jargon#names}), and for an abbreviation not
     * explained in brackets beside it ("PPIs (medicines for heartburn)": another meaning than the glossary's); none if it
     * does not.
     */
    private static Optional<String> used(Glossary.Entry e, String sentence, List<String> names) {
        Matcher m = e.word().matcher(sentence);
        while (m.find()) {
            if (!withinName(sentence, m.start(), m.end(), names)
                    && !(e.isAbbreviation() && AbbreviationExpanded.spelledOutBeside(sentence, m.start(), m.end()))) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    private static boolean withinName(String sentence, int start, int end, List<String> names) {
        for (String name : names) {
            // Only a name that could hold the word, from where it would have to start: a search from the sentence's start
            // for each use made a long sentence of the names quadratic.
            for (int at = sentence.indexOf(name, Math.max(0, end - name.length())); at >= 0 && at <= start;
                    at = sentence.indexOf(name, at + 1)) {
                if (end <= at + name.length()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void easyRead(Document doc, List<Read> reads, Glossary glossary, Problems problems) {
        PlainText.Text text = reads.get(0).text();
        for (Read r : reads) {
            for (PlainText.Sentence s : r.text().sentences()) {
                sentenceLength(s, r.where(), problems);
            }
        }
        Set<String> explained = new HashSet<>();
        reads.forEach(r -> explained.addAll(r.text().defined()));
        glossary.entries().stream().filter(Glossary.Entry::isAbbreviation).forEach(e -> explained.add(e.term()));
        Set<String> reported = new HashSet<>();
        for (Read r : reads) {
            for (PlainText.Sentence s : r.text().sentences()) {
                abbreviations(s, r.where(), explained, reported, glossary.unread(), problems);
            }
        }
        String source = doc.source();
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

    /** An easy-read sentence's length: a sentence over 15 words warns, over 20 stops the build. */
    private static void sentenceLength(PlainText.Sentence s, Where where, Problems problems) {
        int words = s.words();
        if (words > EASY_READ_WARN_WORDS) {
            // Quoted and placed where it starts: a line of a long paragraph may hold several sentences.
            Position at = where.of(s, s.text().split(" ", 2)[0]);
            String sentence = "this easy-read sentence, \"" + firstWords(s.text()) + "\", has " + words + " words; easy read ";
            if (words > EASY_READ_MAX_WORDS) {
                problems.error(at, sentence + "allows at most " + EASY_READ_MAX_WORDS + ".",
                        "Split it into two or three short sentences, one idea each.");
            } else {
                problems.warning(at, sentence + "sentences are best kept to " + EASY_READ_WARN_WORDS + " or fewer.",
                        "Split it, or cut words that are not needed.");
            }
        }
    }

    /** The first words of a sentence, enough for a comms officer to find it. */
    private static String firstWords(String sentence) {
        if (sentence.length() <= 50) {
            return Excerpt.of(sentence, 50); // which shows hidden and control characters, as the longer ones do
        }
        int end = sentence.lastIndexOf(' ', 47);
        return Excerpt.of(sentence.substring(0, end > 0 ? end : 47), 50) + "...";
    }

    /**
     * The capitals in an easy-read sentence: an abbreviation not explained (once a page), or words in capitals for
     * emphasis.
     */
    private static void abbreviations(PlainText.Sentence s, Where where, Set<String> explained, Set<String> reported,
                                      boolean glossaryUnread,
                                      Problems problems) {
        List<MatchResult> found = ABBREVIATION.matcher(s.text()).results().toList();
        int noWordsUntil = -1; // the end of a run of capitals found to hold no ordinary word: each start in it gives itself
        for (int i = 0; i < found.size(); i++) {
            MatchResult m = found.get(i);
            String abbr = m.group();
            String bare = bare(abbr);
            if (bare.equals("FREEPOST")) {
                i = afterFreepost(s.text(), found, i);
                continue;
            }
            int last = i;
            if (i > noWordsUntil) {
                int end = runEnd(s.text(), found, i, explained);
                if (anyOrdinaryWord(found, i, end)) {
                    last = end;
                } else {
                    noWordsUntil = end; // "ICB ICB ICB ...": the run was walked again from each of its words
                }
            }
            if (last > i || needsExplaining(s.text(), m, explained) && ordinaryWord(bare)) {
                String words = s.text().substring(m.start(), found.get(last).end());
                inCapitals(words, where.of(s, words), problems);
                i = last;
                continue;
            }
            if (!needsExplaining(s.text(), m, explained) || reported.contains(bare)) {
                continue;
            }
            if (AbbreviationExpanded.spelledOutBeside(s.text(), m.start(), m.end())) {
                explained.add(bare); // "PALS (the Patient Advice and Liaison Service)": explained for the rest of the page
                continue;
            }
            reported.add(bare);
            if (glossaryUnread) {
                continue; // the glossary, which may explain it, has a mistake told at it: not told again at every page
            }
            problems.error(where.of(s, abbr), "'" + abbr + "' is an abbreviation that easy-read readers may not know, "
                            + "and it is not explained.",
                    "Write the words in full, or explain it: add a line such as *[" + bare + "]: what it stands for, "
                            + "or add it to content/_data/glossary.yml so it appears in the hard words list.");
        }
    }

    /**
     * Ordinary words people write in capitals for emphasis ("Please do NOT come"), which a reader does not need explained;
     * and any word in capitals of seven letters or more ("CLOSED"), longer than abbreviations are.
     */
    private static final Set<String> EMPHASIS = Set.of("NOT", "DO", "DON", "NO", "ONLY", "MUST", "ALL", "FREE", "NEW", "NEVER",
            "ALWAYS", "PLEASE", "NOW", "YOU", "YOUR", "STOP", "READ", "THIS", "AND", "OR", "THE", "WILL", "CAN", "CANNOT", "HELP");

    private static boolean ordinaryWord(String bare) {
        return EMPHASIS.contains(bare) || bare.length() >= 7;
    }

    /**
     * The last of the capitals found after a FREEPOST, up to a comma or the sentence's end: Royal Mail's licence code or
     * the name it goes with ("FREEPOST RTKX-ZBCE-JHTL", "FREEPOST NORTHSHIRE ICB"), part of an address to copy as it is.
     */
    private static int afterFreepost(String text, List<MatchResult> found, int freepost) {
        int comma = text.indexOf(',', found.get(freepost).end());
        int until = comma < 0 ? text.length() : comma;
        int last = freepost;
        while (last + 1 < found.size() && found.get(last + 1).start() < until) {
            last++;
        }
        return last;
    }

    /** An easy-read page's text, or a passage of it: its sentences, and where their words are in its file. */
    private record Read(PlainText.Text text, Where where) {
    }

    /**
     * Where a text is in its file: {@code markdown}, from line {@code firstLine}, or null when its lines are not the file's
     * as written (a front matter passage, indented or after its field's name), which gives a sentence's line alone.
     * Asked once for each problem reported, which on a hostile page can be every sentence of thousands: so the lines'
     * starts are found once, and words are looked for only near where their sentence's line starts.
     */
    private static final class Where {
        /** How far from its line's start a sentence's words are looked for: a long paragraph's line, not the whole text. */
        private static final int NEAR = 4_000;
        private final String source;
        private final String markdown;
        private final int firstLine;
        private final List<PlainText.Sentence> sentences;
        private int[] lineStarts;
        /** Where each sentence starts in the text, found as asked: -1 not found, {@link #UNKNOWN} not yet looked for. */
        private int[] sentenceStarts;
        private java.util.IdentityHashMap<PlainText.Sentence, Integer> indexes;
        private static final int UNKNOWN = -2;

        Where(String source, String markdown, int firstLine, List<PlainText.Sentence> sentences) {
            this.source = source;
            this.markdown = markdown;
            this.firstLine = firstLine;
            this.sentences = sentences;
        }

        /**
         * The place of {@code words} of sentence {@code s}: their first use as a whole word from where the sentence starts,
         * in any case ("**QIPP**" and "_QIPP_" hold "QIPP"). Looked for only when a problem is reported; the sentence's line
         * when they cannot be found as written (a word broken over two lines).
         */
        Position of(PlainText.Sentence s, String words) {
            Integer k = markdown == null ? null : indexes().get(s);
            int sentence = k == null ? -1 : sentenceStart(k);
            int at = sentence < 0 ? -1 : find(sentence, sentence + NEAR, words);
            if (at < 0) {
                return new Position(source, s.line(), 1);
            }
            int lineNo = s.line();
            int[] starts = lineStarts();
            while (lineNo - firstLine + 1 < starts.length && starts[lineNo - firstLine + 1] <= at) {
                lineNo++;
            }
            return new Position(source, lineNo, at - starts[lineNo - firstLine] + 1);
        }

        private java.util.IdentityHashMap<PlainText.Sentence, Integer> indexes() {
            if (indexes == null) {
                indexes = new java.util.IdentityHashMap<>();
                for (int i = 0; i < sentences.size(); i++) {
                    indexes.put(sentences.get(i), i);
                }
                sentenceStarts = new int[sentences.size()];
                java.util.Arrays.fill(sentenceStarts, UNKNOWN);
            }
            return indexes;
        }

        /**
         * Where sentence {@code k} starts: its first word, from its line's start, or after the start of the sentence before
         * it when that one starts on the same line ("Our stakeholders met. Stakeholders said yes." has two). The sentences
         * of a line are placed in order, each once.
         */
        private int sentenceStart(int k) {
            int first = k;
            while (first > 0 && sentenceStarts[first] == UNKNOWN && sentences.get(first - 1).line() == sentences.get(k).line()) {
                first--;
            }
            for (int i = first; i <= k; i++) {
                if (sentenceStarts[i] != UNKNOWN) {
                    continue;
                }
                PlainText.Sentence s = sentences.get(i);
                int from = lineStart(s.line());
                if (from >= 0 && i > 0 && sentences.get(i - 1).line() == s.line() && sentenceStarts[i - 1] >= 0) {
                    from = after(sentenceStarts[i - 1], sentences.get(i - 1).text());
                }
                sentenceStarts[i] = from < 0 ? -1 : find(from, from + NEAR, s.text().split(" ", 2)[0]);
            }
            return sentenceStarts[k];
        }

        /** Where line {@code lineNo} of the file starts in the text, or -1. */
        private int lineStart(int lineNo) {
            if (markdown == null || lineNo < firstLine || lineNo - firstLine >= lineStarts().length) {
                return -1;
            }
            return lineStarts()[lineNo - firstLine];
        }

        /** Where each of the text's lines starts, found on the first problem's place. */
        private int[] lineStarts() {
            if (lineStarts == null) {
                List<Integer> starts = new ArrayList<>(List.of(0));
                for (int i = markdown.indexOf('\n'); i >= 0; i = markdown.indexOf('\n', i + 1)) {
                    starts.add(i + 1);
                }
                lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            }
            return lineStarts;
        }

        /**
         * Where the sentence {@code text} that starts at {@code start} ends: after its last word as written, or just after
         * its start when that is written otherwise (in bold, say).
         */
        private int after(int start, String text) {
            String last = text.substring(text.lastIndexOf(' ') + 1);
            int at = find(start, start + NEAR, last);
            return at < 0 ? start + 1 : at + last.length();
        }

        /**
         * The first place from {@code from} and before {@code to} where {@code words} are written as a whole word (no letter
         * or digit on either side), in any case, or -1.
         */
        private int find(int from, int to, String words) {
            int last = Math.min(to, markdown.length() - words.length());
            for (int i = from; i <= last; i++) {
                if (markdown.regionMatches(true, i, words, 0, words.length())
                        && (i == 0 || !Character.isLetterOrDigit(markdown.charAt(i - 1)))
                        && (i + words.length() == markdown.length() || !Character.isLetterOrDigit(markdown.charAt(i + words.length())))) {
                    return i;
                }
            }
            return -1;
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
     * none of them an abbreviation the reader is told about; {@link #anyOrdinaryWord} decides whether the run is emphasis.
     */
    private static int runEnd(String text, List<MatchResult> found, int first, Set<String> explained) {
        int last = first;
        while (last + 1 < found.size() && needsExplaining(text, found.get(last), explained)
                && needsExplaining(text, found.get(last + 1), explained)
                && text.substring(found.get(last).end(), found.get(last + 1).start()).isBlank()) {
            last++;
        }
        return last;
    }

    /** "CQC PPG" is two abbreviations side by side; "DO NOT" and "CLOSED ON MONDAYS" are words in capitals. */
    private static boolean anyOrdinaryWord(List<MatchResult> found, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (ordinaryWord(bare(found.get(i).group()))) {
                return true;
            }
        }
        return false;
    }

    /** Words in capitals for emphasis ("Please DO NOT come"): harder to read, and some screen readers spell them out. */
    private static void inCapitals(String words, Position at, Problems problems) {
        problems.warning(at, "'" + words + "' is in capitals: words in capitals are harder to read.",
                "Write them in small letters, in bold if they matter: **" + words.toLowerCase(Locale.UK) + "**.");
    }

    /**
     * The hard words of an easy-read page and what they mean: the glossary terms it uses, in the order of the glossary,
     * then the abbreviations it explains itself ({@code *[PALS]: ...}), which are otherwise only a tooltip that phone and
     * most screen-reader users never get. Its words as the reader sees them wherever the page shows them (the text, the
     * summary, "you said" and "we did", and its pictures' descriptions), not a hidden comment or a picture's file name.
     */
    public static Map<String, String> hardWords(Document doc, Glossary glossary) {
        List<PlainText.Text> texts = texts(doc);
        StringBuilder words = new StringBuilder();
        for (PlainText.Text t : texts) {
            t.sentences().forEach(s -> words.append(s.text()).append('\n'));
            t.pictures().forEach(p -> words.append(p.alt()).append('\n'));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Glossary.Entry e : glossary.entries()) {
            if (e.word().matcher(words).find()) {
                out.put(e.term(), e.meaning());
            }
        }
        for (PlainText.Text t : texts) {
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
