package org.engagementportal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import org.engagementportal.pipeline.Pipeline;
import org.engagementportal.preview.Preview;
import org.engagementportal.preview.ShownProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code portal serve}: a preview of the site on this computer, rebuilt and reloaded in the browser after
 * every saved change, with the build's errors shown on the page. Stopped with Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Preview the site at http://127.0.0.1:PORT/ while you edit it: every saved change is rebuilt and open "
                + "pages reload by themselves; mistakes are shown on the page. Press Ctrl-C to stop.")
final class ServeCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 8080;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", description = "The port on 127.0.0.1 (default: " + DEFAULT_PORT + "; 0 for any free one).")
    int port = DEFAULT_PORT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UsageProblem("--port must be a number from 1 to 65535 (or 0 for any free port), not " + port + ".");
        }
        Path source = site.sourceFolder();
        Path target = source.resolve(Preview.FOLDER);
        Optional<String> unsafe = Pipeline.unsafeOutput(source, target);
        if (unsafe.isPresent()) {
            throw new UsageProblem(unsafe.get() + " Move it away: the preview is built there.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var style = site.style();
        var options = new Pipeline.Options(source, Optional.of(target), site.clock(), site.base());
        Preview.Listener listener = new Preview.Listener() {
            private boolean first = true;

            @Override
            public void built(Pipeline.Result result, Collection<Path> changes, SortedSet<String> pages, long millis) {
                if (!first) {
                    err.println();
                    err.println("Changed: " + names(source, changes));
                }
                Reports.print(result, source, style, out, err);
                if (result.problems().hasErrors()) {
                    err.println((first ? "Not built: " : "Not rebuilt: ") + ProblemReport.summary(result.problems())
                            + " The errors are shown on every page in the browser too"
                            + (first ? "." : "; the pages are as they were before the change.") + " Fix them and save.");
                } else if (first) {
                    err.printf("Built %d pages in %.1f s.%n", result.pages(), millis / 1000.0);
                } else {
                    err.printf("Rebuilt in %.1f s: %s%n", millis / 1000.0, pages.isEmpty() ? "no page changed."
                            : ProblemReport.plural(pages.size(), "page") + " changed" + listed(pages) + ".");
                }
                first = false;
                err.flush();
            }

            @Override
            public void failed(RuntimeException e) {
                if (OutOfMemory.in(e)) {
                    err.println(OutOfMemory.said("The preview goes on showing the last build; save a file to try again.",
                            "bin/portal serve"));
                    err.flush();
                    return;
                }
                err.println("portal: the portal failed unexpectedly while rebuilding. This is a problem in the portal itself, "
                        + "not in your content. The preview goes on; save a file to try again. Please report it with the "
                        + "details below.");
                org.engagementportal.markdown.PageFault.in(e).ifPresent(f -> err.println(f.advice()));
                e.printStackTrace(err);
                err.flush();
            }
        };
        Preview preview;
        try {
            preview = Preview.bind(options, port, () -> words(source), listener, stage -> {
                if (!site.quiet) {
                    err.printf("%-9s %6d ms  %s%n", stage.name(), stage.millis(), stage.detail());
                }
            });
        } catch (Preview.AlreadyRunning e) {
            throw new UsageProblem(e.getMessage());
        } catch (BindException e) {
            throw new UsageProblem("port " + port + " is in use: something else (perhaps another portal serve) is listening "
                    + "on it. Stop it, or choose another port, for example --port " + freePort(port) + ".");
        }
        if (!site.quiet) {
            err.println("Building the preview in " + target + " ...");
        }
        Thread stop = new Thread(() -> {
            preview.close();
            err.println();
            err.println("Stopped the preview.");
            err.flush();
        }, "portal-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        boolean started;
        try {
            started = preview.start();
        } catch (IOException | RuntimeException e) {
            preview.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // already stopping: the hook says so
            }
            throw e;
        }
        if (!started) {
            return ExitCode.OK.code(); // stopped during the first build
        }
        out.println("Previewing " + source + " at " + preview.address());
        out.println("Open it in your browser; pages reload by themselves after each saved change. Press Ctrl-C to stop.");
        out.flush();
        preview.awaitClose();
        return ExitCode.OK.code();
    }

    static ShownProblem.Words words(Path source) {
        ProblemReport report = new ProblemReport(source);
        return problem -> {
            ProblemReport.Parts parts;
            synchronized (report) { // the preview words each page's warnings when the page asks, on the server's threads
                parts = report.parts(problem);
            }
            return new ShownProblem(parts.heading(), parts.excerpt(), parts.fix());
        };
    }

    /** The changed files, from the site folder: "content/about.md, content/_data/site.yml". */
    private static String names(Path source, Collection<Path> changes) {
        var names = changes.stream().map(p -> ProblemReport.visible(source.relativize(p).toString().replace('\\', '/'))).sorted().toList();
        return names.size() <= 5 ? String.join(", ", names) : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    }

    private static String listed(SortedSet<String> pages) {
        return pages.size() <= 5 ? " (" + String.join(", ", pages) + ")" : "";
    }

    /** A port near {@code taken} that is free now, else any free one. */
    static int freePort(int taken) {
        for (int p = taken + 1; p <= Math.min(taken + 20, 65535); p++) {
            try (ServerSocket s = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
                return p;
            } catch (IOException e) {
                // taken too
            }
        }
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
