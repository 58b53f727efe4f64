package org.engagementportal.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.engagementportal.pipeline.Pipeline;

/** Where problems are printed: annotations on standard output (GitHub reads them there), text on errors. */
final class Reports {
    private Reports() {
    }

    static void print(Pipeline.Result result, Path source, ProblemReport.Style style, PrintWriter out, PrintWriter err) {
        if (result.problems().isEmpty()) {
            return;
        }
        PrintWriter target = style == ProblemReport.Style.GITHUB ? out : err;
        var buffer = new java.io.ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            new ProblemReport(source).print(result.problems(), style, ps);
        }
        target.print(buffer.toString(StandardCharsets.UTF_8));
        target.flush();
    }
}
