package org.engagementportal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.engagementportal.pipeline.Pipeline;
import org.engagementportal.plain.PlainEnglish;
import org.engagementportal.publish.Changes;
import org.engagementportal.source.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The summary of a pull request's change to the site, in plain words and GitHub's Markdown: the pages it adds,
 * changes and removes (by title and address), the problems a check finds, and the reading ages of the pages it
 * adds or changes. Text from content is escaped, so a title cannot add links or formatting to the summary.
 */
final class ChangeSummary {
    /** At most this many pages or problems in one list; the rest are counted. */
    static final int SHOWN = 50;

    private ChangeSummary() {
    }

    static String markdown(Optional<Changes> built, Path before, Path after, Pipeline.Result checked) {
        StringBuilder md = new StringBuilder("## What this change does to the website\n\n");
        if (built.isEmpty()) {
            md.append("**The website could not be built with this change**, so no pages are compared. The problems below "
                    + "say what to fix.\n\n");
            problems(md, checked);
            return md.toString();
        }
        Changes changes = built.get();
        SortedSet<String> added = Changes.pages(changes.added());
        SortedSet<String> changed = Changes.pages(changes.changed());
        SortedSet<String> removed = Changes.pages(changes.removed());
        SortedSet<String> filesAdded = files(changes.added());
        SortedSet<String> filesChanged = files(changes.changed());
        SortedSet<String> filesRemoved = files(changes.removed());
        int files = filesAdded.size() + filesChanged.size() + filesRemoved.size();
        if (added.isEmpty() && changed.isEmpty() && removed.isEmpty()) {
            long others = java.util.stream.Stream.of(changes.added(), changes.changed(), changes.removed()).flatMap(SortedSet::stream)
                    .filter(f -> !isFile(uncompressed(f))).count();
            String filesSaid = files == 0 ? "" : files + (files == 1 ? " document or picture" : " documents or pictures");
            String othersSaid = others == 0 ? "" : ProblemReport.plural(others, "other file")
                    + " (feeds, calendars, data or styles)";
            md.append(files + others == 0 ? "Nothing on the website changes." : "No page changes, but " + filesSaid
                    + (files > 0 && others > 0 ? " and " : "") + othersSaid + (files + others == 1 ? " does." : " do."))
                    .append("\n\n");
        } else {
            md.append("**").append(ProblemReport.plural(added.size(), "page")).append(" added, ")
                    .append(ProblemReport.plural(changed.size(), "page")).append(" changed, ")
                    .append(ProblemReport.plural(removed.size(), "page")).append(" removed.**\n\n");
        }
        pages(md, "Pages added", added, after);
        pages(md, "Pages changed", changed, after);
        pages(md, "Pages removed", removed, Files.isDirectory(before) ? before : null);
        if (files > 0) {
            // A new version of a paper or a changed picture changes no page's words: said here, or a pull request that
            // replaced the Board's papers read as "no page changes".
            md.append("### Documents and pictures\n\n");
            int n = 0;
            for (var list : List.of(Map.entry("added", filesAdded), Map.entry("changed", filesChanged), Map.entry("removed", filesRemoved))) {
                for (String f : list.getValue()) {
                    if (n++ < SHOWN) {
                        md.append("- `").append(code(f)).append("` (").append(list.getKey()).append(")\n");
                    }
                }
            }
            if (files > SHOWN) {
                md.append("- and ").append(files - SHOWN).append(" more\n");
            }
            md.append('\n');
        }
        problems(md, checked);
        readingAges(md, checked, union(added, changed));
        return md.toString();
    }

    private static void pages(StringBuilder md, String heading, SortedSet<String> pages, Path built) {
        if (pages.isEmpty()) {
            return;
        }
        md.append("### ").append(heading).append("\n\n");
        int n = 0;
        for (String page : pages) {
            if (n++ == SHOWN) {
                md.append("- and ").append(pages.size() - SHOWN).append(" more\n");
                break;
            }
            String title = built == null ? "" : title(built, page);
            md.append("- ").append(title.isEmpty() ? "" : escape(title) + ": ").append('`').append(code(page)).append("`\n");
        }
        md.append('\n');
    }

