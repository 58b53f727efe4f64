package org.engagementportal.content;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.source.Excerpt;
import org.engagementportal.source.Fields;
import org.engagementportal.source.Position;

/** Reads and checks the fields every content file has. */
final class MetaReader {
    /** Past this length a summary stops being "one or two sentences" and is cut short in search results. */
    static final int SUMMARY_LIMIT = 300;

    private MetaReader() {
    }

    static Meta read(Fields f, ReadContext ctx) {
        String title = oneLine(f.text("title", true).orElse(""));
        if (!title.isEmpty() && title.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // Links to the page (its card, the A to Z, search) would say nothing of where they go.
            f.error("title", "the title \"" + Excerpt.of(title, 40) + "\" has no letters or numbers, so links to the page "
                    + "would not say where they go.", "Give the page a title in words, such as title: Questions and answers");
        }
        String summary = oneLine(f.text("summary", true).orElse(""));
        for (String key : List.of("title", "summary")) {
            String value = key.equals("title") ? title : summary;
            markdownIn(value).ifPresent(mark -> f.warning(key, "the " + key + " has " + mark + " in it, which is Markdown; a "
                            + key + " is plain text, so it is shown as typed, marks and all, in the page's heading, lists, feeds, "
                            + "search results and when the page is shared, and screen readers read the marks out.",
                    "Write the " + key + " as plain words, without the marks" + (mark.startsWith("a link") ? ", and put the link in the "
                            + "page's text." : ".")));
            // "Tom &amp; Jerry" and "<b>access</b>" were published as typed, with no word, as the site alert's text is not.
            org.engagementportal.config.DataLoader.markup(value).ifPresent(html -> f.warning(key, "the " + key + " has " + html
                            + " in it; a " + key + " is plain text, so it is shown as typed in the page's heading, lists, feeds, "
                            + "search results and when the page is shared, and screen readers read it out.",
                    "Write the " + key + " as plain words: the character itself (&, not &amp;), and no tags."));
        }
        if (summary.length() > SUMMARY_LIMIT) {
            // The site shows it in full; its readers skim many of them in a list, and search engines cut it short.
            f.warning("summary", "the summary is " + summary.length() + " characters long, more than " + SUMMARY_LIMIT
                            + ": it is shown in full under the page's link in lists, feeds and search results, where a long one "
                            + "makes the list hard to read, and search engines and link previews cut it short.",
                    "Shorten it to one or two sentences and move the detail into the page's text.");
        }
        Vocabulary v = ctx.data().vocabulary();
        List<String> topics = ctx.terms(f, "topics", v.topics(), "topics.yml", "topic");
        List<String> areas = ctx.terms(f, "areas", v.areas(), "areas.yml", "area");
        boolean draft = f.flag("draft", false);
        List<String> aliases = aliases(f);
        Optional<String> owner = f.text("owner", false);
        Optional<LocalDate> updated = f.date("updated", false);
        updated.filter(u -> u.isAfter(ctx.now().toLocalDate())).ifPresent(u -> f.warning("updated", "this page says it was last "
                        + "changed on " + u + ", which is after today; the page shows that date, and search engines are told it.",
                "Set updated: to the day of the last real change, such as " + ctx.now().toLocalDate() + "."));
        Optional<LocalDate> reviewed = f.date("reviewed", false);
        Optional<Period> every = f.interval("review_every", false, "the page would be due for review again on the day it was "
                + "reviewed", "Write how often the page must be checked, for example: review_every: 6 months. If it needs no "
                + "reviews, delete the review_every line and the reviewed line.");
        checkReview(f, ctx, reviewed, every, draft);
        return new Meta(title, summary, topics, areas, draft, aliases, owner, updated, reviewed, every);
    }

    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("[ \\t]*\\R\\s*");

