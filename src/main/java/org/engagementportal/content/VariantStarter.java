package org.engagementportal.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagementportal.source.Problems;
import org.engagementportal.source.SourceText;
import org.engagementportal.source.Yaml;
import org.engagementportal.source.YamlNode;

/**
 * Starts an easy-read or translated version of a page, beside it ({@code dental.easy-read.md},
 * {@code dental.cy.md}). The version is read as the same type as its page, so it copies the fields that make it
 * that page, exactly as they are written there: the type's own fields (a consultation's dates and ways to respond,
 * a meeting's time and place), 'type', 'topics', 'areas' and 'owner'. It is dated today, so it is not reported as
 * older than its page. An easy-read version gets the usual easy-read headings with guidance in notes for the
 * writer; a translation starts from the page's own text, to be translated.
 */
public final class VariantStarter {
    /** The fields every type has that a version shares with its page. */
    private static final List<String> SHARED = List.of("type", "topics", "areas", "owner");

    private VariantStarter() {
    }

    /**
     * @param original the page, loaded without errors
     * @param source   its text
     * @param variant  easy read, or a translation
     * @param title    the version's title, when the person gave one
     */
    public static Starter of(Document original, SourceText source, Variant variant, Optional<String> title, StarterContext ctx) {
        if (variant.isOriginal()) {
            throw new IllegalArgumentException("a version of a page is easy read or a translation");
        }
        String rel = original.source().substring(ContentLoader.CONTENT.length() + 1, original.source().length() - ".md".length());
        int slash = rel.lastIndexOf('/');
        String folder = slash < 0 ? "" : rel.substring(0, slash);
        String name = rel.substring(slash + 1) + "." + variant.pathSegment().orElseThrow();
        boolean easyRead = variant.kind() == Variant.Kind.EASY_READ;
        String language = variant.language().map(VariantStarter::languageName).orElse("");
        Meta meta = original.meta();

        StarterText t = new StarterText();
        if (easyRead) {
            t.title(title.orElse(meta.title() + " \u2013 easy read"), "The title of the easy-read version, in easy words.");
            t.summary("An easy read version of " + meta.title() + ".", "What this version is about, in easy words.");
        } else {
            t.title(title.orElse(meta.title()), "The title, translated into " + language + ".");
            t.summary(meta.summary(), "Translate the summary into " + language + ".");
        }
        Map<Integer, String> rewrite = easyRead ? toRewrite(original, source) : Map.of();
        String copied = copiedFields(original, source, rewrite);
        if (!copied.isEmpty()) {
            t.comment("These settings are copied from " + original.source() + ", so this version shows the same dates and "
                    + "details as the page. When you change them there, change them here too." + (rewrite.isEmpty() ? ""
                    : " Write what people told us and what we did again in easy words, in place of the notes in <!-- -->."));
            t.lines(copied);
        }
        t.comment("false publishes it with the page; true keeps it off the site while you finish it. A version of a draft "
                + "page must be a draft too." + (rewrite.isEmpty() ? "" : " It starts as a draft, as what people told us and what "
                + "we did are still to write in easy words: set false once they are."));
        t.field("draft", meta.draft() || ctx.draft() || !rewrite.isEmpty() ? "true" : "false");
        t.comment("The date this version last said the same as its page. The check warns when the page's own 'updated' "
                + "date is later, as the version may then be out of date.");
        t.field("updated", ctx.today().toString());
        rawValue(source, "review_every").ifPresent(every -> {
            t.comment("The date someone last checked this version is still right, and how often it must be checked.");
            t.field("reviewed", ctx.today().toString());
            t.field("review_every", every);
        });
        String body = easyRead ? EASY_READ_BODY
                : "<!-- Translate the text below into " + language + ". Keep each link's address as it is (the part in "
                        + "round brackets), and keep the ## at the start of each heading. -->\n\n" + original.body().markdown();
        return new Starter(folder, name, t.build(body));
    }

