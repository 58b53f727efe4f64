package org.engagementportal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.engagementportal.init.NewSite;
import org.engagementportal.init.Pin;
import org.engagementportal.source.Values;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code portal init DIR --name ... --base-url ...}: a new site repository with its content, workflows and
 * notes, ready to check, build and audit (see {@link NewSite}). Refuses a folder that is not empty.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = {"Start a new site repository: the pages every NHS body needs, draft examples of each type, "
                + "and the workflows that check every pull request, publish every merge and rebuild every 15 minutes.",
                "",
                "  portal init example-icb --name \"NHS Example Integrated Care Board\" --base-url https://engage.example.nhs.uk/",
                ""})
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create the site in. It must be empty (a clone "
            + "of a new, empty repository is), or not exist yet.")
    Path dir;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The body's name, in quotes, like "
            + "\"NHS Example Integrated Care Board\".")
    String name;

    @Option(names = "--base-url", required = true, paramLabel = "URL", description = "Where the site will be published, "
            + "like https://engage.example.nhs.uk/, or a folder of another site, like https://www.example.nhs.uk/engagement/.")
    String baseUrl;

    @Option(names = "--timezone", paramLabel = "ZONE", description = "The site's time zone (default: Europe/London).")
    String timezone = "Europe/London";

    @Option(names = "--email", paramLabel = "ADDRESS", description = "The engagement team's email address, shown on "
            + "every page for requests for other formats (default: engagement@ and the site's domain).")
    String email;

    @Option(names = "--now", paramLabel = "DATE-TIME", description = "Date the pages and examples as if it were this "
            + "time, like 2027-01-04T09:00 (default: the real time).")
    String now;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String body = name.strip();
        if (body.isEmpty() || !body.equals(body.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}]", "")) || body.matches(".*[<>\\[\\]*_`{}|#\\\\].*")) {
            throw new UsageProblem("--name must be the body's name on one line, in words, like \"NHS Example Integrated Care "
                    + "Board\" (without < > [ ] * _ ` { } | # or \\).");
        }
        // A site may be published in a folder of a web site (https://www.example.nhs.uk/engagement/, or a GitHub
        // Pages project site): the build puts that path in front of every link, and the audit serves it there.
        URI base = Values.webLink(baseUrl).filter(u -> u.getHost() != null && Values.unfitSiteAddress(u).isEmpty()
                && folder(u.getRawPath()).isPresent())
                .orElseThrow(() -> new UsageProblem("--base-url must be the full address of the site's home page, like "
                        + "https://engage.example.nhs.uk/ or https://www.example.nhs.uk/engagement/, not \"" + baseUrl + "\"."));
        base = URI.create(base.getScheme().toLowerCase(Locale.ROOT) + "://" + base.getHost().toLowerCase(Locale.ROOT)
                + (base.getPort() < 0 ? "" : ":" + base.getPort()) + folder(base.getRawPath()).orElseThrow());
        ZoneId zone;
        // As site.yml's 'timezone' is read (TimeZoneSetting): a zone's name, not an offset ("+01:00"), which ZoneId takes
        // but the new site's first build would not, after the files were written.
        if (!org.engagementportal.config.TimeZoneSetting.isName(timezone.strip())) {
            throw new UsageProblem("--timezone must be a time zone name like Europe/London, not \"" + timezone + "\"."
                    + org.engagementportal.config.TimeZoneSetting.nearest(timezone).map(n -> " Did you mean " + n + "?").orElse(""));
        }
        try {
            zone = ZoneId.of(timezone.strip());
        } catch (DateTimeException e) {
            throw new UsageProblem("--timezone must be a time zone name like Europe/London, not \"" + timezone + "\".");
        }
        String contact = email != null ? email.strip() : "engagement@" + base.getHost().replaceFirst("^www\\.", "");
        if (!contact.matches("[^@\\s<>()\\[\\]\"',;:]+@[^@\\s<>()\\[\\]\"',;:]+\\.[A-Za-z]{2,}")) {
            throw new UsageProblem("--email must be an email address like engagement@example.nhs.uk, not \"" + contact + "\".");
        }
        Optional<String> problem = notEmpty(dir);
        if (problem.isPresent()) {
            throw new UsageProblem(problem.get());
        }
        ZoneId siteZone = zone;
        ZonedDateTime clock = SiteOptions.clock(now).map(t -> t.atZone(siteZone))
                .orElseGet(() -> ZonedDateTime.now(siteZone).truncatedTo(ChronoUnit.MINUTES));
        Optional<Path> jar = Versions.jar();
        Pin pin = Pin.released(Versions.portal(), jar.isPresent() ? Optional.of(Versions.sha256(jar.get())) : Optional.empty());
        List<String> files = new NewSite(new NewSite.Settings(body, base, zone, contact, clock, pin)).write(dir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created the site for " + body + " in " + dir + " (" + files.size() + " files).");
        out.println("Next:");
        out.println("  cd " + dir + " && portal check     checks it (it passes as it is)");
        out.println("  portal serve                      shows it at " + NewCommand.PREVIEW);
        out.println(Files.isDirectory(dir.resolve(".git")) ? "  git add . && git commit -m \"Start the site\" && git push"
                : "  git init && git add . && git commit -m \"Start the site\", then push it to a new repository on GitHub.");
        out.println("README.md says what to do before the first publish.");
        if (email == null) {
            out.println("The contact email is " + contact + ", made from the site's address. If that is not right, start "
                    + "again in a new folder with --email (it is on several pages).");
        }
        if (pin.sha256().isEmpty() || pin.version().endsWith("-SNAPSHOT")) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("portal: note: this portal (" + pin.version() + ") is not a released version" + (pin.sha256().isEmpty()
                    ? " run from its jar, so .portal-version has no checksum" : "") + ": the workflows will only run once "
                    + ".portal-version names a released version and its SHA-256.");
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /**
     * The path of a home page's address as a folder ("/", "/engagement/"), or none when it names a file
     * ("/index.html") or has an empty or dot segment.
     */
    static Optional<String> folder(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath.endsWith("/") ? rawPath : rawPath + "/";
        if (path.equals("/")) {
            return Optional.of(path);
        }
        String[] segments = path.substring(1, path.length() - 1).split("/", -1);
        boolean plain = java.util.Arrays.stream(segments).allMatch(s -> !s.isEmpty() && !s.contains("."));
        return plain ? Optional.of(path) : Optional.empty();
    }

    /** Why the folder cannot take a new site, if it cannot: it is a file, or it has something in it. */
    static Optional<String> notEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(dir)) {
            return Optional.of(dir + " is a file, not a folder. Give the name of a new folder for the site.");
        }
        try (Stream<Path> in = Files.list(dir)) {
            // A clone of a new, empty repository has only .git: that is where the site is meant to go.
            List<String> names = in.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".git")).sorted().limit(4).toList();
            if (!names.isEmpty()) {
                return Optional.of(dir + " is not empty (it has " + String.join(", ", names.subList(0, Math.min(3, names.size())))
                        + (names.size() > 3 ? " and more" : "") + "). portal init starts a site only in an empty or new folder, "
                        + "so that it never changes files that are there: give a new folder's name.");
            }
        }
        return Optional.empty();
    }
}