    /**
     * A title or summary written over several lines (after {@code title: |}, or a paragraph pasted in) as one line, its
     * line breaks spaces: as a page shows it, and so in feeds and calendars too, which kept the breaks.
     */
    static String oneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : LINE_BREAK.matcher(text).replaceAll(" ");
    }

    /**
     * An old address: "/", then parts made of letters, digits and {@code - . _ ~ + %XX} separated by single
     * slashes, none of them "." or "..". Anything else could escape the output folder, add rules to
     * {@code _redirects} (a space or line break) or send readers to another website ("//").
     */
    private static final java.util.regex.Pattern ALIAS = java.util.regex.Pattern.compile(
            "/(?:[\\p{L}\\p{M}\\p{Nd}._~+-]|%[0-9A-Fa-f]{2})+(?:/(?:[\\p{L}\\p{M}\\p{Nd}._~+-]|%[0-9A-Fa-f]{2})+)*/?");
    /** An alias with its escapes undone: letters of any alphabet, digits, {@code . _ ~ + -} and single slashes. */
    private static final java.util.regex.Pattern DECODED = java.util.regex.Pattern.compile(
            "/[\\p{L}\\p{M}\\p{Nd}._~+-]+(?:/[\\p{L}\\p{M}\\p{Nd}._~+-]+)*/?");

    /** The most characters in one part of an old address (an alias), or in the name of a file published as it is. */
    public static final int NAME_LIMIT = 200;

    /**
     * Whether a file's or folder's name is too long to publish: over {@link #NAME_LIMIT} characters, or over 250 bytes, as
     * file systems take at most 255 and the portal adds .gz and .br to a text file's name.
     */
    static boolean tooLongToPublish(String name) {
        return name.length() > NAME_LIMIT || name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 250;
    }

    private static List<String> aliases(Fields f) {
        List<String> out = new ArrayList<>();
        for (Fields.Placed item : f.placedTexts("aliases")) {
            String alias = item.value();
            Position at = item.at(); // each alias's own line: three wrong ones are three lines to mend
            // An old address as a browser shows it or as it was written in a link ("/cysylltu-%C3%A2-ni/"): kept as the
            // letters it stands for ("/cysylltu-â-ni/"), the folder a server looks in when it is asked for either.
            String written = alias;
            alias = alias.indexOf('%') < 0 ? alias : org.engagementportal.source.Address.decoded(alias)
                    .filter(d -> DECODED.matcher(d).matches() && !written.toUpperCase(java.util.Locale.ROOT).contains("%2F")).orElse(" ");
            // No part that is or ends with dots: "." and ".." climb folders, and Windows drops a trailing dot, so
            // "/consultations./" would be written over /consultations/.
            boolean dots = ("/" + alias + "/").contains("./");
            if (written.length() > 500 || !ALIAS.matcher(written).matches() || dots || alias.equals(" ")) {
                alias = written;
                f.problems().error(at, "each alias must be an old address on this site starting with /, like "
                        + "/old-consultations/dental/, but one is \"" + Excerpt.of(alias, 100) + "\".",
                        "Write the part of the old address after the site name, starting with /: letters, numbers, "
                                + "hyphens and full stops, with a single / between the parts, and no spaces, ? or #.");
                continue;
            }
            java.util.Optional<String> longPart = java.util.Arrays.stream(alias.split("/"))
                    .filter(MetaReader::tooLongToPublish).findFirst();
            if (longPart.isPresent()) {
                // Its redirect page is written in a folder of that name, which no file system allows past 255 bytes.
                f.problems().error(at, "a part of the alias \"" + Excerpt.of(alias, 100) + "\" is " + longPart.get().length()
                                + " characters long, more than the " + NAME_LIMIT + " a part of an address may have.",
                        "Check it is the old address as it was: no part of a web address is that long.");
                continue;
            }
            String kept = alias.endsWith("/") || alias.contains(".") ? alias : alias + "/";
            f.place("aliases", kept, at); // a clash found later (with a page, another alias) is said at its line too
            out.add(kept);
        }
        return out;
    }

    /**
     * Markdown a title or summary may be written with: bold, a link, code. Not a single * or _ each side of a word, which
     * titles have for other reasons ("*stars*", "snake_case") as often as for italics.
     */
    private static final java.util.regex.Pattern MARKDOWN = java.util.regex.Pattern.compile(
            "\\*\\*\\S|\\S\\*\\*|__\\S|\\[[^\\]]+\\]\\([^)]*\\)|`[^`]+`");

    /** The kind of Markdown in a title or summary, for a message: "**bold** marks", "a link written [words](address)". */
    static Optional<String> markdownIn(String text) {
        if (text.indexOf("**") < 0 && text.indexOf('[') < 0 && text.indexOf('`') < 0 && text.indexOf("__") < 0) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = MARKDOWN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String found = m.group();
        return Optional.of(found.startsWith("[") ? "a link written [words](address)" : found.startsWith("`") ? "`code` marks"
                : "**bold** marks");
    }

    /**
     * Pages past their review date warn; past the grace period they fail the build. A draft only warns: it is not
     * published, so it must not stop the site publishing (the starter pages of a new site are drafts with a review date).
     * A review dated after today is warned about, as it puts the next review off.
     */
    private static void checkReview(Fields f, ReadContext ctx, Optional<LocalDate> reviewed, Optional<Period> every, boolean draft) {
        if (every.isPresent() && reviewed.isEmpty() && !f.has("reviewed")) { // present but not a date: reported as that
            f.error("review_every", "'review_every' is set but 'reviewed' is missing, so nobody can tell when the "
                    + "page is due for review.", "Add reviewed: with the date the page was last checked, e.g. reviewed: 2026-03-31");
            return;
        }
        // A version's 'reviewed' alone says when it was last checked against its page, which is compared with the page's.
        if (reviewed.isPresent() && every.isEmpty() && !f.has("review_every") && ctx.variant().isOriginal()) {
            f.warning("reviewed", "'reviewed' is set but 'review_every' is missing, so the page never falls due for review "
                    + "and nobody is reminded to check it again.", "Add how often it must be checked, such as review_every: "
                    + "12 months, or delete reviewed: if the page needs no reviews.");
            return;
        }
        if (every.isEmpty() || reviewed.isEmpty()) {
            return;
        }
        LocalDate today = ctx.now().toLocalDate();
        LocalDate due = reviewed.get().plus(every.get());
        LocalDate failsOn = due.plus(ctx.data().site().reviewGrace());
        if (reviewed.get().isAfter(today)) {
            f.warning("reviewed", "this page says it was reviewed on " + reviewed.get() + ", which is after today, so its next "
                    + "review is put off to " + due + ".", "Set reviewed: to the day the page was checked, such as " + today + ".");
        } else if (draft && today.isAfter(due)) {
            f.warning("reviewed", "this draft was due for review on " + due + ". It is not published, so it does not stop the "
                            + "site; once it is published, the build will " + (today.isBefore(failsOn) ? "fail from " + failsOn
                            + " until it is reviewed." : "fail until it is reviewed."),
                    "Before you publish it, check it is still right, then set reviewed: " + today + ".");
        } else if (!today.isBefore(failsOn)) {
            f.error("reviewed", "this page was due for review on " + due + " and the grace period ended on " + failsOn
                    + ", so the site cannot be published until it is reviewed: nothing on it changes, not even a consultation "
                    + "opening or closing.", "Check the page is still right, then set reviewed: " + today + ".");
        } else if (today.isAfter(due)) {
            f.warning("reviewed", "this page was due for review on " + due + "; from " + failsOn
                    + " the build will fail until it is reviewed, and the whole site will stop changing.",
                    "Check the page is still right, then set reviewed: " + today + ".");
        }
    }
}
