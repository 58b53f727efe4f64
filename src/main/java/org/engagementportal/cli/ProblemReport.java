package org.engagementportal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagementportal.source.Excerpt;
import org.engagementportal.source.Limits;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.source.SourceText;

/**
 * Prints problems for people: each with its place, the line it is on with a marker under the column,
 * and how to fix it; at most {@value #LIMIT}, then a count of the rest. Or, for GitHub Actions, as
 * workflow annotations that appear on the pull request's changed lines.
 */
final class ProblemReport {
    static final int LIMIT = 50;

    enum Style { TEXT, GITHUB }

    private final Path siteRoot;
    private final Map<String, SourceText> sources = new HashMap<>();

    ProblemReport(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    void print(Problems problems, Style style, PrintStream out) {
        List<Problem> all = problems.sorted();
        // A warning in the same words in a page and its versions (a PDF that a page and its translations all name, mended
        // once in the PDF) is printed once, with the other versions' places under it. Two in one file stay apart, as each is
        // mended where it is; each keeps its annotation on the pull request's line.
        Map<List<String>, List<Problem>> also = new HashMap<>();
        Map<Problem, List<Problem>> shownWith = new HashMap<>();
        List<Problem> blocks = new java.util.ArrayList<>();
        for (Problem p : all) {
            if (style == Style.TEXT && !p.isError()) {
                List<String> key = List.of(p.message(), p.fix(), pageOf(p.position().file()));
                List<Problem> same = also.get(key);
                if (same != null && same.stream().noneMatch(a -> a.position().file().equals(p.position().file()))) {
                    same.add(p);
                    continue;
                }
                if (same == null) {
                    same = new java.util.ArrayList<>(List.of(p));
                    also.put(key, same);
                    shownWith.put(p, same);
                }
            }
            blocks.add(p);
        }
        // Errors before warnings: a site with many warnings (every consultation whose outcome is overdue) would otherwise
        // hide the error that stopped the build behind them, in the terminal and on the pull request alike. The ones shown
        // keep their order by place.
        long errors = blocks.stream().filter(Problem::isError).count();
        java.util.Set<Problem> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        blocks.stream().filter(Problem::isError).limit(LIMIT).forEach(chosen::add);
        blocks.stream().filter(p -> !p.isError()).limit(Math.max(0, LIMIT - chosen.size())).forEach(chosen::add);
        List<Problem> shownBlocks = blocks.stream().filter(chosen::contains).toList();
        int shown = shownBlocks.size();
        for (Problem p : shownBlocks) {
            if (style == Style.GITHUB) {
                out.println(annotation(p));
            } else {
                // Led by the page itself where it is one of them (its easy-read version's file sorts before it).
                List<Problem> same = shownWith.getOrDefault(p, List.of(p));
                Problem lead = same.stream().filter(a -> a.position().file().equals(pageOf(a.position().file()) + ".md"))
                        .findFirst().orElse(p);
                out.print(text(lead, same.stream().filter(a -> a != lead).map(Problem::position).toList()));
            }
        }
        if (blocks.size() > shown) {
            String hidden = errors > LIMIT ? (blocks.size() - shown) + " more" : plural(blocks.size() - shown, "more warning");
            out.println("... and " + hidden + " not shown. Fix the ones above and run again to see the rest.");
        }
    }

    /**
     * The page a content file is a version of, or the file itself: "content/c/hubs.pl.md" and "content/c/hubs.easy-read.md"
     * are "content/c/hubs", as a page's address has no dot and a version's file name is its page's, a dot and the version.
     */
    static String pageOf(String file) {
        int slash = file.lastIndexOf('/');
        int dot = file.indexOf('.', slash + 1);
        return file.endsWith(".md") && dot >= 0 ? file.substring(0, dot) : file;
    }

    /** A summary line: "2 errors and 1 warning in 3 files." */
    static String summary(Problems problems) {
        List<Problem> all = problems.sorted();
        long errors = all.stream().filter(Problem::isError).count();
        long warnings = all.size() - errors;
        long files = all.stream().map(p -> p.position().file()).distinct().count();
        return plural(errors, "error") + " and " + plural(warnings, "warning") + " in " + plural(files, "file") + ".";
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Of a long line, the characters shown either side of the column. */
    static final int WINDOW = 80;

    private String text(Problem p, List<Position> also) {
        Parts parts = parts(p);
        StringBuilder sb = new StringBuilder(parts.heading()).append('\n');
        if (!parts.excerpt().isEmpty()) {
            sb.append(parts.excerpt().indent(4));
        }
        if (!parts.fix().isEmpty()) {
            sb.append(parts.fix().indent(4));
        }
        if (!also.isEmpty()) {
            List<String> places = also.stream().map(a -> visible(a.toString(), true)).toList();
            String last = places.get(places.size() - 1);
            sb.append(("The same warning at " + (places.size() == 1 ? last
                    : String.join(", ", places.subList(0, places.size() - 1)) + " and " + last) + ".").indent(4));
        }
        return sb.append('\n').toString();
    }

    /**
     * A problem as the report prints it, in its three parts, without the report's indent: the heading
     * ({@code file:line:col: error: message}), the line with a caret line under it (empty when the problem
     * has no line) and the {@code Fix:} (empty when there is none). The preview shows the same parts.
     */
    record Parts(String heading, String excerpt, String fix) {
    }

    Parts parts(Problem p) {
        // Only lines the portal starts begin at the margin: a file name or message with a line break in it (from
        // content) cannot print a line that reads as a problem of its own.
        String heading = visible(p.position().toString(), true) + ": " + p.severity().label() + ": "
                + visible(p.message()).replace("\n", "\n    ");
        StringBuilder excerpt = new StringBuilder();
        Position at = p.position();
        if (at.hasLine()) {
            String line = line(at);
            if (!line.isEmpty()) {
                // A long line is shown around the column, so one problem cannot fill the screen.
                int column = Math.max(at.column(), 1) - 1;
                int from = line.length() > 2 * WINDOW ? Math.max(0, Math.min(column, line.length()) - WINDOW) : 0;
                int to = line.length() > 2 * WINDOW ? Math.min(line.length(), from + 2 * WINDOW) : line.length();
                String shown = (from > 0 ? "..." : "") + visible(line.substring(from, to), true) + (to < line.length() ? "..." : "");
                String number = Integer.toString(at.line());
                excerpt.append(number).append(" | ").append(shown);
                if (at.column() > 0) {
                    String before = (from > 0 ? "..." : "") + visible(line.substring(from, Math.min(Math.max(column, from), to)), true);
                    excerpt.append('\n').append(" ".repeat(number.length())).append(" | ")
                            .append(pad(before, before.length())).append('^');
                }
            }
        }
        String fix = p.fix().isEmpty() ? "" : "Fix: " + visible(p.fix()).replace("\n", "\n     ");
        return new Parts(heading, excerpt.toString(), fix);
    }

    static String visible(String s) {
        return visible(s, false);
    }

    /**
     * Text from content as it is safe to print to a terminal or a CI log: control characters (which can move
     * the cursor, clear the screen or forge a GitHub annotation) and the invisible characters that reverse
     * text are shown as {@code \\uXXXX}. Line breaks are kept in messages; tabs in source lines (and file
     * positions, which are one line too).
     */
    static String visible(String s, boolean sourceLine) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hide = Excerpt.isHidden(c) && !(c == '\t' && sourceLine) && !(c == '\n' && !sourceLine);
            if (hide && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (hide) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Spaces (and tabs where the line has tabs) up to a column, so the marker lines up. */
    private static String pad(String line, int column) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < column && i < line.length(); i++) {
            sb.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return sb.toString();
    }

    private String line(Position at) {
        SourceText text = sources.computeIfAbsent(at.file(), f -> {
            try {
                Path file = siteRoot.resolve(f);
                if (!Files.isRegularFile(file)) {
                    return null;
                }
                if (Files.size(file) > Limits.MAX_FILE_BYTES) {
                    return null; // larger than any page the portal reads: the problem is shown without its lines
                }
                return SourceText.of(f, new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\uFEFF", ""));
            } catch (IOException e) {
                return null;
            }
        });
        return text == null ? "" : text.line(at.line());
    }

    /** "::error file=content/x.md,line=4,col=8,title=...::message" */
    static String annotation(Problem p) {
        Position at = p.position();
        StringBuilder sb = new StringBuilder("::").append(p.isError() ? "error" : "warning")
                .append(" file=").append(property(visible(at.file())));
        if (at.hasLine()) {
            sb.append(",line=").append(at.line());
            if (at.column() > 0) {
                sb.append(",col=").append(at.column());
            }
        }
        String message = visible(p.message() + (p.fix().isEmpty() ? "" : " " + p.fix()));
        return sb.append("::").append(data(message)).toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
