package org.engagementportal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.engagementportal.audit.Audit;
import org.engagementportal.audit.AuditSummary;
import org.engagementportal.audit.AxeAudit;
import org.engagementportal.audit.Baseline;
import org.engagementportal.audit.Chromium;
import org.engagementportal.audit.Issue;
import org.engagementportal.audit.Pa11yConfig;
import org.engagementportal.audit.Reports;
import org.engagementportal.config.DataLoader;
import org.engagementportal.publish.Changes;
import org.engagementportal.source.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code portal audit}: axe-core in Debian's Chromium over every page of the built site. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Check every page of the built site with axe-core in headless Chromium and the portal's own rules "
                + "(WCAG 2.2 A and AA, or the standard in .pa11yci). "
                + "New problems, not in the baseline, fail the audit.")
final class AuditCommand implements Callable<Integer> {
    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: the current folder).")
    Path source;

    @Option(names = "--out", paramLabel = "DIR", description = "The built site to check (default: public/ in the site folder).")
    Path out;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Where to write pa11y.json, index.html and junit.xml (default: audit-report/ in the site folder).")
    Path report;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accepted known issues (default: .a11y-baseline.json in the site folder).")
    Path baseline;

    @Option(names = "--config", paramLabel = "FILE", description = "A pa11y-ci configuration (default: .pa11yci in the site folder, if there is one).")
    Path config;

    @Option(names = "--include-warnings", description = "Also report warnings: likely problems a person needs to confirm, "
            + "and axe-core's best-practice rules (as pa11y's --include-warnings).")
    boolean includeWarnings;

    @Option(names = "--include-notices", description = "Also report notices: things a person should look at (as pa11y's --include-notices).")
    boolean includeNotices;

    @Option(names = "--update-baseline", description = "Accept every issue found now: write them as the baseline.")
    boolean updateBaseline;

    @Option(names = "--changed-since", paramLabel = "DIR|FILE", description = "Check only the pages added or changed since "
            + "this earlier build (its folder or its manifest.json), as on a pull request.")
    Path changedSince;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the summary.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * The site's pa11y-ci settings where pa11y-ci looks for them with no {@code --config}, in its order: {@code .pa11yci}, then
     * {@code .pa11yci.js}, then {@code .pa11yci.json}; {@code .pa11yci} when there is none (the standard settings).
     */
    static Path defaultConfig(Path site) {
        for (String name : List.of(".pa11yci", ".pa11yci.js", ".pa11yci.json")) {
            if (Files.isRegularFile(site.resolve(name))) {
                return site.resolve(name);
            }
        }
        return site.resolve(".pa11yci");
    }

    /**
     * The pages of {@code built} to audit for a change since {@code before} (an earlier build or its manifest): those added
     * or changed, and those that show a picture or other media file added or changed (a still picture swapped for a
     * flashing one under the same name changes no page, and went live unchecked); never the little pages that redirect an
     * old address ('aliases'), which the audit does not check (naming one stopped it, as if the settings named a page not in
     * the site, so a pull request adding an alias could not pass).
     */
    static SortedSet<String> changedPages(Path before, Path built) {
        SortedSet<String> files = ChangesCommand.union(Changes.between(before, built).added(), Changes.between(before, built).changed());
        SortedSet<String> pages = Changes.pages(files);
        List<String> all = Audit.pages(built);
        pages.retainAll(all);
        boolean media = files.stream().map(f -> f.substring(f.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT))
                .anyMatch(Audit.MEDIA_FILES::contains);
        if (media) {
            String mount = Audit.mount(built);
            for (String page : all) {
                if (!pages.contains(page) && Audit.filesShown(built, mount, page, Audit.read(built, page)).stream().anyMatch(files::contains)) {
                    pages.add(page);
                }
            }
        }
        return pages;
    }

    @Override
    public Integer call() {
        Path site = (source == null ? Path.of("") : source).toAbsolutePath().normalize();
        Path built = out != null ? out.toAbsolutePath().normalize() : site.resolve("public");
        if (!Files.isRegularFile(built.resolve("index.html"))) {
            throw new UsageProblem("there is no built site in " + built + ". Run portal build first, or give the built site with --out.");
        }
        if (!Chromium.installed()) {
            throw new UsageProblem("the audit needs Debian's Chromium and ChromeDriver (" + Chromium.AUDIT_BROWSER + ", " + Chromium.DRIVER
                    + "). Install them with bin/ensure-chromium.");
        }
        Path configFile = config != null ? config : defaultConfig(site);
        if (config != null && !Files.isRegularFile(configFile)) {
            throw new UsageProblem("the configuration " + configFile + " does not exist. Give an existing .pa11yci file, or leave out --config.");
        }
        if (configFile.getFileName().toString().endsWith(".js")) {
            throw new UsageProblem(configFile + " is JavaScript, which the portal does not run (pa11y-ci does), so its settings would "
                    + "not be those it audits with. Write them as JSON in " + site.resolve(".pa11yci") + ", as pa11y-ci reads that too.");
        }
        Path baselineFile = baseline != null ? baseline : site.resolve(".a11y-baseline.json");
        if (updateBaseline) {
            WritePaths.file(baselineFile, "--baseline", ".a11y-baseline.json");
        } else if (Files.isDirectory(baselineFile)) {
            throw new UsageProblem("--baseline " + baselineFile + " is a folder: give the baseline file, such as "
                    + baselineFile.resolve(".a11y-baseline.json") + ".");
        }
        WritePaths.folder(report != null ? report : site.resolve("audit-report"), "--report");
        Pa11yConfig settings;
        Baseline accepted;
        try {
            settings = (Files.isRegularFile(configFile) ? Pa11yConfig.read(configFile) : Pa11yConfig.standard())
                    .including(includeWarnings, includeNotices);
            accepted = Baseline.read(baselineFile);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        if (changedSince != null) {
            settings = settings.only(changedPages(changedSince, built));
            if (settings.urls().isEmpty()) {
                err().println("No page to check was added or changed since " + changedSince + ", so there is nothing to audit.");
                return ExitCode.OK.code();
            }
        }
        Path reportDir = report != null ? report : site.resolve("audit-report");
        PrintWriter err = err();
        settings.notes().forEach(note -> err.println("Note: " + note));
        Audit.Result result;
        try {
            result = Audit.run(built, settings, accepted, reportDir.resolve("cache.json"));
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage() + " (" + configFile + ")");
        }
        // The site's own pages by their published addresses, so the report's links lead to them (its base path too); any
        // other folder of HTML by the address it had on the audit's server.
        boolean own = built.equals(site.resolve("public"));
        java.util.Optional<org.engagementportal.config.SiteConfig> siteConfig = own
                ? java.util.Optional.of(new DataLoader(site, new Problems()).load().site()) : java.util.Optional.empty();
        Reports.write(reportDir, result, siteConfig.map(c -> c.baseUrl().toString()).orElse("http://localhost"));
        if (own && changedSince == null) {
            // The audit of the site's own output: keep its summary with the site, for the accessibility statement, which
            // says every page was tested at level AA: so only from an audit of every page at AA or above.
            String level = settings.defaults().standard();
            // Nor from one that left rules or parts of pages out: the statement would say every page passed what it was not
            // checked for.
            Pa11yConfig.Options d = settings.defaults();
            List<String> narrowed = new java.util.ArrayList<>();
            d.ignore().stream().filter(code -> Audit.ignoringNarrows(code, level)).findAny().ifPresent(x -> narrowed.add("'ignore'"));
            if (!d.hide().isEmpty()) {
                narrowed.add("'hideElements'");
            }
            if (d.root() != null) {
                narrowed.add("'rootElement'");
            }
            if (settings.urls().isEmpty() && !level.equals("A") && !narrowed.isEmpty()) {
                err.println("Note: the accessibility statement is written from an audit of every page, whole, by every rule, and "
                        + "this one was narrowed by " + String.join(" and ", narrowed) + " in " + configFile + ", so " + AuditSummary.FILE
                        + " was left as it was.");
            } else if (!settings.urls().isEmpty() || level.equals("A")) {
                err.println("Note: the accessibility statement is written from an audit of every page at level AA or above, "
                        + "and this one checked " + (settings.urls().isEmpty() ? "" : "only the pages 'urls' names in " + configFile
                        + (level.equals("A") ? ", " : "")) + (level.equals("A") ? "at level A only" : "") + ", so "
                        + AuditSummary.FILE + " was left as it was.");
            } else {
                // Dated in the site's time zone, as every other date of the site is.
                java.time.ZoneId zone = siteConfig.orElseThrow().timeZone();
                AuditSummary.of(result, java.time.LocalDate.now(zone), result.tool()).write(site.resolve(AuditSummary.FILE));
            }
        }
        boolean github = "true".equals(System.getenv("GITHUB_ACTIONS"));
        result.byPage().forEach((page, issues) -> issues.stream().filter(i -> result.newIssues().contains(i.key(page))).forEach(i -> {
            if (github) {
                // A warning or a notice needs a person to decide: not shown as an error.
                spec.commandLine().getOut().println("::" + i.type() + " title=" + i.code() + "::" + page + " " + i.selector() + ": "
                        + i.message()); // pa11y's types, error, warning and notice, are GitHub's commands
            } else {
                err.println(page + ": " + i.code() + ": " + i.message() + "\n    at " + i.selector() + "\n    " + i.context());
            }
        }));
        // pa11y-ci's threshold passes these pages; their issues are in the HTML report, and said here so none goes unseen.
        result.withinThreshold().forEach((page, threshold) -> {
            List<Issue> issues = result.byPage().get(page);
            long fresh = issues.stream().filter(i -> !accepted.accepts(i.key(page))).count();
            err.println(page + ": passes with " + issues.size() + (issues.size() == 1 ? " issue" : " issues")
                    + (fresh == 0 ? "" : fresh == issues.size() ? ", not in the baseline," : " (" + fresh + " not in the baseline)")
                    + " as its threshold is " + threshold + ". They are listed in " + reportDir.resolve("index.html") + ".");
        });
        // An audit of some pages, or of errors only, says nothing about the baselined issues it did not look for.
        List<String> gone = List.copyOf(result.gone());
        for (String fixed : gone) {
            err.println("Fixed, remove from the baseline: " + fixed);
        }
        if (updateBaseline) {
            // What it found, and what the baseline accepted that it did not look for (other pages, warnings when only
            // errors were asked for): written again as it was, where it was dropped.
            TreeSet<String> keys = new TreeSet<>(result.unchecked());
            // Never "the page could not be checked": accepted, the same page failing again would pass unchecked.
            result.byPage().forEach((page, issues) -> issues.stream().filter(i -> !i.code().equals(AxeAudit.NOT_CHECKED))
                    .forEach(i -> keys.add(i.key(page))));
            Baseline.write(baselineFile, keys);
            err.println("Wrote " + keys.size() + " accepted issues to " + baselineFile + ".");
        }
        int pages = result.byPage().size();
        err.printf(Locale.UK, "Audited %s in %.1f s (%.1f pages a second; %d checked, %d unchanged since the last audit): "
                        + "%s, %d new, %d baselined issues gone%s. Reports in %s.%n",
                org.engagementportal.render.Plural.of(pages, "page", "pages"), result.seconds(),
                pages / Math.max(result.seconds(), 0.001), result.checked(), result.fromCache(),
                org.engagementportal.render.Plural.of(result.total(), "issue", "issues"),
                result.newIssues().size(), gone.size(), result.withinThreshold().isEmpty() ? ""
                        : "; " + result.withinThreshold().size() + (result.withinThreshold().size() == 1 ? " page passes within its threshold"
                        : " pages pass within their thresholds"), reportDir);
        return result.newIssues().isEmpty() || updateBaseline ? ExitCode.OK.code() : ExitCode.CONTENT.code();
    }
}
