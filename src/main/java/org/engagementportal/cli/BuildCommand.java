package org.engagementportal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.engagementportal.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code portal build}: checks everything, and only if there are no errors replaces the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Build the site into the output folder. A build with errors changes nothing.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: public/ in the site folder).")
    Path out;

    @Option(names = "--no-cache", description = "Build every page afresh, not reusing what the last build made "
            + "from files that have not changed (it is kept in .portal-cache/ in the site folder).")
    boolean noCache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path source = site.sourceFolder();
        Path target = Pipeline.real(out != null ? out.toAbsolutePath().normalize() : source.resolve("public"));
        Optional<String> unsafe = Pipeline.unsafeOutput(source, target);
        if (unsafe.isPresent()) {
            throw new UsageProblem(unsafe.get() + " Choose another folder with --out.");
        }
        PrintWriter err = spec.commandLine().getErr();
        var options = new Pipeline.Options(source, Optional.of(target), site.clock(), site.base(), !noCache);
        var style = site.style();
        long start = System.nanoTime();
        Pipeline.Result result;
        try (var lock = org.engagementportal.publish.OutputLock.of(target, why -> err.println("portal: " + why + "."))) {
            result = new Pipeline().run(options, stage -> {
                if (stage.name().equals("cache")) {
                    err.println("portal: note: " + stage.detail() + ".");
                } else if (!site.quiet) {
                    err.printf("%-9s %6d ms  %s%n", stage.name(), stage.millis(), stage.detail());
                }
            });
        }
        Reports.print(result, source, style, spec.commandLine().getOut(), err);
        if (result.problems().hasErrors()) {
            err.println("Nothing was published: " + ProblemReport.summary(result.problems())
                    + (Files.exists(target) ? " The previous site in " + target + " is unchanged."
                    : " " + target + " was not created."));
            return ExitCode.CONTENT.code();
        }
        if (!site.quiet && result.stages().stream().anyMatch(s -> s.name().equals("unchanged"))) {
            err.printf("Nothing to do: the %d pages (%d files, %.1f MB) in %s are up to date (checked in %.1f s).%n",
                    result.pages(), result.files(), result.bytes() / 1e6, target, (System.nanoTime() - start) / 1e9);
        } else if (!site.quiet) {
            err.printf("Built %d pages (%d files, %.1f MB) into %s in %.1f s.%n", result.pages(), result.files(),
                    result.bytes() / 1e6, target, (System.nanoTime() - start) / 1e9);
        }
        // Said even with -q: the published site differs from what README promises, and only the publishing team can mend it.
        org.engagementportal.publish.Precompressed.brotliMissing().ifPresent(why -> err.println("portal: note: " + why));
        return ExitCode.OK.code();
    }
}
