package org.engagementportal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.engagementportal.pipeline.Pipeline;
import org.engagementportal.publish.Changes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code portal changes --before OLD --after NEW}: what a change does to the built site, from the two builds'
 * manifests. For a pull request, a summary in plain words (pages added, changed and removed, the problems a
 * check finds, the reading ages of the changed pages) for GitHub's job summary; with {@code --list}, every
 * file that changed, for uploading only those.
 */
@Command(name = "changes", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = {"Compare two builds of the site: which pages a change adds, changes and removes, in plain words "
                + "for a pull request's summary, or every changed file with --list (for uploading only those).",
                "",
                "  portal changes --before main-public --after public --summary summary.md",
                "  portal changes --before live-manifest.json --after public --list",
                ""})
final class ChangesCommand implements Callable<Integer> {
    @Option(names = "--before", required = true, paramLabel = "DIR|FILE",
            description = "The earlier build: its folder, or its manifest.json (for example the live site's). "
                    + "A folder or file that does not exist counts as an empty site.")
    Path before;

    @Option(names = "--after", paramLabel = "DIR", description = "The newer build's folder (default: public/ in the site folder).")
    Path after;

    @Option(names = "--list", description = "Print one line per changed file instead: + (new), ~ (changed) or - (gone), "
            + "then its path, like + /consultations/dental/index.html.")
    boolean list;

    @Option(names = "--summary", paramLabel = "FILE", description = "Add the summary to this file instead of printing it "
            + "(on GitHub: \"$GITHUB_STEP_SUMMARY\").")
    Path summary;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder of the newer build, checked for "
            + "problems and reading ages (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--now", paramLabel = "DATE-TIME", description = "Check as if it were this time, as the build was "
            + "(default: the real time).")
    String now;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // --list with --after needs no site folder: it compares two builds only.
        Path site = list && after != null ? null : SiteOptions.siteFolder(source);
        if (summary != null) {
            WritePaths.file(summary, "--summary", "summary.md");
        }
        Path newer = after != null ? after.toAbsolutePath().normalize() : site.resolve("public");
        boolean built = Files.isRegularFile(newer.resolve("manifest.json"));
        if (!built && (list || Files.exists(newer))) {
            throw new UsageProblem("there is no built site in " + newer + " (no manifest.json). Run portal build first, or give "
                    + "the newer build with --after.");
        }
        if (Files.isRegularFile(before) && !org.engagementportal.publish.Manifest.readable(before)) {
            // Counted as a site with no files, every file was "added" and none removed: a page the CDN sent for a
            // manifest it did not have (an error page saved as live-manifest.json) left every deleted page online.
            throw new UsageProblem(before + " is not a manifest.json the portal wrote. Give the earlier build's manifest.json, "
                    + "or, when nothing is published yet, a file holding {\"files\": []}.");
        }
        if (Files.isDirectory(before) && !Files.isRegularFile(before.resolve("manifest.json")) && !isEmptyFolder(before)) {
            throw new UsageProblem(before + " is not a built site (it has no manifest.json). Give the earlier build's folder "
                    + "or its manifest.json.");
        }
        // A change that does not build (its folder was never made) is summarised by its problems alone.
        Optional<Changes> changes = built ? Optional.of(Changes.between(before, newer)) : Optional.empty();
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            Changes c = changes.orElseThrow();
            c.added().forEach(p -> out.println("+ " + p));
            c.changed().forEach(p -> out.println("~ " + p));
            c.removed().forEach(p -> out.println("- " + p));
            out.flush();
            return ExitCode.OK.code();
        }
        var options = new Pipeline.Options(site, Optional.empty(), SiteOptions.clock(now), Optional.empty());
        Pipeline.Result checked = new Pipeline().withReadingAges().run(options, stage -> { });
        if (!built && !checked.problems().hasErrors()) {
            // No build there, and no mistake to stop one: the folder named is not where the build went (a typing
            // mistake in --after), which the summary called a change that could not be built, with no mistakes.
            throw new UsageProblem("there is no built site in " + newer + ", and the content has no mistakes that would stop "
                    + "a build. Run portal build first, or give the folder it built with --after.");
        }
        String text = ChangeSummary.markdown(changes, before, newer, checked);
        if (summary != null) {
            Path parent = summary.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(summary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } else {
            out.print(text);
            out.flush();
        }
        return ExitCode.OK.code();
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        try (var in = Files.list(dir)) {
            return in.findAny().isEmpty();
        }
    }

    static SortedSet<String> union(SortedSet<String> a, SortedSet<String> b) {
        SortedSet<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }
}
