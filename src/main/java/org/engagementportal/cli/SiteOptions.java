package org.engagementportal.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.engagementportal.source.Values;
import picocli.CommandLine.Option;

/** The options build and check share: which site, which clock, which address. */
final class SiteOptions {
    @Option(names = "--source", paramLabel = "DIR", description = "The site folder, with content/ in it (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--now", paramLabel = "DATE-TIME",
            description = "Build as if it were this time, in the site's time zone, e.g. 2026-03-01T09:00. "
                    + "Consultation and meeting states depend on it (default: the real time).")
    String now;

    @Option(names = "--base-url", paramLabel = "URL", description = "Publish for this address instead of site.yml's base_url.")
    String baseUrl;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems, not progress.")
    boolean quiet;

    @Option(names = "--format", paramLabel = "text|github",
            description = "How to print problems: text (default) or github (annotations on pull requests; "
                    + "the default when GITHUB_ACTIONS=true).")
    String format;

    Path sourceFolder() {
        return siteFolder(source);
    }

    /** The site folder given with --source, checked to have a content folder. */
    static Path siteFolder(Path source) {
        Path s = source.toAbsolutePath().normalize();
        if (Files.isRegularFile(s)) {
            Path folder = s.getParent();
            throw new UsageProblem("--source " + source + " is a file, not the site's folder" + (folder != null
                    && Files.isDirectory(folder.resolve("content")) ? ": give its folder, --source " + folder : "") + ".");
        }
        if (!Files.isDirectory(s)) {
            throw new UsageProblem("the site folder " + source + " does not exist.");
        }
        if (!Files.isDirectory(s.resolve("content"))) {
            throw new UsageProblem("there is no content folder in " + s + ". Run portal in the site's folder, or give it with --source.");
        }
        return s;
    }

    Optional<LocalDateTime> clock() {
        return clock(now);
    }

    /** The time given with --now, if any. */
    static Optional<LocalDateTime> clock(String now) {
        if (now == null) {
            return Optional.empty();
        }
        return Optional.of(Values.dateTime(now, LocalTime.MIDNIGHT).orElseThrow(() ->
                new UsageProblem("--now must be a date and time like 2026-03-01T09:00, not \"" + now + "\".")));
    }

    Optional<URI> base() {
        if (baseUrl == null) {
            return Optional.empty();
        }
        URI uri = Values.webLink(baseUrl).orElseThrow(() ->
                new UsageProblem("--base-url must be a full address like https://engage.example.nhs.uk/, not \"" + baseUrl + "\"."));
        Optional<String> unfit = Values.unfitSiteAddress(uri);
        if (unfit.isPresent()) {
            throw new UsageProblem("--base-url has " + unfit.get() + ". Give the address of the site's home page only, like "
                    + Values.homeOf(uri) + ".");
        }
        return Optional.of(uri);
    }

    ProblemReport.Style style() {
        if (format == null) {
            return "true".equals(System.getenv("GITHUB_ACTIONS")) ? ProblemReport.Style.GITHUB : ProblemReport.Style.TEXT;
        }
        return switch (format) {
            case "text" -> ProblemReport.Style.TEXT;
            case "github" -> ProblemReport.Style.GITHUB;
            default -> throw new UsageProblem("--format must be text or github, not \"" + format + "\".");
        };
    }
}
