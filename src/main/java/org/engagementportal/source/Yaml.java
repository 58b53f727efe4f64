package org.engagementportal.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads YAML (front matter and data files) into {@link YamlNode}s that keep their positions. YAML 1.2
 * rules apply, so {@code no} and {@code on} stay words rather than becoming true or false. Syntax errors
 * become problems explained in plain words.
 *
 * <p>The tree is built from the parser's events in a loop, not by recursion, so a value nested thousands
 * deep is reported ("nested too deeply") rather than overflowing the stack; repeated values
 * ({@code &anchor} and {@code *alias}), which can make a small file expand into billions of values, are
 * reported instead of expanded; and YAML over {@link Limits#YAML_BYTES} is not read at all.
 */
public final class Yaml {
    /** Immutable, so shared by every parse; positions are made ours as the tree is built. */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(true) // we report duplicates ourselves, with both positions
            .build();

    private Yaml() {
    }

    /**
     * Parses {@code yaml}, which starts at {@code firstLine} (1-based) of {@code source}.
     *
     * @return the root node, or empty when the text is empty or not valid YAML (then a problem is added)
     */
    public static Optional<YamlNode> parse(SourceText source, String yaml, int firstLine, Problems problems) {
        return parse(source, yaml, firstLine, problems, Kind.FRONT_MATTER);
    }

    /**
     * Parses a whole YAML file, such as a data file in content/_data/.
     *
     * @return the root value, or empty when the file is empty or not valid YAML (then a problem is added)
     */
    public static Optional<YamlNode> parseFile(SourceText source, Problems problems) {
        return parse(source, source.text(), 1, problems, Kind.DATA_FILE);
    }

    /**
     * Parses a whole JSON file, such as one the portal wrote itself. JSON is part of YAML 1.2, so the same reader
     * gives every value its line and column, and its limits apply; syntax errors are explained as JSON's.
     *
     * @return the root value, or empty when the file is empty or not valid JSON (then a problem is added)
     */
    public static Optional<YamlNode> parseJson(SourceText source, Problems problems) {
        return parse(source, source.text(), 1, problems, Kind.JSON);
    }

    /** What is being read, for the words of its messages. */
    private enum Kind {
        FRONT_MATTER, DATA_FILE, JSON
    }

    private static Optional<YamlNode> parse(SourceText source, String yaml, int firstLine, Problems problems, Kind kind) {
        if (yaml.length() > Limits.YAML_BYTES) {
            problems.error(new Position(source.file(), firstLine, 1), kind != Kind.FRONT_MATTER
                            ? "this file is " + Limits.describe(yaml.length()) + " long, more than the "
                            + Limits.describe(Limits.YAML_BYTES) + " the portal reads."
                            : "the settings between the --- lines are " + Limits.describe(yaml.length()) + " long, more than the "
                            + Limits.describe(Limits.YAML_BYTES) + " the portal reads.",
                    kind != Kind.FRONT_MATTER ? "Check it is the right file."
                            : "Keep the settings short and move long text into the page itself, below the second --- line.");
            return Optional.empty();
        }
        String notValid = switch (kind) {
            case FRONT_MATTER -> "the front matter cannot be read from here: ";
            case DATA_FILE -> "this file cannot be read from here: ";
            case JSON -> "this file is not valid JSON: ";
        };
        try {
            return new TreeBuilder(source.file(), firstLine, problems, kind == Kind.FRONT_MATTER ? yaml : null)
                    .build(new Parse(SETTINGS).parseString(yaml));
        } catch (MarkedYamlEngineException e) {
            if (unusable(source, yaml, firstLine, problems, kind) || noBreakSpace(source, yaml, firstLine, problems, kind, e)
                    || noColon(source, yaml, firstLine, problems, kind, e) || overIndented(source, yaml, firstLine, problems, kind, e)) {
                return Optional.empty();
            }
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            Position at = mark == null
                    ? new Position(source.file(), firstLine, 1)
                    : new Position(source.file(), firstLine + mark.getLine(), mark.getColumn() + 1);
            String line = mark == null ? "" : yaml.lines().skip(mark.getLine()).findFirst().orElse("");
            Optional<Position> opened = kind == Kind.JSON || mark == null ? Optional.empty() : unclosedQuote(yaml, mark.getLine())
                    .map(l -> new Position(source.file(), firstLine + l, yaml.lines().skip(l).findFirst().orElse("").indexOf('"') + 1));
            if (opened.isPresent()) {
                problems.error(opened.get(), "the quote mark that starts this value is not closed on this line, so the value runs "
                        + "on into the lines below.", "Add the closing \" at the end of the value, on this line.");
                return Optional.empty();
            }
            Optional<Unquoted> quote = kind == Kind.JSON || mark == null ? Optional.empty() : needsQuotes(line, mark.getColumn())
                    .or(() -> colonInValue(line, mark.getColumn(), e.getProblem()));
            Optional<Mark> opening = e.getContextMark().filter(c -> kind != Kind.JSON && e.getContext() != null
                    && e.getContext().contains("flow") && mark != null && c.getLine() < mark.getLine());
            if (quote.isEmpty() && opening.isPresent()) {
                int l = opening.get().getLine();
                quote = neverClosed(yaml.lines().skip(l).findFirst().orElse(""), opening.get().getColumn());
                if (quote.isPresent()) {
                    problems.error(new Position(source.file(), firstLine + l, quote.get().column()), quote.get().message(),
                            quote.get().fix());
                    return Optional.empty();
                }
            }
            if (quote.isPresent()) {
                problems.error(new Position(source.file(), firstLine + mark.getLine(), quote.get().column()), quote.get().message(),
                        quote.get().fix());
                return Optional.empty();
            }
            problems.error(at, notValid + (kind == Kind.JSON ? e.getProblem() : inWords(e.getProblem())), kind != Kind.JSON && CURLY.matcher(line).find()
                    && e.getProblem().contains("mapping values are not allowed") ? CURLY_ADVICE : switch (kind) {
                case FRONT_MATTER -> adviceFor(e.getProblem(), "the front matter");
                case DATA_FILE -> adviceFor(e.getProblem(), "this file");
                case JSON -> JSON_ADVICE;
            });
            return Optional.empty();
        } catch (YamlEngineException e) {
            if (unusable(source, yaml, firstLine, problems, kind)) {
                return Optional.empty();
            }
            problems.error(new Position(source.file(), firstLine, 1), notValid + (kind == Kind.JSON ? e.getMessage()
                    : "something in it is not written as the portal expects."), switch (kind) {
                case FRONT_MATTER -> "Check the lines between the --- markers for indentation and quotes.";
                case DATA_FILE -> "Check the file for indentation and quotes.";
                case JSON -> JSON_ADVICE;
            });
            return Optional.empty();
        }
    }

    /**
     * A character YAML does not allow (an invisible one pasted in: U+FFFE, a control character), reported where it is, by
     * its number, where the parser said "special characters are not allowed" at the start of the text. Only read when the
     * text did not parse.
     */
    private static boolean unusable(SourceText source, String yaml, int firstLine, Problems problems, Kind kind) {
        int line = 0;
        int column = 0;
        for (int i = 0; i < yaml.length(); i++) {
            int c = yaml.codePointAt(i);
            boolean printable = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
                    || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
            if (!printable) {
                problems.error(new Position(source.file(), firstLine + line, column + 1), String.format(
                        "this line has a character that cannot be used in %s: an invisible one, number U+%04X, pasted in with "
                        + "the text around it.", kind == Kind.FRONT_MATTER ? "the settings between the --- lines" : "this file", c),
                        "Delete the text around it (from the column shown) and type it again.");
                return true;
            }
            if (c == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
            if (c >= 0x10000) {
                i++;
            }
        }
        return false;
    }

    /**
     * A setting whose name has no colon after it ({@code title Dental care}): YAML reads it as the start of a value that
     * runs on into the next line, and fails there, at the next setting's colon, with words about "mapping values". Said
     * at the line without the colon, when the line before the failure is one at the same indent with no colon in it.
     */
    private static boolean noColon(SourceText source, String yaml, int firstLine, Problems problems, Kind kind,
                                   MarkedYamlEngineException e) {
        if (kind == Kind.JSON || e.getProblemMark().isEmpty()) {
            return false;
        }
        List<String> lines = yaml.lines().toList();
        int failed = e.getProblemMark().get().getLine();
        if (failed <= 0 || failed >= lines.size()) {
            return false;
        }
        String at = lines.get(failed);
        int indent = at.length() - at.stripLeading().length();
        if (!at.stripLeading().matches("[\\w-]+:(\\s.*)?")) {
            return false; // the failure is not at a setting of its own
        }
        int above = writtenAbove(lines, failed);
        if (above < 0) {
            return false;
        }
        String line = lines.get(above);
        String text = line.strip();
        if (line.length() - line.stripLeading().length() != indent || text.contains(":") || text.startsWith("-")
                || text.startsWith("\"") || text.startsWith("'") || !text.matches("[\\w-]+(\\s.*)?")) {
            return false;
        }
        // Only where it cannot be a value's words running on from the line before (a value may go on over lines): the first
        // line, or after a note or a setting with nothing after its colon (the start of a group).
        int before = above - 1;
        while (before >= 0 && lines.get(before).isBlank()) {
            before--;
        }
        if (before >= 0) {
            String previous = lines.get(before).strip();
            boolean groupStarts = previous.matches("(- )?[\\w-]+:") || previous.matches("(- )?[\\w-]+:\\s+#.*");
            if (!previous.startsWith("#") && !groupStarts && !previous.equals("---")) {
                return false;
            }
        }
        String name = text.split("\\s+", 2)[0];
        String value = text.length() > name.length() ? text.substring(name.length()).strip() : "";
        problems.error(new Position(source.file(), firstLine + above, indent + name.length() + 1),
                "there is no colon after '" + name + "', so it is read as words running on into the next line, not as a setting.",
                "Put a colon and a space after the setting's name: " + name + ":" + (value.isEmpty() ? "" : " " + value));
        return true;
    }

    /** The nearest line above {@code line} with something written on it, not a note (# ...); -1 if none. */
    private static int writtenAbove(List<String> lines, int line) {
        int above = line - 1;
        while (above >= 0 && (lines.get(above).isBlank() || lines.get(above).stripLeading().startsWith("#"))) {
            above--;
        }
        return above;
    }

    /**
     * A no-break space pasted from a word processor where YAML needs an ordinary one: after a setting's colon
     * ({@code title:\u00a0Dental access}, read as one run of words with no setting in it) or in a line's indent. The parser
     * fails lines later, in words about mappings; said here at the character, which looks like a space. Only read when
     * the text did not parse.
     */
    private static boolean noBreakSpace(SourceText source, String yaml, int firstLine, Problems problems, Kind kind,
                                        MarkedYamlEngineException e) {
        if (kind == Kind.JSON || e.getProblemMark().isEmpty()) {
            return false;
        }
        List<String> lines = yaml.lines().toList();
        int failed = Math.min(e.getProblemMark().get().getLine(), lines.size() - 1);
        int blockIndent = -1; // inside a block of text (| or >) whose lines are indented more than this: words, not settings
        for (int i = 0; i <= failed; i++) {
            String line = lines.get(i);
            int lineIndent = line.length() - line.stripLeading().length();
            if (blockIndent >= 0 && (line.isBlank() || lineIndent > blockIndent)) {
                continue;
            }
            blockIndent = BLOCK_OPENS.matcher(line).matches() ? lineIndent : -1;
            java.util.regex.Matcher m = NO_BREAK.matcher(line);
            if (m.find()) {
                boolean indent = m.group(1) != null;
                int column = (indent ? m.start(1) : m.start(2)) + 1;
                problems.error(new Position(source.file(), firstLine + i, column), "there is a no-break space here, pasted in from a "
                                + "word processor. It looks like a space, but " + (indent ? "a line's indent" : "the space after a setting's colon")
                                + " must be an ordinary one, so the lines from here cannot be read.",
                        "Delete the space (from the column shown) and type it again with the space bar.");
                return true;
            }
        }
        return false;
    }

    /** A setting whose value is a block of text on the lines below it ({@code body: |}, {@code summary: >-}). */
    private static final java.util.regex.Pattern BLOCK_OPENS = java.util.regex.Pattern.compile("^\\s*(?:-\\s+)?[A-Za-z_][\\w-]*:\\s+[|>][-+0-9]*\\s*(?:#.*)?$");

    /** A no-break space (or its narrow and figure kinds) in a line's indent, or right after a setting's name and colon. */
    private static final java.util.regex.Pattern NO_BREAK =
            java.util.regex.Pattern.compile("^(?:[ ]*([" + Excerpt.LOOKALIKE_SPACES + "][ " + Excerpt.LOOKALIKE_SPACES
                    + "]*)|\\s*(?:-\\s+)?[A-Za-z_][\\w-]*:([" + Excerpt.LOOKALIKE_SPACES + "]))");

    /**
     * A setting indented under one that has a value of its own ({@code summary: A test.} then {@code   reviewed: 2026-01-01}):
     * YAML reads it as more words of the value above, and fails at its colon with "mapping values are not allowed", whose
     * usual fix (quotes) is wrong here. It may as well be the value going on over a line with a colon in it
     * ({@code   pharmacies: tell us...}), where quotes are the fix: said at the line, with both mends.
     */
    private static boolean overIndented(SourceText source, String yaml, int firstLine, Problems problems, Kind kind,
                                        MarkedYamlEngineException e) {
        if (kind == Kind.JSON || e.getProblemMark().isEmpty() || !e.getProblem().contains("mapping values are not allowed")) {
            return false;
        }
        List<String> lines = yaml.lines().toList();
        int failed = e.getProblemMark().get().getLine();
        if (failed <= 0 || failed >= lines.size()) {
            return false;
        }
        java.util.regex.Matcher at = INDENTED_SETTING.matcher(lines.get(failed));
        if (!at.matches()) {
            return false;
        }
        int above = writtenAbove(lines, failed);
        java.util.regex.Matcher owner = above < 0 ? null : SETTING_VALUE.matcher(lines.get(above));
        if (owner == null || !owner.matches() || owner.group(3).startsWith("#") || owner.group(3).matches("[|>][-+0-9]*")) {
            return false;
        }
        int indent = lines.get(above).length() - lines.get(above).stripLeading().length();
        if (indent >= at.group(1).length()) {
            return false;
        }
        // Either a setting indented by mistake, or the value above going on over a line with a colon in it: both mends.
        problems.error(new Position(source.file(), firstLine + failed, 1), "this line is indented under '" + owner.group(2)
                        + "', which has a value of its own, so it reads as more words of that value; and its colon after '"
                        + at.group(2) + "' cannot be in a value without quotes.", "If '" + at.group(2) + "' is a setting of its own, "
                        + "take away the spaces at the start of the line, so that it starts where '" + owner.group(2) + "' does. If "
                        + "the line is more words of '" + owner.group(2) + "', put the whole of its value in double quotes.");
        return true;
    }

    /** A line that starts with spaces, then a setting's name and a colon. */
    private static final java.util.regex.Pattern INDENTED_SETTING = java.util.regex.Pattern.compile("^( +)([A-Za-z_][A-Za-z0-9_-]*):(?:\\s.*)?$");

    /** A value that starts with an opening curly quote, as a word processor types it (an apostrophe, ’, is not one). */
    private static final java.util.regex.Pattern CURLY = java.util.regex.Pattern.compile(":\\s+[\u201C\u2018]");
    private static final String CURLY_ADVICE = "Put the value in straight double quotes (\"), typed in the file itself: the "
            + "curly ones (\u201C \u201D) that word processors put in are not quotes to the portal. If the value has \" in it, "
            + "use straight single quotes (') around it instead.";

    private static final String JSON_ADVICE = "Check here for a missing comma, quote or bracket; a file that stops part-way "
            + "was cut short when it was saved.";

    /** Builds the tree from the parser's events with an explicit stack of the groups and lists still open. */
    private static final class TreeBuilder {
        private final String file;
        private final int firstLine;
        private final Problems problems;
        private final Deque<Open> open = new ArrayDeque<>();
        private YamlNode root;
        private int documents;
        private boolean failed;
        /** The front matter's text, to find a comment after a value on its line; null for data files and JSON. */
        private final String text;
        /** Whether the text has a # at all: most front matter has none, and is never split into lines. */
        private final boolean hasHash;
        private String[] lines;

        /** A group or list whose end has not been read yet. */
        private static final class Open {
            final boolean mapping;
            final Position at;
            final List<YamlNode> items = new ArrayList<>();
            final List<YamlNode.Entry> entries = new ArrayList<>();
            YamlNode key;

            Open(boolean mapping, Position at) {
                this.mapping = mapping;
                this.at = at;
            }
        }

        TreeBuilder(String file, int firstLine, Problems problems, String text) {
            this.file = file;
            this.firstLine = firstLine;
            this.problems = problems;
            this.text = text;
            this.hasHash = text != null && text.indexOf('#') >= 0;
        }

        /** A value in curly quotes (“Dental care”), which YAML keeps as part of it: published with the quotes, in silence. */
        private void warnOfCurlyQuotes(ScalarEvent event) {
            String v = event.getValue();
            // In front matter and in the settings files alike: "name: “NHS Example ICB”" put the quotes on every page.
            if (v.length() < 2 || "\u201C\u2018".indexOf(v.charAt(0)) < 0 || "\u201D\u2019".indexOf(v.charAt(v.length() - 1)) < 0) {
                return;
            }
            problems.warning(at(event), "this value is in curly quotes, which are published as part of it: "
                            + Excerpt.of(v, 60) + ".",
                    "Take the quotes out, or, if the value needs quotes (it has ': ' or ' #' in it), use straight double quotes (\").");
        }

        /**
         * A character no page can show, written in double quotes as an escape ("\\a", "\\x07", "\\u0007"; typed as it is, the
         * parser refuses it): the JSON Feed and the page kept it while RSS and Atom dropped it, so readers of each saw
         * another title. Tabs and line breaks are fine.
         */
        private void refuseEscapedControls(ScalarEvent event) {
            String v = event.getValue();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF') {
                    problems.error(at(event), String.format("this value has an invisible control character in it (number U+%04X), "
                                    + "written as an escape with a backslash in quotes; no page can show it, and feed readers would "
                                    + "each show the value differently.", (int) c),
                            "Remove the backslash and what follows it from the quoted value.");
                    return;
                }
            }
        }

        /** Values that are not words: dates and times, yes or no, numbers, ids and addresses without spaces. */
        private static final java.util.regex.Pattern NOT_WORDS = java.util.regex.Pattern.compile(
                "(?i:true|false|yes|no|on|off|null|~)|[0-9][0-9:.T+-]*|[a-z0-9_./:%~+-]*[-/._:0-9][a-z0-9_./:%~+-]*");

        /**
         * A value without quotes followed on its line by " #": YAML reads the rest as a comment and drops it, so
         * "title: Our #1 priority" was published as "Our". Warned about where what follows the # reads as the value going on.
         * Front matter without a # (nearly every file) is not split into lines at all.
         */
        private void warnOfCommentAfter(ScalarEvent event) {
            if (text == null || event.getValue().isEmpty() || !hasHash) {
                return;
            }
            Optional<Mark> end = event.getEndMark();
            if (end.isEmpty()) {
                return;
            }
            if (lines == null) {
                lines = text.split("\n", -1);
            }
            int line = end.get().getLine();
            if (line >= lines.length) {
                return;
            }
            String l = lines[line];
            int from = l.offsetByCodePoints(0, Math.min(end.get().getColumn(), l.codePointCount(0, l.length())));
            String rest = l.substring(from);
            int hash = rest.indexOf('#');
            if (hash < 0 || !rest.substring(0, hash).isBlank()) {
                return;
            }
            String lost = rest.substring(hash).strip();
            // A note is "# words", with a space; "#1" or "#NHSNorthshire" is the value going on. And a value that is not
            // words (a date, yes or no, a number, an id or address) is never lost words, and quoting it would break it.
            if (lost.length() < 2 || Character.isWhitespace(lost.codePointAt(1)) || lost.charAt(1) == '#'
                    || NOT_WORDS.matcher(event.getValue()).matches()) {
                return;
            }
            problems.warning(new Position(file, firstLine + line, from + hash + 1), "'" + Excerpt.of(lost, 60) + "' is left out: "
                            + "after a space, # starts a note that is not published, so this value is only '"
                            + Excerpt.of(event.getValue(), 60) + "'.",
                    "If the words after # belong to the value, put the whole value in double quotes: \""
                            + Excerpt.of(event.getValue() + " " + lost, 80) + "\". If it is a note, put it on a line of its own.");
        }

        Optional<YamlNode> build(Iterable<Event> events) {
            for (Event event : events) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            problems.error(at(event), "the settings hold a second YAML document here.",
                                    "Remove the line with --- or ... and what follows it, or move it into the page text.");
                            return Optional.empty();
                        }
                    }
                    case Scalar -> add(scalar((ScalarEvent) event));
                    case Alias -> {
                        problems.error(at(event), "'*' repeats a value marked elsewhere with '&', which the portal does not read.",
                                "Write the value out in full where it is needed.");
                        failed = true;
                        add(new YamlNode.Scalar("", true, true, at(event)));
                    }
                    case SequenceStart, MappingStart -> {
                        if (open.size() >= Limits.YAML_NESTING) {
                            problems.error(at(event), "the settings are nested more than " + Limits.YAML_NESTING
                                    + " levels deep here.", "Settings are groups and lists a few levels deep at most: "
                                    + "check the indentation and the brackets.");
                            return Optional.empty();
                        }
                        open.push(new Open(event.getEventId() == Event.ID.MappingStart, at(event)));
                    }
                    case SequenceEnd, MappingEnd -> {
                        Open done = open.pop();
                        add(done.mapping ? new YamlNode.Mapping(done.entries, done.at) : new YamlNode.Sequence(done.items, done.at));
                    }
                    default -> {
                        // stream and document ends, comments: nothing to keep
                    }
                }
            }
            return failed ? Optional.empty() : Optional.ofNullable(root);
        }

        private Position at(Event event) {
            return event.getStartMark()
                    .map(m -> new Position(file, firstLine + m.getLine(), m.getColumn() + 1))
                    .orElse(new Position(file, firstLine, 1));
        }

        private YamlNode.Scalar scalar(ScalarEvent event) {
            boolean plain = event.getScalarStyle() == ScalarStyle.PLAIN;
            // As the composer resolves a scalar's type: an explicit tag wins, else YAML 1.2's rules for its text.
            // The tag is compared as written: snakeyaml's Tag refuses some text ("!<%20x>") with an exception.
            Optional<String> written = event.getTag().filter(t -> !t.equals("!"));
            boolean nullTag = written.isPresent() ? written.get().equals(Tag.NULL.getValue())
                    : Tag.NULL.equals(SETTINGS.getSchema().getScalarResolver()
                            .resolve(event.getValue(), event.getImplicit().canOmitTagInPlainScalar()));
            boolean isNull = plain && nullTag;
            if (plain) {
                warnOfCommentAfter(event);
                warnOfCurlyQuotes(event);
            } else if (event.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED) {
                refuseEscapedControls(event);
            }
            return new YamlNode.Scalar(event.getValue(), plain, isNull, at(event),
                    event.getScalarStyle() == ScalarStyle.LITERAL || event.getScalarStyle() == ScalarStyle.FOLDED);
        }

        private void add(YamlNode node) {
            Open parent = open.peek();
            if (parent == null) {
                root = node;
            } else if (!parent.mapping) {
                parent.items.add(node);
            } else if (parent.key == null) {
                parent.key = node;
            } else {
                YamlNode key = parent.key;
                parent.key = null;
                if (key instanceof YamlNode.Scalar s && !s.isNull()) {
                    parent.entries.add(new YamlNode.Entry(s.value(), key.position(), node));
                } else {
                    problems.error(key.position(), "a field name must be a single word, but found " + key.describe(),
                            "Write the field as name: value.");
                }
            }
        }
    }

    /** A field whose value opens a double quote: "title: "Our new clinic". */
    private static final java.util.regex.Pattern OPENS_QUOTE = java.util.regex.Pattern.compile("^\\s*(?:-\\s+)?[A-Za-z_][A-Za-z0-9_-]*:\\s+\"(.*)$");

    /**
     * The line (from 0) of a value whose double quote is not closed on its line, when the quote runs on to the line
     * {@code problemLine} where YAML found its mistake: a comms officer left out the closing quote of
     * {@code title: "Our new clinic}, and the mistake was reported at the next quoted value, lines later, as one of
     * indentation. Empty when the mistake is not that.
     */
    static Optional<Integer> unclosedQuote(String yaml, int problemLine) {
        List<String> lines = yaml.lines().toList();
        for (int i = Math.min(problemLine, lines.size()) - 1; i >= 0; i--) {
            java.util.regex.Matcher m = OPENS_QUOTE.matcher(lines.get(i));
            if (!m.matches() || closes(m.group(1)) >= 0) {
                continue;
            }
            // The quote runs on to the first " after it: on the line of the mistake, it is the mistake.
            for (int j = i + 1; j <= problemLine && j < lines.size(); j++) {
                if (closes(lines.get(j)) >= 0) {
                    return j == problemLine ? Optional.of(i) : Optional.empty();
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Where a double-quoted value's closing quote is in {@code rest}, skipping \" escapes; -1 when it is not there. */
    private static int closes(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** A field whose value starts with a mark YAML reads as its own ("title: [Updated] Hours"): the name, the space, the value. */
    private static final java.util.regex.Pattern MARKED_VALUE =
            java.util.regex.Pattern.compile("^(\\s*(?:-\\s+)?([A-Za-z_][A-Za-z0-9_-]*):\\s+)([\"'\\[{%@`*&!>|].*?)\\s*$");

    /**
     * For a line YAML could not read because its value starts with a mark of YAML's own, a message and a fix in plain words,
     * with the line written as it should be, at the value: a comms officer writes
     * {@code title: "Pharmacy First" explained} or {@code summary: % of pharmacies}, and SnakeYAML's "expected <block end>"
     * or "(Do not use % for indentation)" sends them to the indentation. Empty when the line is not like that, or the
     * problem is before its value.
     */
    static Optional<Unquoted> needsQuotes(String line, int column) {
        java.util.regex.Matcher m = MARKED_VALUE.matcher(line);
        if (!m.matches() || column < m.end(1)) {
            return Optional.empty();
        }
        String value = m.group(3);
        char first = value.charAt(0);
        if ((first == '|' || first == '>') && value.matches("[|>][-+0-9]*")) {
            return Optional.empty(); // a block of lines, opened as it should be: the mistake is in the lines
        }
        String why = switch (first) {
            case '"', '\'' -> "starts with a quote mark and goes on after the closing one";
            case '[' -> "starts with [, which marks a list of values";
            case '{' -> "starts with {, which marks a group of settings";
            case '>', '|' -> "starts with " + first + ", which marks a block of text on the lines below";
            default -> "starts with " + first + ", which cannot begin a value without quotes";
        };
        String quoted = quoted(value);
        return Optional.of(new Unquoted("the value of '" + m.group(2) + "' " + why + ", so it cannot be read.",
                "Put the whole value in quotes: " + m.group(2) + ": " + quoted, m.end(1) + 1));
    }

    /**
     * A value that opens a list with [ (or a group with {) and does not close it on its line ({@code title: [About us},
     * {@code topics: [dentistry, pharmacy}): the parser fails on the next line, where nothing is wrong. Said at the mark,
     * with both ways to mend it, as either may have been meant.
     */
    static Optional<Unquoted> neverClosed(String line, int column) {
        java.util.regex.Matcher m = SETTING_VALUE.matcher(line);
        if (!m.matches() || column != m.end(1) || line.length() <= column) {
            return Optional.empty();
        }
        char open = line.charAt(column);
        if (open != '[' && open != '{') {
            return Optional.empty();
        }
        char close = open == '[' ? ']' : '}';
        String value = m.group(3);
        String lead = m.group(1).strip(); // "title:", or "- title:" in a list
        String kind = open == '[' ? "a list of values" : "a group of settings";
        if (value.endsWith(",")) {
            // Written over several lines, as it may be: its end is lines below, after its last item.
            return Optional.of(new Unquoted("the " + open + " at the start of the value of '" + m.group(2) + "' opens " + kind
                    + " that is never closed with " + close + ".", "Add " + close + " after its last item, on the line the item is "
                    + "on.", column + 1));
        }
        String quoted = quoted(value);
        return Optional.of(new Unquoted("the " + open + " at the start of the value of '" + m.group(2) + "' opens " + kind
                        + " that is not closed with " + close + " on this line.",
                "If the " + open + " is part of the words, put the whole value in quotes: " + lead + " " + quoted + ". If it "
                        + "is a list, end it with " + close + " on this line: " + lead + " " + value + close, column + 1));
    }

    /** A setting with a value after its colon: the name and space, the name, the value. */
    private static final java.util.regex.Pattern SETTING_VALUE =
            java.util.regex.Pattern.compile("^(\\s*(?:-\\s+)?([A-Za-z_][A-Za-z0-9_-]*):\\s+)(\\S.*?)\\s*$");

    /**
     * For a line YAML could not read because its value has a colon and a space in it ({@code title: Dental access: have
     * your say}), read as a second setting on the line: a message naming the words before the colon, and the line as it
     * should be, at the value. The most common mistake in a title; the parser's "mapping values are not allowed here" said
     * nothing a comms officer could act on. Empty when the line is not like that.
     */
    static Optional<Unquoted> colonInValue(String line, int column, String problem) {
        java.util.regex.Matcher m = SETTING_VALUE.matcher(line);
        if (problem == null || !problem.contains("mapping values are not allowed") || !m.matches() || column < m.end(1)) {
            return Optional.empty();
        }
        String value = m.group(3);
        int colon = value.indexOf(": ");
        if (colon < 0 && value.endsWith(":")) {
            colon = value.length() - 1;
        }
        if (colon <= 0 || value.startsWith("#") || value.startsWith("\u201C") || value.startsWith("\u2018")) {
            // In curly quotes, which the writer took for quotes: said as such ({@link #CURLY_ADVICE}).
            return Optional.empty();
        }
        String quoted = quoted(value);
        return Optional.of(new Unquoted("the value of '" + m.group(2) + "' has a colon and a space in it (after \""
                + Excerpt.of(value.substring(0, colon), 60) + "\"), which reads as the start of another setting, so the line cannot "
                + "be read.", "Put the whole value in " + (quoted.startsWith("'") ? "single quotes, as it has double ones: " : "double quotes: ") + m.group(1).strip() + " " + quoted, m.end(1) + 1));
    }

    /**
     * What the parser found wrong, in a comms officer's words: its own ("mapping values are not allowed here", "expected
     * <block end>") meant nothing to them. The fix ({@link #adviceFor}) says what to do.
     */
    static String inWords(String problem) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        if (p.contains("mapping values are not allowed")) {
            return "a colon and a space where no setting can start.";
        }
        if (p.contains("found unexpected end")) {
            return "a quote mark is opened and not closed.";
        }
        if (p.contains("tab")) {
            return "a tab character, where only spaces can be used.";
        }
        if (p.contains("could not find expected ':'")) {
            return "a line with no colon after its setting's name.";
        }
        if (p.contains("block end") || p.contains("indentation") || p.contains("did not find expected key")
                || p.contains("expected <block")) {
            return "this line is not lined up with the lines above it.";
        }
        if (p.contains("document start")) {
            return "this line does not follow on from the ones above it (a setting's name, a colon and a space are missing "
                    + "above, or a space is not an ordinary one).";
        }
        return "it is not written as the portal expects.";
    }

    /**
     * A value in quotes, for the line as it should be: in single quotes when it has double ones and no single ones
     * ('"Pharmacy First" explained'), else in double quotes with its own backslashes and double quotes escaped.
     */
    private static String quoted(String value) {
        return value.indexOf('"') >= 0 && value.indexOf('\'') < 0 ? "'" + value + "'"
                : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A value that needs quotes: the message, the fix with the line as it should be, and the value's column (from 1). */
    record Unquoted(String message, String fix, int column) {
    }

    /** Plain-English advice for the YAML mistakes comms staff make most; {@code where} is "the front matter" or "this file". */
    static String adviceFor(String problem, String where) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        if (p.contains("mapping values are not allowed")) {
            return "A value that contains a colon followed by a space must be in double quotes, "
                    + "for example: title: \"Dental care: have your say\".";
        }
        if (p.contains("found unexpected end of stream") || p.contains("found unexpected end")) {
            return "A quote was opened but not closed. Check that every value starting with \" ends with \" on the same line.";
        }
        if (p.contains("tab")) {
            return "Use spaces, not tab characters, to indent lines in " + where + ".";
        }
        if (p.contains("could not find expected ':'")) {
            return "Each line of " + where + " needs a field name, a colon and a space, then the value, "
                    + "for example: summary: A short description.";
        }
        if (p.contains("block end") || p.contains("indentation") || p.contains("expected <block")) {
            return "Check the indentation: items that belong to a field must be indented by the same number of spaces.";
        }
        if (p.contains("did not find expected key")) {
            return "Check the indentation of this line and the one above, and that list items start with '- '.";
        }
        return "Check this line for a missing space after a colon, an unclosed quote or wrong indentation.";
    }
}
