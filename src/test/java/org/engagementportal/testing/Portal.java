package org.engagementportal.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.engagementportal.cli.Main;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs the portal command line in-process, capturing what it prints and its exit code. */
public final class Portal {
    private Portal() {
    }

    public record Run(int exit, String out, String err) {
        /** Everything printed, standard output then standard error. */
        public String all() {
            return out + err;
        }
    }

    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Builds the example portal into {@code out} as README does; the test fails, showing what was printed, if it does not. */
    public static void buildExample(Path out) {
        Run run = run("build", "--source", TestSite.PROJECT.toString(), "--out", out.toString(), "--now", TestSite.EXAMPLE_NOW, "-q");
        assertEquals(0, run.exit(), run.all());
    }
}
