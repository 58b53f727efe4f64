package org.engagementportal.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.engagementportal.audit.Baseline;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.config.Term;
import org.engagementportal.content.Placement;
import org.engagementportal.content.Starter;
import org.engagementportal.content.StarterContext;
import org.engagementportal.content.StarterText;
import org.engagementportal.content.Statement;
import org.engagementportal.pipeline.Pipeline;
import org.engagementportal.source.Problems;
import org.engagementportal.types.ContentType;
import org.engagementportal.types.ContentTypes;

/**
 * Writes a new site repository into an empty folder: the pages every NHS body needs, the data files with the
 * body's name and empty lists to fill in, one draft example of each type of content, the workflows that check,
 * publish and rebuild it, and the notes for comms staff. The same settings give the same files.
 */
public final class NewSite {
    /** The files copied from {@code /init/} in the jar, by their path in the new site; "dot-" stands for ".". */
    static final List<String> FILES = List.of(
            "content/_data/site.yml", "content/_data/committees.yml", "content/_data/series.yml",
            "content/_data/topics.yml", "content/_data/areas.yml", "content/_data/groups.yml", "content/_data/glossary.yml",
            "content/index.md", "content/consultations/index.md", "content/governing-body/index.md",
            "content/bulletins/index.md", "content/events/index.md", "content/engagement/index.md",
            "content/contact-us.md", "content/privacy.md", "content/accessibility.md",
            "README.md", "dot-gitignore", "dot-pa11yci",
            "dot-github/pull_request_template.md", "dot-github/CODEOWNERS", "dot-github/dependabot.yml",
            "dot-github/actions/portal/action.yml",
            "dot-github/workflows/pull-request.yml", "dot-github/workflows/publish.yml", "dot-github/workflows/scheduled.yml");
    /** Files with GitHub's own ${{ }} expressions: copied as they are. */
    private static final String VERBATIM = "dot-github/";
    /** The title of the Accessible Information Statement, which every site has one of. */
    static final String STATEMENT = "Accessible Information Statement";

    private final Settings settings;

    /**
     * What the body told {@code portal init}.
     *
     * @param name    the body's name, like NHS Example Integrated Care Board
     * @param baseUrl where the site will be published
     * @param zone    the site's time zone
     * @param email   the engagement team's email address
     * @param now     the clock, for review dates and the starters' dates
     * @param pin     the portal version the site is built with
     */
    public record Settings(String name, URI baseUrl, ZoneId zone, String email, ZonedDateTime now, Pin pin) {
    }

    public NewSite(Settings settings) {
        this.settings = settings;
    }

    /**
     * Writes the site into {@code dir} (which must be empty or missing) and returns the files written, by path
     * from {@code dir}, in the order written. Never replaces a file.
     */
    public List<String> write(Path dir) throws IOException {
        boolean existed = Files.isDirectory(dir);
        java.util.Set<Path> before = new java.util.HashSet<>();
        if (existed) {
            try (var entries = Files.list(dir)) {
                entries.forEach(before::add); // a new clone's .git, kept whatever happens
            }
        }
        try {
            return writeAll(dir);
        } catch (IOException | RuntimeException e) {
            // Nothing half made is left behind: a second try, once the cause is mended, would be refused a folder not empty.
            undo(dir, before, existed);
            throw e;
        }
    }

    /** Deletes what {@link #write} made in {@code dir}: everything but the entries it had before, and {@code dir} if it had none. */
    private static void undo(Path dir, java.util.Set<Path> before, boolean existed) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .filter(p -> !(existed && p.equals(dir)) && before.stream().noneMatch(p::startsWith))
                    .forEach(p -> {
                        try {
                            Files.deleteIfExists(p);
                        } catch (IOException ignored) {
                            // left for the person to remove; the failure itself is what is reported
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // as above
        }
    }

    private List<String> writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> written = new ArrayList<>();
        for (String resource : FILES) {
            String text = resource(resource);
            String path = resource.startsWith("dot-") ? "." + resource.substring(4) : resource;
            path = path.replace("/dot-", "/.");
            written.add(create(dir, path, resource.startsWith(VERBATIM) ? text : fill(text)));
        }
        written.add(create(dir, ".portal-version", settings.pin().file()));
        Path baseline = dir.resolve(".a11y-baseline.json");
        Baseline.write(baseline, new TreeSet<>());
        written.add(".a11y-baseline.json");
        written.addAll(starters(dir));
        return written;
    }

    /** The Accessible Information Statement, and a draft example of every other type, as portal new writes them. */
    private List<String> starters(Path dir) throws IOException {
        List<ContentType<?>> types = ContentTypes.ALL;
        Problems problems = new Problems();
        SiteData data = new DataLoader(dir, problems, Pipeline.sections(types)).load();
        if (problems.hasErrors()) {
            throw new IllegalStateException("the new site's own settings have problems: " + problems.sorted());
        }
        List<String> written = new ArrayList<>();
        for (ContentType<?> type : types) {
            boolean statement = type.details() == Statement.class;
            Optional<Term> group = firstGroup(type, data);
            String title = statement ? STATEMENT : "Example " + type.id() + " (a draft to copy)";
            Starter s = type.starter(title, new StarterContext(data, settings.now(), Optional.empty(), group, "", !statement));
            // A file named by its date (a meeting, a bulletin) took the name portal new gives the first one of that day,
            // so the new site's README's own "portal new meeting ..." failed on the day: the example is named apart.
            String file = s.file().matches(".*/\\d{4}-\\d{2}-\\d{2}\\.md") ? s.file().replaceFirst("\\.md$", "-example.md") : s.file();
            written.add(create(dir, file, s.text()));
        }
        return written;
    }

    private static Optional<Term> firstGroup(ContentType<?> type, SiteData data) {
        if (type.placement() instanceof Placement.Grouped g) {
            return g.groups().apply(data.vocabulary()).stream().findFirst();
        }
        if (type.placement() instanceof Placement.GroupFolders g) {
            return g.groups().apply(data.vocabulary()).stream().findFirst();
        }
        return Optional.empty();
    }

    /** The resource's text with the settings filled in where it says {{name}} and so on. */
    String fill(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name_yaml", StarterText.quote(settings.name()));
        values.put("description_yaml", StarterText.quote("Find out how " + settings.name()
                + " plans and buys health services, and have your say on the changes that matter to you."));
        values.put("name", settings.name());
        values.put("base_url", settings.baseUrl().toString());
        // The address as people write it: engage.example.nhs.uk, or www.example.nhs.uk/engagement.
        values.put("site_address", (settings.baseUrl().getHost() + settings.baseUrl().getRawPath()).replaceFirst("/$", ""));
        values.put("timezone", settings.zone().getId());
        values.put("email", settings.email());
        values.put("today", settings.now().toLocalDate().toString());
        String out = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = NewSite.class.getResourceAsStream("/init/" + name)) {
            if (in == null) {
                throw new IllegalStateException("portal.jar has no /init/" + name + "; rebuild it with mvn package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String create(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return path;
    }
}
