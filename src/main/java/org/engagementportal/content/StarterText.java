package org.engagementportal.content;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.engagementportal.config.Term;

/**
 * Writes a new file's front matter, field by field, each under a comment in plain words, and then its body.
 * The fields every type has ({@link Meta#FIELDS}) have methods of their own, so every type explains them alike.
 */
public final class StarterText {
    /** Comments are wrapped at this width, so they read without scrolling sideways. */
    static final int WIDTH = 110;
    /** Text safe to write without quotes: starts with a letter, no character YAML gives a meaning to. */
    private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{N} ,.()'\u2019\u2013/-]*");
    private static final Pattern NOT_TEXT = Pattern.compile("(?i)true|false|yes|no|on|off|null|y|n");

    private final StringBuilder yaml = new StringBuilder();

    /** A comment above the next field, in plain words, wrapped. */
    public StarterText comment(String words) {
        StringBuilder line = new StringBuilder("#");
        for (String word : words.strip().split(" +")) {
            if (line.length() + 1 + word.length() > WIDTH && line.length() > 1) {
                yaml.append(line).append('\n');
                line = new StringBuilder("#");
            }
            line.append(' ').append(word);
        }
        yaml.append(line).append('\n');
        return this;
    }

    /** A field whose value is written as YAML already ("2027-01-21T10:00", "[]", "true"); empty for none yet. */
    public StarterText field(String key, String yamlValue) {
        yaml.append(key).append(':').append(yamlValue.isEmpty() ? "" : " " + yamlValue).append('\n');
        return this;
    }

    /** A field of text, quoted when it needs to be. */
    public StarterText text(String key, String value) {
        return field(key, quote(value));
    }

    /** Lines of YAML as they are (a group of fields, a list of items), each ending in a line break. */
    public StarterText lines(String yamlLines) {
        yaml.append(yamlLines);
        if (!yamlLines.isEmpty() && !yamlLines.endsWith("\n")) {
            yaml.append('\n');
        }
        return this;
    }

    public StarterText title(String title, String comment) {
        return comment(comment).text("title", title);
    }

    public StarterText summary(String summary, String comment) {
        return comment(comment + " It is shown in lists, feeds and search results: one or two sentences, under "
                + MetaReader.SUMMARY_LIMIT + " characters.").text("summary", summary);
    }

    /**
     * An example of how to fill in the next field, as comment lines indented under the comment before it, each
     * written as it would be in the file.
     */
    public StarterText example(String... yamlLines) {
        for (String line : yamlLines) {
            yaml.append("#   ").append(line).append('\n');
        }
        return this;
    }

    /**
     * The fields every type has, after the type's own: 'type', 'topics', 'areas', then {@link #publishing}.
     *
     * @param typeComment why the 'type' line is there: a word the folder already decides, or the one that makes
     *                    the file what it is
     */
    public StarterText common(String typeId, String typeComment, StarterContext ctx, Optional<String> reviewEvery) {
        comment(typeComment).field("type", typeId);
        tags(ctx);
        return publishing(ctx, reviewEvery);
    }

    /** 'topics' and 'areas', each with the ids the site's lists have. */
    private StarterText tags(StarterContext ctx) {
        var v = ctx.data().vocabulary();
        return tag("topics", "Topics it is about", v.topics(), "topics.yml")
                .tag("areas", "Areas it is for", v.areas(), "areas.yml");
    }

    private StarterText tag(String key, String what, List<Term> terms, String file) {
        String ids = terms.isEmpty() ? "the list is empty for now" : String.join(", ", terms.stream().map(Term::id).toList());
        String example = terms.isEmpty() ? "" : " For example: " + key + ": [" + terms.get(0).id() + "].";
        return comment(what + ", from content/_data/" + file + " (" + ids + "). Leave the brackets empty for none."
                + example).field(key, "[]");
    }

    /**
     * 'draft', 'aliases', 'owner', 'updated', 'reviewed' and 'review_every'. With {@code reviewEvery} the page is
     * marked as checked today and due again after it; without, both are left empty (for pages about one date,
     * such as a meeting, which nobody needs to review).
     */
    private StarterText publishing(StarterContext ctx, Optional<String> reviewEvery) {
        comment("false publishes it when your change is merged; true keeps it off the site while you finish it.");
        field("draft", ctx.draft() ? "true" : "false");
        comment("Old addresses on this site that should send readers here, such as [/old-consultations/dental/]. "
                + "Usually none.");
        field("aliases", "[]");
        comment("The team that looks after it, such as Engagement Team.");
        field("owner", "");
        comment("The date of the last real change, shown on the page. Change it when you change what it says.");
        field("updated", ctx.today().toString());
        if (reviewEvery.isPresent()) {
            comment("The date someone last checked it is still right, and how often it must be checked (such as 6 months). "
                    + "When a check is due the build warns; some months later it stops until someone checks the page.");
            field("reviewed", ctx.today().toString());
            field("review_every", reviewEvery.get());
        } else {
            comment("For a page that stays up for a long time: the date someone last checked it is still right, and how "
                    + "often it must be checked (such as 12 months). Fill in both, or neither.");
            field("reviewed", "");
            field("review_every", "");
        }
        return this;
    }

    /** The whole file: the front matter between its two --- lines, then the body. */
    public String build(String body) {
        return "---\n" + yaml + "---\n" + body.strip() + "\n";
    }

    /**
     * A value as YAML text: as it is when that is safe, otherwise in double quotes with {@code \} and {@code "}
     * escaped, so a title such as {@code Eastbrook & Kingsmere: what's "next"? #2} stays exactly that.
     */
    public static String quote(String value) {
        if (PLAIN.matcher(value).matches() && !NOT_TEXT.matcher(value).matches() && !value.endsWith(" ")) {
            return value;
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Text on one line: line breaks, tabs and other control characters become spaces, runs of spaces one. */
    public static String oneLine(String text) {
        return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s\u0085]+", " ").strip();
    }
}
