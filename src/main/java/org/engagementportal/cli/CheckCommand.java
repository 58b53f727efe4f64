package org.engagementportal.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.engagementportal.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code portal check}: everything a build checks, without writing anything. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Check the content, links and templates as a build would, without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--reading-age", description = "List the reading age (SMOG and Flesch-Kincaid grades) of every page, hardest first.")
    boolean readingAges;

    @Option(names = "--latest-version", paramLabel = "VERSION", description = "The newest portal version, as the workflow "
            + "found it: a note names it when it is newer than this portal. (The portal never looks it up itself.)")
    String latestVersion;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path source = site.sourceFolder();
        var options = new Pipeline.Options(source, Optional.empty(), site.clock(), site.base());
        var style = site.style();
        var err = spec.commandLine().getErr();
        Pipeline.Result result = new Pipeline().run(options, stage -> {
            if (!site.quiet) {
                err.printf("%-9s %6d ms  %s%n", stage.name(), stage.millis(), stage.detail());
            }
        });
        Reports.print(result, source, style, spec.commandLine().getOut(), err);
        if (result.problems().hasErrors()) {
            err.println("Check failed: " + ProblemReport.summary(result.problems()));
            return ExitCode.CONTENT.code();
        }
        if (latestVersion != null && Versions.newer(latestVersion, Versions.portal())) {
            String note = "portal " + latestVersion.strip() + " is out; this site is built with " + Versions.portal()
                    + ". To update, change .portal-version in a pull request (the release page lists the new checksum).";
            if (style == ProblemReport.Style.GITHUB) {
                spec.commandLine().getOut().println("::notice file=.portal-version,title=A newer portal::" + note);
            } else {
                err.println("portal: note: " + note);
            }
        }
        if (!site.quiet || readingAges) {
            ReadingAgeReport.print(result.readingAges(), readingAges, spec.commandLine().getOut());
        }
        if (!site.quiet) {
            err.println("Check passed: " + result.pages() + " pages, " + ProblemReport.summary(result.problems()));
        }
        return ExitCode.OK.code();
    }
}
