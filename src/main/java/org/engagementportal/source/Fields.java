package org.engagementportal.source;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the fields of one YAML mapping into typed values, reporting every mistake with its position:
 * unknown fields (with "did you mean"), fields given twice, missing required fields, and values of the
 * wrong kind. Getters never throw for content mistakes: they add a problem and return empty, so one run
 * finds every mistake in a file.
 *
 * <p>Every field read records its position under its path (for example {@code respond.email}) in the
 * shared position map, so later stages can point at a field without keeping YAML around.
 */
public final class Fields {
    private final String what;
    private final String pathPrefix;
    private final Position at;
    private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    private final Problems problems;
    private final Map<String, Position> positions;

    private Fields(String what, String pathPrefix, Position at, Problems problems, Map<String, Position> positions) {
        this.what = what;
        this.pathPrefix = pathPrefix;
        this.at = at;
        this.problems = problems;
        this.positions = positions;
    }

    /**
     * Starts reading a mapping.
     *
     * @param node     the mapping (anything else is reported as a problem and read as empty)
     * @param what     what the mapping is, for messages: "a consultation", "the 'respond' group"
     * @param allowed  the field names it may have, in the order to list them in messages
     * @param fallback where to report problems when the node is missing
     */
    public static Fields of(YamlNode node, String what, List<String> allowed, Problems problems, Position fallback) {
        return of(node, what, allowed, Map.of(), problems, fallback, "", new LinkedHashMap<>());
    }

    /**
     * As {@link #of(YamlNode, String, List, Problems, Position)}, with the settings the portal works out itself: one written
     * (or one a letter away: "staus") is told how it is worked out, not that it is not a field.
     */
    public static Fields of(YamlNode node, String what, List<String> allowed, Map<String, String> workedOut, Problems problems,
                            Position fallback) {
        return of(node, what, allowed, workedOut, problems, fallback, "", new LinkedHashMap<>());
    }

    private static Fields of(YamlNode node, String what, List<String> allowed, Map<String, String> workedOut, Problems problems,
                             Position fallback, String prefix, Map<String, Position> positions) {
        Position at = node == null ? fallback : node.position();
        Fields fields = new Fields(what, prefix, at, problems, positions);
        if (node == null) {
            return fields;
        }
        if (!(node instanceof YamlNode.Mapping mapping)) {
            if (!(node instanceof YamlNode.Scalar s && s.isNull())) {
                problems.error(node.position(), what + " must be a group of fields (name: value on each line), but it is "
                        + node.describe() + ".", "Put each field on its own line as name: value.");
            }
            return fields;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            YamlNode.Entry first = fields.entries.get(entry.key());
            if (first != null) {
                problems.error(entry.keyPosition(), "'" + entry.key() + "' is given twice in " + what
                        + " (first on line " + first.keyPosition().line() + ").", "Keep one of them and delete the other.");
                continue;
            }
            Optional<String> worked = allowed.contains(entry.key()) || workedOut.isEmpty() ? Optional.empty()
                    : Suggest.closest(entry.key(), java.util.stream.Stream.concat(allowed.stream(), workedOut.keySet().stream())
                    .toList()).filter(workedOut::containsKey);
            if (worked.isPresent()) {
                problems.error(entry.keyPosition(), "'" + entry.key() + "' is not a field of " + what + ": the portal works out its "
                        + worked.get() + " itself.", workedOut.get(worked.get()));
                continue;
            }
            if (!allowed.contains(entry.key())) {
                problems.error(entry.keyPosition(), "'" + entry.key() + "' is not a field of " + what + "."
                                + Suggest.didYouMean(entry.key(), allowed),
                        "The fields " + what + " can have are: " + String.join(", ", allowed) + ".");
                continue;
            }
            fields.entries.put(entry.key(), entry);
            positions.put(prefix + entry.key(), entry.value().position());
        }
        return fields;
    }

    /** Where each field read so far was written, by path ("closes", "respond.email", "agenda.2.paper"). */
    public Map<String, Position> positions() {
        return positions;
    }

    /** Where the mapping itself starts. */
    public Position position() {
        return at;
    }

    /** Where a field's value is, or where the mapping starts when the field is absent. */
    public Position at(String key) {
        YamlNode.Entry e = entries.get(key);
        return e == null ? at : e.value().position();
    }

    /**
     * The line a text field's first line of text is on: its own line, or the next one for text written after {@code |} or
     * {@code >} (which said the line above for a block of one line, where a block of two was read right).
     */
    public int textLine(String key) {
        YamlNode.Entry e = entries.get(key);
        return e != null && e.value() instanceof YamlNode.Scalar s && s.block() ? s.position().line() + 1 : at(key).line();
    }