    /** "Welsh" for "cy"; the code itself when Java does not know the language. */
    static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? "the language '" + code + "'" : name;
    }

    /** Whether {@code code} may end a file name as a translation's language ("cy", "pt-BR"). */
    public static boolean isLanguage(String code) {
        return FileName.isLanguage(code);
    }

    private static final String EASY_READ_BODY = """
            <!-- Easy read: short sentences of 15 words or fewer, one idea in each, and everyday words. Explain any \
            hard word. A picture at the start of a paragraph, with words saying what it shows, is laid out beside \
            the text, like this: ![A speech bubble](/pictures/talk.svg) You can talk to us. -->

            ## What this is about

            <!-- Say what the page is about in two or three short sentences. -->

            ## What this means for you

            <!-- Say what could change for the reader, and what will stay the same. -->

            ## What you can do

            <!-- Say how to tell us what you think, or who to talk to. Give a phone number and an email address. -->
            """;

    /** What each of the types' writing in their settings says, for the note an easy-read version is started with in its place. */
    private static final Map<String, String> WRITING = Map.of("feedback", "What people told us", "heard", "What people told us",
            "outcome", "What we did", "did", "What we did");

    /**
     * For an easy-read version, the page's writing in its settings ("we did", an outcome): not copied, since it is to be
     * written again in easy words (copied, it stopped the new file at the easy-read checks); a note in its place says so.
     * Each line of it by number, with what to write instead, or "" to leave the line out.
     */
    private static Map<Integer, String> toRewrite(Document original, SourceText source) {
        Map<Integer, String> out = new HashMap<>();
        for (ContentKind.Passage p : original.passages()) {
            String what = WRITING.get(p.field());
            List<String> lines = p.markdown().lines().toList();
            if (what == null || lines.isEmpty()) {
                continue;
            }
            String first = source.line(p.firstLine());
            int at = first.indexOf(lines.get(0));
            if (at < 0) {
                continue; // written in a way not found as it is read (escapes in quotes): copied as it is
            }
            if (at > 0 && (first.charAt(at - 1) == '"' || first.charAt(at - 1) == '\'')) {
                at--;
            }
            out.put(p.firstLine(), first.substring(0, at) + "<!-- " + what + ", in easy words. -->");
            for (int line = p.firstLine() + 1; line < p.firstLine() + lines.size(); line++) {
                out.put(line, "");
            }
        }
        return out;
    }

    /** The page's own lines for each field a version shares, in the page's order, without notes below them. */
    private static String copiedFields(Document original, SourceText source, Map<Integer, String> rewrite) {
        Set<String> wanted = new LinkedHashSet<>(SHARED);
        wanted.addAll(original.kind().fields());
        List<YamlNode.Entry> entries = entries(source);
        int end = original.body().firstLine() - 1; // the closing --- line
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            YamlNode.Entry e = entries.get(i);
            if (!wanted.contains(e.key())) {
                continue;
            }
            int from = e.keyPosition().line();
            int to = (i + 1 < entries.size() ? entries.get(i + 1).keyPosition().line() : end) - 1;
            // Notes and blank lines before the next field belong to it, not to this one.
            while (to > from && (source.line(to).isBlank() || source.line(to).startsWith("#"))) {
                to--;
            }
            for (int line = from; line <= to; line++) {
                String instead = rewrite.get(line);
                if (instead == null) {
                    out.append(source.line(line)).append('\n');
                } else if (!instead.isEmpty()) {
                    out.append(instead).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static Optional<String> rawValue(SourceText source, String key) {
        return entries(source).stream().filter(e -> e.key().equals(key)).map(YamlNode.Entry::value)
                .filter(v -> v instanceof YamlNode.Scalar s && !s.isNull()).map(v -> ((YamlNode.Scalar) v).value().strip())
                .findFirst();
    }

    private static List<YamlNode.Entry> entries(SourceText source) {
        Problems ignored = new Problems(); // the page was loaded without errors, so there are none
        Optional<FrontMatter> fm = FrontMatter.split(source, ignored);
        Optional<YamlNode> root = fm.flatMap(f -> Yaml.parse(source, f.yaml(), f.yamlFirstLine(), ignored));
        return root.filter(r -> r instanceof YamlNode.Mapping).map(r -> ((YamlNode.Mapping) r).entries())
                .map(ArrayList::new).map(l -> (List<YamlNode.Entry>) l).orElse(List.of());
    }
}