    private static void problems(StringBuilder md, Pipeline.Result checked) {
        List<Problem> all = checked.problems().sorted();
        md.append("### Problems\n\n");
        if (all.isEmpty()) {
            md.append("None: the check found no mistakes.\n\n");
            return;
        }
        md.append(ProblemReport.summary(checked.problems())).append(checked.problems().hasErrors()
                ? " Errors must be fixed before this can be published; each is also shown on its line under \"Files changed\"."
                : " Warnings do not stop publishing, but please look at them.").append("\n\n");
        int n = 0;
        for (Problem p : all) {
            if (n++ == SHOWN) {
                md.append("- and ").append(all.size() - SHOWN).append(" more\n");
                break;
            }
            md.append("- ").append(p.isError() ? "**Error**" : "Warning").append(" in `").append(code(p.position().toString()))
                    .append("`: ").append(escape(p.message())).append(p.fix() == null || p.fix().isBlank() ? ""
                            : " Fix: " + escape(p.fix())).append('\n');
        }
        md.append('\n');
    }

    private static void readingAges(StringBuilder md, Pipeline.Result checked, SortedSet<String> pages) {
        Map<String, List<String>> addresses = checked.addresses();
        List<PlainEnglish.PageScore> scores = new ArrayList<>(checked.readingAges().stream()
                .filter(s -> addresses.getOrDefault(s.source(), List.of()).stream().anyMatch(pages::contains)).toList());
        if (pages.isEmpty()) {
            return;
        }
        md.append("### How easy the added and changed pages are to read\n\n");
        if (scores.isEmpty()) {
            md.append("None of them is long enough to score (a page needs ").append(PlainEnglish.MIN_WORDS_FOR_SCORE)
                    .append(" words or more).\n\n");
            return;
        }
        scores.sort(Comparator.comparingDouble((PlainEnglish.PageScore s) -> s.score().smog()).reversed()
                .thenComparing(PlainEnglish.PageScore::source));
        md.append("The reading age is worked out from the length of the sentences and words (the SMOG grade plus 5). "
                        + "Lower is easier: pages for the public should be as easy to read as you can make them. Pages under "
                        + PlainEnglish.MIN_WORDS_FOR_SCORE + " words are too short to score.\n\n")
                .append("| Page | Reading age | Words |\n|---|---|---|\n");
        int n = 0;
        for (PlainEnglish.PageScore s : scores) {
            if (n++ == SHOWN) {
                break;
            }
            md.append("| `").append(code(s.source())).append("` | ")
                    .append(String.format(Locale.UK, "%.0f", s.score().smog() + 5)).append(" | ")
                    .append(s.score().words()).append(" |\n");
        }
        md.append('\n');
    }

    /**
     * The documents and pictures among {@code files} that come from content (a PDF, a picture, a spreadsheet), not their
     * compressed copies nor what the portal makes itself (its styles and pictures under /assets/, the search index,
     * calendars, the open data, robots.txt, the charts of "you said, we did").
     */
    static SortedSet<String> files(SortedSet<String> files) {
        SortedSet<String> out = new java.util.TreeSet<>();
        for (String f : files) {
            if (f.equals(uncompressed(f)) && isFile(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean isFile(String f) {
        return !f.startsWith("/assets/") && !f.startsWith("/search/") && !f.startsWith("/open-data/") && !f.equals("/robots.txt")
                && !(f.startsWith("/you-said-we-did/") && f.endsWith(".svg")) // the yearly reports' charts
                && org.engagementportal.attachments.FileTypes.of(f).filter(t -> !t.group().equals("calendars")).isPresent();
    }

    private static String uncompressed(String f) {
        return f.endsWith(".gz") ? f.substring(0, f.length() - 3) : f.endsWith(".br") ? f.substring(0, f.length() - 3) : f;
    }

    /** The page's main heading in the built site, or nothing when it cannot be read. */
    static String title(Path built, String page) {
        Path file = built.resolve(page.substring(1) + (page.endsWith("/") ? "index.html" : ""));
        try {
            if (!Files.isRegularFile(file)) {
                return "";
            }
            Element h1 = Jsoup.parse(file.toFile(), "UTF-8").selectFirst("h1");
            return h1 == null ? "" : h1.text().strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Text from content as plain text in Markdown: every character that could start formatting is escaped. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder();
        text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]+", " ").codePoints().forEach(c -> {
            if ("\\`*_{}[]()<>#+-.!|~&\"'".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.appendCodePoint(c);
        });
        return b.toString();
    }

    /** Text inside a code span: no backticks or line breaks to end it early. */
    static String code(String text) {
        return text.replaceAll("[`\\p{Cc}]", "?");
    }

    private static SortedSet<String> union(SortedSet<String> a, SortedSet<String> b) {
        return ChangesCommand.union(a, b);
    }
}