    /** A field's path from the top of the front matter, as positions are recorded: "documents.2.page". */
    public String path(String key) {
        return pathPrefix + key;
    }

    /** Where a field's name is written (the line "feedback:"), or where the mapping starts when it is absent. */
    public Position atKey(String key) {
        YamlNode.Entry e = entries.get(key);
        return e == null ? at : e.keyPosition();
    }

    /** Where a field inside a group is ("date" in "outcome"), or the group when it has no such field. */
    public Position at(String key, String child) {
        YamlNode.Entry e = entries.get(key);
        if (e != null && e.value() instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry c : m.entries()) {
                if (c.key().equals(child)) {
                    return c.value().position();
                }
            }
        }
        return at(key);
    }

    public boolean has(String key) {
        YamlNode.Entry e = entries.get(key);
        return e != null && !(e.value() instanceof YamlNode.Scalar s && s.isNull());
    }

    public Optional<YamlNode> node(String key) {
        return has(key) ? Optional.of(entries.get(key).value()) : Optional.empty();
    }

    /**
     * Whether {@code key} is written true (or yes), read without a word: a setting such as {@code draft} that another
     * check looks at before its own reading ({@link #flag}) reports any mistake in it with the file's other settings.
     */
    public boolean saysTrue(String key) {
        return node(key).filter(n -> n instanceof YamlNode.Scalar s
                && java.util.Set.of("true", "yes").contains(s.value().strip().toLowerCase(Locale.ROOT))).isPresent();
    }

    private void missing(String key, String kind, String example) {
        YamlNode.Entry e = entries.get(key);
        if (e != null) {
            problems.error(e.value().position(), "'" + key + "' is empty, but " + what + " needs " + kind + " here.",
                    "Write it after the colon, for example: " + example);
        } else {
            problems.error(at, what + " needs '" + key + "' (" + kind + "), but it is missing.",
                    "Add a line such as: " + example);
        }
    }

    private Optional<YamlNode.Scalar> scalar(String key, String kind, String example, boolean required) {
        if (!has(key)) {
            if (required) {
                missing(key, kind, example);
            }
            return Optional.empty();
        }
        YamlNode node = entries.get(key).value();
        if (node instanceof YamlNode.Scalar s) {
            return Optional.of(s);
        }
        problems.error(node.position(), "'" + key + "' must be " + kind + ", but it is " + node.describe() + ".",
                "Write a single value after the colon, for example: " + example);
        return Optional.empty();
    }

    /** Text on one line; required fields that are missing or empty are reported. */
    public Optional<String> text(String key, boolean required) {
        String example = key + ": " + exampleText(key);
        return scalar(key, "text", example, required).map(s -> s.value().strip()).filter(s -> {
            if (s.isEmpty() && required) {
                missing(key, "text", example);
            }
            return !s.isEmpty();
        });
    }

    private static String exampleText(String key) {
        return switch (key) {
            case "title" -> "Changes to community dental services";
            case "summary" -> "We want your views on where community dental clinics should be.";
            default -> "...";
        };
    }

    /** true/false (yes/no accepted), or {@code otherwise} when absent. */
    public boolean flag(String key, boolean otherwise) {
        return scalar(key, "true or false", key + ": true", false).map(s -> {
            switch (s.value().strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes":
                    return true;
                case "false", "no":
                    return false;
                default:
                    problems.error(s.position(), "'" + key + "' must be true or false, but it is " + s.describe() + ".",
                            "Write " + key + ": true or " + key + ": false.");
                    return otherwise;
            }
        }).orElse(otherwise);
    }

    /** A whole number within limits. */
    public Optional<Integer> number(String key, int min, int max, boolean required) {
        return scalar(key, "a whole number", key + ": " + Math.max(min, 1), required).flatMap(s -> {
            try {
                int n = Integer.parseInt(s.value().strip());
                if (n >= min && n <= max) {
                    return Optional.of(n);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            // "1,042" as people write it: the fix is the same number without its commas, not "such as 1".
            String digits = s.value().strip().replace(",", "");
            boolean grouped = s.value().contains(",") && digits.matches("\\d{1,9}") && Integer.parseInt(digits) >= min
                    && Integer.parseInt(digits) <= max;
            problems.error(s.position(), "'" + key + "' must be a whole number from " + min + " to " + max
                    + ", but it is " + s.describe() + ".", grouped ? "Write it without commas: " + key + ": " + digits
                    : "Write a number such as " + key + ": " + Math.max(min, 1));
            return Optional.empty();
        });
    }

    /** A date written as 2026-03-31. */
    public Optional<LocalDate> date(String key, boolean required) {
        String example = key + ": 2026-03-31";
        return scalar(key, "a date", example, required).flatMap(s -> {
            Optional<LocalDate> d = Values.date(s.value());
            if (d.isEmpty()) {
                problems.error(s.position(), "'" + key + "' must be a date like 2026-03-31, but it is " + s.describe() + ".",
                        dateAdvice(s.value(), false, null));
            }
            return d;
        });
    }

    /**
     * A date and time in the site's time zone, written 2026-03-31T17:00. A date alone is accepted when
     * {@code dateOnlyTime} is given (for example 23:59 for a closing date).
     */
    public Optional<LocalDateTime> dateTime(String key, LocalTime dateOnlyTime, boolean required) {
        String example = key + ": 2026-03-31T17:00";
        return scalar(key, "a date and time", example, required).flatMap(s -> {
            Optional<LocalDateTime> d = Values.dateTime(s.value(), dateOnlyTime);
            if (d.isEmpty()) {
                String like = dateOnlyTime == null ? "a date and time like 2026-03-31T17:00"
                        : "a date like 2026-03-31, or a date and time like 2026-03-31T17:00";
                problems.error(s.position(), "'" + key + "' must be " + like + ", but it is " + s.describe() + ".",
                        dateAdvice(s.value(), true, dateOnlyTime));
            }
            return d;
        });
    }

    /** Dashes a word processor puts in place of a hyphen: en and em dashes, the minus sign and their kin. */
    private static final java.util.regex.Pattern PASTED_DASHES = java.util.regex.Pattern.compile("[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]");
    /** Spaces a word processor puts in that look like ordinary ones: no-break, narrow and figure spaces. */
    private static final java.util.regex.Pattern PASTED_SPACES = java.util.regex.Pattern.compile("[" + Excerpt.LOOKALIKE_SPACES + "]");

    /**
     * How to write a date (and time) that could not be read, in the writer's terms: the date they meant in the form
     * wanted, what is impossible about it (30 February), or what is wrong with its time (24:00, a time zone, none).
     *
     * @param dateOnlyTime what a date alone means for this field (23:59 for a closing date), or null when a time is needed
     */
    private static String dateAdvice(String value, boolean withTime, LocalTime dateOnlyTime) {
        String v = value.strip();
        String example = withTime ? "2026-03-31T17:00" : "2026-03-31";
        // Pasted from a word processor, the date looks right in the message: say what is not.
        String typed = PASTED_SPACES.matcher(PASTED_DASHES.matcher(v).replaceAll("-")).replaceAll(" ").strip();
        if (!typed.equals(v) && (Values.date(typed).isPresent() || Values.dateTime(typed, LocalTime.MIDNIGHT).isPresent())) {
            return "It has " + (PASTED_DASHES.matcher(v).find() ? "long dashes (\u2013) in place of hyphens (-)" : "an invisible "
                    + "no-break space in it") + ", as a word processor types them. Type the date again in the file itself: " + typed + ".";
        }
        String format = withTime ? "year-month-day, then T and the time on the 24-hour clock, for example " + example
                : "year-month-day, for example " + example;
        Optional<String> impossible = impossibleDate(v);
        if (impossible.isPresent()) {
            return impossible.get() + " Write a date that exists, as " + format + ".";
        }
        // A date written another way with a time after it ("01/03/2027 18:00", "1 March 2027 at 2.30pm"): both corrected.
        java.util.regex.Matcher then = DATE_THEN_TIME.matcher(v);
        if (withTime && then.matches() && Values.date(then.group(1)).isEmpty()) {
            Optional<LocalDate> day = Values.guessDate(then.group(1));
            Optional<LocalTime> time = timeOfDay(then.group(2));
            if (day.isPresent() && time.isPresent()) {
                return "Did you mean " + day.get() + "T" + time.get() + "?" + dayFirst(then.group(1), day.get()) + " Write it as "
                        + "year-month-day, then T and the time on the 24-hour clock.";
            }
        }
        Optional<LocalDate> guess = Values.guessDate(v);
        if (guess.isPresent()) {
            String read = dayFirst(v, guess.get());
            if (!withTime) {
                return "Did you mean " + guess.get() + "?" + read + " Write it as " + format + ".";
            }
            if (dateOnlyTime != null) {
                return "Did you mean " + guess.get() + "?" + read + " A date alone means " + dateOnlyTime + " that day; for another "
                        + "time add T and the time on the 24-hour clock, for example " + guess.get() + "T17:00.";
            }
            return "Did you mean " + guess.get() + " and a time?" + read + " Write T and the time on the 24-hour clock after the "
                    + "date, for example " + guess.get() + "T17:00.";
        }
        if (withTime && timeOfDay(v).isPresent()) {
            return "A time alone is not enough: write the date before it, as year-month-day, then T and the time, for example "
                    + "2026-03-31T" + timeOfDay(v).get() + ".";
        }
        String datePart = v.split("[T ]", 2)[0];
        Optional<LocalDate> day = Values.date(datePart);
        if (day.isPresent() && withTime) {
            String time = v.substring(datePart.length()).strip().replaceFirst("^T", "");
            if (time.isEmpty()) {
                return "Add the time after the date, with a T, on the 24-hour clock: for example " + day.get() + "T17:00.";
            }
            if (time.matches("24:00(:00)?")) {
                return "The day ends at 23:59 here: write " + day.get() + "T23:59, or " + day.get().plusDays(1) + "T00:00.";
            }
            java.util.regex.Matcher zone = WITH_ZONE.matcher(time);
            if (zone.matches()) {
                return "Leave out the time zone: times are UK time, as the clocks show it. Write " + day.get() + "T"
                        + (zone.group(1).length() == 4 ? "0" : "") + zone.group(1) + ".";
            }
            java.util.regex.Matcher twelve = TWELVE_HOUR.matcher(time);
            if (twelve.matches() && Integer.parseInt(twelve.group(1)) >= 1 && Integer.parseInt(twelve.group(1)) <= 12) {
                int hour = Integer.parseInt(twelve.group(1)) % 12 + (twelve.group(3).equalsIgnoreCase("p") ? 12 : 0);
                return "Write the time on the 24-hour clock: " + day.get() + "T" + (hour < 10 ? "0" : "") + hour + ":"
                        + (twelve.group(2) == null ? "00" : twelve.group(2)) + ".";
            }
            if (time.matches("\\d{1,2}\\.\\d{2}") && timeOfDay(time).isPresent()) {
                return "Write the time with a colon, on the 24-hour clock: " + day.get() + "T" + timeOfDay(time).get() + ".";
            }
            return "The time must be hours and minutes on the 24-hour clock, for example " + day.get() + "T17:00.";
        }
        return "Write an exact date as " + format + ".";
    }

    /** A date written another way, then a time with minutes or am/pm, after a space, a comma, "at" or a T. */
    private static final java.util.regex.Pattern DATE_THEN_TIME = java.util.regex.Pattern.compile(
            "(.+?)(?:\\s*,\\s*|\\s+at\\s+|\\s+|T)(\\d{1,2}(?:[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?|\\s*[ap]\\.?m\\.?))",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern TIME_OF_DAY = java.util.regex.Pattern.compile(
            "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:([ap])\\.?m\\.?)?", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A date written with numbers, day or month first: "01/03/2027", "1.3.2027". */
    private static final java.util.regex.Pattern NUMBERED_DATE = java.util.regex.Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-]\\d{4}");

    /**
     * A time of day written "14:30", "14.30", "2.30pm" or "7pm", as the 24-hour clock has it; empty for anything else (a
     * bare number, an hour past 23 or of more than 12 with am or pm).
     */
    static Optional<LocalTime> timeOfDay(String text) {
        java.util.regex.Matcher m = TIME_OF_DAY.matcher(text.strip());
        if (!m.matches() || m.group(2) == null && m.group(3) == null) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (m.group(3).equalsIgnoreCase("p") ? 12 : 0);
        }
        return hour > 23 || minute > 59 ? Optional.empty() : Optional.of(LocalTime.of(hour, minute));
    }

    /**
     * For a date written with numbers that could be read either way round ("01/03/2027": 1 March in the UK, 3 January in
     * the United States), that it was read day first; nothing for one that can be read only one way ("31/03/2026").
     */
    private static String dayFirst(String written, LocalDate read) {
        java.util.regex.Matcher m = NUMBERED_DATE.matcher(written.strip());
        if (!m.matches()) {
            return "";
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first == second || first > 12 || second > 12) {
            return "";
        }
        return " That is " + java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.UK).format(read)
                + ", reading the day first, as in the UK.";
    }

    /** A time with a zone ("17:00Z", "9:30+01:00", "17:00 BST"), and one on the 12-hour clock ("7pm", "7.30 p.m."). */
    private static final java.util.regex.Pattern WITH_ZONE = java.util.regex.Pattern.compile(
            "(\\d{1,2}:\\d{2})(?::\\d{2})?\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT|BST)", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern TWELVE_HOUR = java.util.regex.Pattern.compile(
            "(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?m\\.?", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern YEAR_FIRST = java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?");
    private static final java.util.regex.Pattern DAY_FIRST = java.util.regex.Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})( .*)?");

    /** What is impossible about a date written with numbers ("November 2026 has 30 days."), or empty when it could be. */
    static Optional<String> impossibleDate(String v) {
        int year;
        int month;
        int day;
        java.util.regex.Matcher m = YEAR_FIRST.matcher(v);
        if (m.matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            day = Integer.parseInt(m.group(3));
        } else if ((m = DAY_FIRST.matcher(v)).matches()) {
            day = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            year = Integer.parseInt(m.group(3));
        } else {
            return Optional.empty();
        }
        boolean dayFirst = m.pattern() == DAY_FIRST;
        if (dayFirst && month > 12 && day >= 1 && day <= 12 && month <= java.time.YearMonth.of(year, day).lengthOfMonth()) {
            return Optional.of("There is no month " + month + ": the month may be written first, as in the United States. Did "
                    + "you mean " + java.time.LocalDate.of(year, day, month) + "?");
        }
        if (month < 1 || month > 12) {
            return Optional.of("There is no month " + month + ": the months go from 1 to 12.");
        }
        if (day < 1) {
            return Optional.of("There is no day " + day + " of a month: the days start at 1.");
        }
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        if (day > ym.lengthOfMonth()) {
            return Optional.of(ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + year + " has "
                    + ym.lengthOfMonth() + " days.");
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile(
            "(\\d{1,6})\\s*(KB|MB)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A size such as "2 MB" or "512 KB", in bytes, at most {@code max}. */
    public Optional<Long> size(String key, long max, boolean required) {
        return scalar(key, "a size", key + ": 2 MB", required).flatMap(s -> {
            java.util.regex.Matcher m = SIZE.matcher(s.value().strip());
            if (m.matches()) {
                long bytes = Long.parseLong(m.group(1)) * (m.group(2).equalsIgnoreCase("MB") ? 1024 * 1024 : 1024);
                if (bytes > 0 && bytes <= max) {
                    return Optional.of(bytes);
                }
                problems.error(s.position(), "'" + key + "' must be more than nothing and at most " + Limits.describe(max)
                        + ", but it is " + s.describe() + ".", "Write a size in that range, for example: " + key + ": 2 MB");
                return Optional.empty();
            }
            problems.error(s.position(), "'" + key + "' must be a size like \"2 MB\" or \"512 KB\", but it is "
                    + s.describe() + ".", "Write a number then KB or MB, for example: " + key + ": 2 MB");
            return Optional.empty();
        });
    }

    /** An interval such as "6 months", where one of nothing ("0 days") means none (no grace period). */
    public Optional<Period> interval(String key, boolean required) {
        return interval(key, required, null, null);
    }

    /**
     * An interval such as "6 months" of at least a day: one of nothing ("0 months", or a bare 0) is an error at its value.
     *
     * @param none what an interval of nothing would do, in the writer's terms ("the page would be due ...")
     * @param fix  how to write it instead
     */
    public Optional<Period> interval(String key, boolean required, String none, String fix) {
        return scalar(key, "a length of time", key + ": 6 months", required).flatMap(s -> {
            Optional<Period> p = Values.interval(s.value());
            if (none != null && (p.map(Period::isZero).orElse(false) || s.value().strip().matches("0+"))) {
                problems.error(s.position(), "'" + key + "' must be a length of time of at least a day, like \"6 months\", but it is "
                        + s.describe() + ", which is no time at all: " + none + ".", fix);
                return Optional.empty();
            }
            if (p.isEmpty()) {
                problems.error(s.position(), "'" + key + "' must be a length of time like \"6 months\", of up to "
                                + Values.MAX_INTERVAL_YEARS + " years, but it is " + s.describe() + ".",
                        "Write a number then days, weeks, months or years, for example: " + key + ": 1 year");
            }
            return p;
        });
    }

    /** One of a fixed set of words; the message lists them and suggests the closest. */
    public <T> Optional<T> choice(String key, Map<String, T> choices, boolean required) {
        String first = choices.keySet().iterator().next();
        String kind = "one of " + String.join(", ", choices.keySet());
        return scalar(key, kind, key + ": " + first, required).flatMap(s -> {
            String v = s.value().strip().toLowerCase(Locale.ROOT);
            if (choices.containsKey(v)) {
                return Optional.of(choices.get(v));
            }
            problems.error(s.position(), "'" + key + "' must be " + kind + ", but it is " + s.describe() + "."
                    + Suggest.didYouMean(v, choices.keySet()), "Use one of the words listed, exactly as written.");
            return Optional.empty();
        });
    }

    /** An email address. */
    public Optional<String> email(String key, boolean required) {
        return scalar(key, "an email address", key + ": engagement@example.nhs.uk", required).flatMap(s -> {
            String v = s.value().strip();
            if (Values.isEmail(v)) {
                return Optional.of(v);
            }
            problems.error(s.position(), "'" + key + "' must be an email address like engagement@example.nhs.uk, but it is "
                    + s.describe() + ".", "Check for a missing @, a space, or a missing ending such as .nhs.uk.");
            return Optional.empty();
        });
    }

    /** A web address starting https:// (or http://), checked by the address policy ({@link Address}). */
    public Optional<URI> webLink(String key, boolean required) {
        return scalar(key, "a web address", key + ": https://www.example.nhs.uk/survey", required).flatMap(s -> {
            if (allowedAddress(key, s.value()).isEmpty()) {
                return Optional.<URI>empty();
            }
            Optional<URI> uri = Values.webLink(s.value());
            if (uri.isEmpty()) {
                problems.error(s.position(), "'" + key + "' must be a full web address starting with https://, but it is "
                        + s.describe() + ".", "Copy the address from your browser's address bar, including https://.");
            }
            return uri;
        });
    }

    /**
     * An address on this site ("/minutes/governing-body-2026-01-15/"), checked by the address policy
     * ({@link Address}): a web address, email or phone number is reported.
     */
    public Optional<String> siteAddress(String key, String example, boolean required) {
        return scalar(key, "an address on this site", key + ": " + example, required).flatMap(s -> {
            Optional<Address.Allowed> checked = allowedAddress(key, s.value());
            if (checked.isEmpty()) {
                return Optional.empty();
            }
            Address.Allowed allowed = checked.get();
            if (allowed.kind() != Address.Kind.SITE || allowed.normalised().isEmpty()) {
                problems.error(s.position(), "'" + key + "' must be an address on this site, such as " + example
                        + ", but it is " + s.describe() + ".", "Write the part of the address after the site's name, "
                        + "starting with /.");
                return Optional.empty();
            }
            return Optional.of(allowed.normalised());
        });
    }

    /**
     * What the address policy ({@link Address}) makes of {@code value}, written at {@code key}: empty, with
     * the refusal reported at the value, when the policy refuses it.
     */
    public Optional<Address.Allowed> allowedAddress(String key, String value) {
        Address.Verdict verdict = Address.check(value);
        if (verdict instanceof Address.Refused refused) {
            error(key, "'" + key + "' " + refused.message(), refused.fix());
            return Optional.empty();
        }
        return Optional.of((Address.Allowed) verdict);
    }

    /**
     * A UK phone number, kept as written for display: a number people call, not a text relay number (18001 and the
     * number), which has its own setting, as a Deaf reader told to "call 18001 ..." and given a voice line as the relay
     * number is sent to the wrong one either way.
     */
    public Optional<String> phone(String key, boolean required) {
        return scalar(key, "a phone number", key + ": 01632 960 123", required).flatMap(s -> {
            String v = s.value().strip();
            if (Values.phone(v).isPresent() && Values.isTextRelay(v)) {
                problems.error(s.position(), "'" + key + "' is " + s.describe() + ", a text relay number (Relay UK's "
                        + v.replaceAll("[^0-9]", "").substring(0, 5) + " and then a phone number), not the number people call.",
                        "Write the number people call here, like " + key + ": 01632 960 123. A text relay number goes under "
                        + "text_relay: in the contact settings, which the pages show as text relay.");
                return Optional.empty();
            }
            if (Values.phone(v).isPresent()) {
                return Optional.of(v);
            }
            problems.error(s.position(), "'" + key + "' must be a UK phone number like 01632 960 123, but it is "
                    + s.describe() + ".", "Write the full number with its area code, using digits and spaces only.");
            return Optional.empty();
        });
    }

    /** A UK mobile number to send a text message to, kept as written for display. */
    public Optional<String> mobile(String key, boolean required) {
        return scalar(key, "a mobile number", key + ": 07700 900 123", required).flatMap(s -> {
            String v = s.value().strip();
            if (Values.phone(v).isPresent() && Values.isMobile(v)) {
                return Optional.of(v);
            }
            problems.error(s.position(), "'" + key + "' must be a UK mobile number that can be sent a text message, starting 07, "
                    + "like 07700 900 123, but it is " + s.describe() + ".", "Write the mobile number people can text, with "
                    + "digits and spaces only; a landline cannot receive texts, so give it as phone: instead.");
            return Optional.empty();
        });
    }

    /**
     * A text relay number: Relay UK's 18001 (a textphone user calling; 18002 is a hearing caller's) and then the phone
     * number it connects to, as every page shows it beside the phone number for Deaf readers.
     */
    public Optional<String> textRelay(String key, boolean required) {
        return scalar(key, "a text relay number", key + ": 18001 01632 960 123", required).flatMap(s -> {
            String v = s.value().strip();
            if (Values.phone(v).isPresent() && v.replaceAll("[^0-9+]", "").startsWith("18001")) {
                return Optional.of(v);
            }
            if (Values.phone(v).isPresent() && Values.isTextRelay(v)) { // 18002
                problems.error(s.position(), "'" + key + "' is " + s.describe() + ", with 18002 in front, which is how a hearing "
                        + "caller reaches a textphone user: Deaf readers reach you through Relay UK with 18001 and your number.",
                        "Write 18001 in place of 18002: " + key + ": " + v.replaceFirst("1\\s*8\\s*0\\s*0\\s*2", "18001") + ".");
                return Optional.empty();
            }
            boolean plain = Values.phone(v).isPresent();
            problems.error(s.position(), "'" + key + "' must be a text relay number, 18001 and then the phone number it "
                    + "reaches, like 18001 01632 960 123, but it is " + s.describe() + (plain ? ", a phone number without "
                    + "Relay UK's 18001 in front" : "") + ".", plain ? "Put 18001 and a space in front of it: " + key
                    + ": 18001 " + v + ". Deaf readers using a textphone or the Relay UK app dial it as it is written."
                    : "Write 18001, a space and then the full phone number with its area code, using digits and spaces only.");
            return Optional.empty();
        });
    }

    /**
     * Words from a controlled list (topics, areas...). One word or a list of words; each unknown word is
     * reported at its own position with a suggestion and where the list is kept.
     *
     * @param kind     the singular name, "topic"
     * @param listFile where the list is kept, "content/_data/topics.yml"
     */
    public List<String> terms(String key, Collection<String> known, String kind, String listFile) {
        List<String> result = new ArrayList<>();
        List<YamlNode.Scalar> items = scalars(key, kind);
        for (YamlNode.Scalar item : items) {
            String v = item.value().strip();
            if (known.contains(v)) {
                if (!result.contains(v)) {
                    result.add(v);
                }
            } else if (v.contains(",")) {
                // "areas: eastbrook, kingsmere" is one word with a comma in it, not two: the nearest one alone was suggested.
                // The fix gives the whole list, this item split and the others as they are, so following it loses none.
                List<String> parts = java.util.Arrays.stream(v.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
                List<String> all = items.stream().flatMap(i -> java.util.Arrays.stream(i.value().split(",")))
                        .map(String::strip).filter(p -> !p.isEmpty()).toList();
                List<String> fixed = all.stream().map(p -> known.contains(p) ? p : Suggest.closest(p, known).orElse(p)).distinct().toList();
                problems.error(item.position(), "'" + v + "' is " + parts.size() + " " + kind + "s written as one: several go in "
                                + "square brackets, each on its own.", "Write " + key + ": [" + String.join(", ", fixed) + "]"
                                + (fixed.equals(all) ? "" : " (the nearest ids in " + listFile + ")"));
            } else if (known.isEmpty()) {
                // A new site's lists start empty: "use one of the ids listed" pointed to a list with none.
                problems.error(item.position(), "'" + v + "' is not " + article(kind) + " " + kind + " in " + listFile + ", which "
                                + "has no " + kind + "s yet.",
                        "Add it to " + listFile + " as - id: " + v + " with its name: on the next line (name: and the words "
                                + "readers see), or leave " + key + ": [] empty for now.");
            } else {
                problems.error(item.position(), "'" + v + "' is not " + article(kind) + " " + kind + " in " + listFile + "."
                                + Suggest.didYouMean(v, known),
                        "Use one of the " + kind + " ids listed in " + listFile + ", or ask for a new " + kind
                                + " to be added there.");
            }
        }
        return List.copyOf(result);
    }

    /** "a" or "an" before a word from a list: "an area", "a topic". */
    private static String article(String word) {
        return !word.isEmpty() && "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    /** One word or a list of words from a fixed set; each unknown word is reported at its own position. */
    public <T> List<T> choices(String key, Map<String, T> choices) {
        List<T> result = new ArrayList<>();
        for (YamlNode.Scalar item : scalars(key, "word")) {
            String v = item.value().strip().toLowerCase(Locale.ROOT);
            T value = choices.get(v);
            if (value == null) {
                problems.error(item.position(), "'" + v + "' is not one of the words '" + key + "' can have."
                        + Suggest.didYouMean(v, choices.keySet()), "Use one of: " + String.join(", ", choices.keySet()) + ".");
            } else if (!result.contains(value)) {
                result.add(value);
            }
        }
        return List.copyOf(result);
    }

    /** One value or a list of values, each as text. */
    public List<String> texts(String key) {
        return scalars(key, "text").stream().map(s -> s.value().strip()).filter(s -> !s.isEmpty()).toList();
    }

    /** One value or a list of values, each as text with where it is written, for a problem with one of them. */
    public List<Placed> placedTexts(String key) {
        return scalars(key, "text").stream().filter(s -> !s.value().isBlank())
                .map(s -> new Placed(s.value().strip(), s.position())).toList();
    }

    /** Records where a value of {@code key} is written, as {@code key.value} ("aliases./old-page/"), for later problems. */
    public void place(String key, String value, Position at) {
        positions.put(pathPrefix + key + "." + value, at);
    }

    /** A value and where it is written. */
    public record Placed(String value, Position at) {
    }

    private List<YamlNode.Scalar> scalars(String key, String kind) {
        if (!has(key)) {
            return List.of();
        }
        YamlNode node = entries.get(key).value();
        if (node instanceof YamlNode.Scalar s) {
            return List.of(s);
        }
        List<YamlNode.Scalar> out = new ArrayList<>();
        if (node instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                    out.add(s);
                } else if (!(item instanceof YamlNode.Scalar)) {
                    problems.error(item.position(), "each item of '" + key + "' must be a single " + kind + ", but this is "
                            + item.describe() + ".", "Write one " + kind + " per line, each starting with '- '.");
                }
            }
            return out;
        }
        problems.error(node.position(), "'" + key + "' must be a list, but it is " + node.describe() + ".",
                "Write it as " + key + ": [first, second] or as lines starting with '- '.");
        return out;
    }

    /** A nested group of fields, such as {@code respond:}. Empty when absent. */
    public Optional<Fields> group(String key, String groupWhat, List<String> allowed) {
        if (!has(key)) {
            return Optional.empty();
        }
        Fields group = of(entries.get(key).value(), groupWhat, allowed, Map.of(), problems, at(key), pathPrefix + key + ".", positions);
        // A list or a word where a group belongs is reported as that (by of); its fields are not then each "missing" too.
        return entries.get(key).value() instanceof YamlNode.Mapping ? Optional.of(group) : Optional.empty();
    }

    /**
     * A list of groups, such as the items of an agenda. Each is read by {@code reader}; items that are not
     * groups are reported. Item positions are recorded as {@code key.N} (1-based).
     */
    public <T> List<T> groups(String key, String itemWhat, List<String> allowed, Function<Fields, Optional<T>> reader) {
        if (!has(key)) {
            return List.of();
        }
        YamlNode node = entries.get(key).value();
        if (!(node instanceof YamlNode.Sequence seq)) {
            problems.error(node.position(), "'" + key + "' must be a list of items, each starting with '- ', but it is "
                    + node.describe() + ".", "Start each item on a new line with '- '.");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        int n = 0;
        for (YamlNode item : seq.items()) {
            n++;
            String prefix = pathPrefix + key + "." + n + ".";
            positions.put(pathPrefix + key + "." + n, item.position());
            reader.apply(of(item, itemWhat + " " + n + " of '" + key + "'", allowed, Map.of(), problems, item.position(), prefix, positions))
                    .ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** Reports a problem at a field (or at the mapping when the field is absent). */
    public void error(String key, String message, String fix) {
        problems.error(at(key), message, fix);
    }

    public void warning(String key, String message, String fix) {
        problems.warning(at(key), message, fix);
    }

    public Problems problems() {
        return problems;
    }
}
