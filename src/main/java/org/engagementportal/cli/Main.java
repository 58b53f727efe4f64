package org.engagementportal.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code portal}: the one command of the engagement portal. Sub-commands build the site and check it;
 * exit codes are in {@link ExitCode}.
 */
@Command(name = "portal", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Builds and checks an NHS engagement portal from Markdown in content/.",
        footer = {"", "Exit codes: 0 success, 1 content problems, 2 wrong usage, 3 internal failure."})
public final class Main implements Runnable {
    /**
     * The commands, by name, in the order the help lists them. picocli reads each command's options from its class
     * when it is added (about 30 ms for the six that a run of one does not use, at every start, on the JVM's first
     * reading of them), so a run that names one of these first adds only that one; anything else (no command, an
     * option such as --help, a mistyped command, {@code help}) adds them all, as the help and the suggestions list
     * every command. The names are those of the classes' own {@code @Command}s (a test checks they agree).
     */
    static final java.util.Map<String, Class<?>> COMMANDS = java.util.Collections.unmodifiableMap(commands());

    private static java.util.LinkedHashMap<String, Class<?>> commands() {
        var c = new java.util.LinkedHashMap<String, Class<?>>();
        c.put("build", BuildCommand.class);
        c.put("check", CheckCommand.class);
        c.put("audit", AuditCommand.class);
        c.put("serve", ServeCommand.class);
        c.put("new", NewCommand.class);
        c.put("init", InitCommand.class);
        c.put("changes", ChangesCommand.class);
        return c;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns its exit code; used by main and by tests. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(args[0], named);
        } else {
            COMMANDS.forEach(cl::addSubcommand);
            cl.addSubcommand("help", CommandLine.HelpCommand.class);
        }
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            if (c == cl && e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                    && !u.getUnmatched().get(0).startsWith("-")) {
                // picocli says "Unmatched argument at index 0: 'biuld'": say what the commands are.
                List<String> commands = List.copyOf(cl.getSubcommands().keySet());
                c.getErr().println("portal: '" + u.getUnmatched().get(0) + "' is not a command."
                        + org.engagementportal.source.Suggest.didYouMean(u.getUnmatched().get(0), commands) + " The commands are "
                        + String.join(", ", commands) + ".");
                c.getErr().println("Run 'portal --help' to see what each does.");
                return ExitCode.USAGE.code();
            }
            c.getErr().println("portal: " + e.getMessage());
            c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' to see how to use it.");
            return ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            if (e instanceof UsageProblem u) {
                c.getErr().println("portal: " + u.getMessage());
                return ExitCode.USAGE.code();
            }
            var changed = org.engagementportal.content.SourceChanged.in(e);
            if (changed.isPresent()) {
                c.getErr().println("portal: " + changed.get().file() + " " + changed.get().why() + " while the portal was "
                        + "reading the site, so nothing was published or written. Run the command again once every file is saved.");
                return ExitCode.CONTENT.code();
            }
            var partly = org.engagementportal.publish.Publisher.PartlyPublished.in(e);
            String published = partly.map(p -> "The output folder " + p.out() + " was part way through being updated, so some "
                    + "of its files are new and some old: do not publish it. The next build makes it whole again (it builds "
                    + "every file, as the folder has no manifest.json now).").orElse("Nothing was published.");
            if (OutOfMemory.in(e)) {
                c.getErr().println(OutOfMemory.said(published));
                return ExitCode.INTERNAL.code();
            }
            var disk = DiskProblem.in(e);
            if (disk.isPresent()) {
                c.getErr().println("portal: the portal could not write to the disk" + disk.get().file().map(f -> ": " + f).orElse("")
                        + " (" + disk.get().reason() + "). This is the computer's doing, not the portal's or your content's. "
                        + disk.get().advice() + " " + published);
                return ExitCode.INTERNAL.code();
            }
            c.getErr().println("portal: the portal failed unexpectedly. This is a problem in the portal itself, not in "
                    + "your content" + (partly.isPresent() ? ". " + published : ", and nothing was published.")
                    + " Please report it with the details below.");
            org.engagementportal.markdown.PageFault.in(e).ifPresent(f -> c.getErr().println(f.advice()));
            e.printStackTrace(c.getErr());
            return ExitCode.INTERNAL.code();
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) { // an Error, which picocli lets through its handler above: what the build made is gone now
            err.println(OutOfMemory.said("Nothing was published."));
            err.flush();
            return ExitCode.INTERNAL.code();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: portal build, or portal check (or portal init DIR to start a new site)");
    }
}
