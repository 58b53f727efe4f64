package org.engagementportal.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.engagementportal.source.Fields;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.engagementportal.source.SourceText;
import org.engagementportal.source.Values;
import org.engagementportal.source.Yaml;
import org.engagementportal.source.YamlNode;

/**
 * Reads {@code content/_data/}: {@code site.yml} and the controlled lists {@code topics.yml},
 * {@code areas.yml}, {@code series.yml} and {@code committees.yml}. Mistakes become problems with
 * positions; whatever can be read is returned so the content can still be checked in the same run.
 */
public final class DataLoader {
    public static final String DATA_FOLDER = "content/_data";
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final List<String> LIST_FILES = List.of("topics.yml", "areas.yml", "series.yml", "committees.yml");
    private static final List<String> SITE_FIELDS = List.of("name", "base_url", "language", "timezone",
            "description", "header", "contact", "review_grace", "page_size", "consultations");
    private static final List<String> TERM_FIELDS = List.of("id", "name", "description");

    private final Path siteRoot;
    private final Problems problems;

    public DataLoader(Path siteRoot, Problems problems) {
        this.siteRoot = siteRoot;
        this.problems = problems;
    }

    public SiteData load() {
        Path folder = siteRoot.resolve(DATA_FOLDER);
        reportUnknownFiles(folder);
        SiteConfig site = readSite();
        Vocabulary vocabulary = new Vocabulary(readTerms("topics.yml"), readTerms("areas.yml"),
                readTerms("series.yml"), readTerms("committees.yml"));
        return new SiteData(site, vocabulary);
    }

    private void reportUnknownFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).sorted()
                    .filter(name -> !name.startsWith(".") && !name.equals("site.yml") && !LIST_FILES.contains(name))
                    .forEach(name -> problems.warning(Position.file(DATA_FOLDER + "/" + name),
                            "this data file is not used by the portal.",
                            "The data files are site.yml, " + String.join(", ", LIST_FILES) + ". Rename or remove it."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<ReadFile> read(String name, boolean required) {
        String rel = DATA_FOLDER + "/" + name;
        Path path = siteRoot.resolve(rel);
        if (!Files.isRegularFile(path)) {
            if (required) {
                problems.error(Position.file(rel), "the site settings file is missing.",
                        "Create " + rel + " with at least: name: \"NHS Example Integrated Care Board\" and "
                                + "base_url: https://engage.example.nhs.uk/");
            }
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            return SourceText.decode(rel, bytes, problems).flatMap(text ->
                    Yaml.parse(text, text.text(), 1, problems).map(node -> new ReadFile(rel, node)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record ReadFile(String path, YamlNode root) {
    }

    private SiteConfig readSite() {
        Optional<ReadFile> file = read("site.yml", true);
        String rel = DATA_FOLDER + "/site.yml";
        Fields f = Fields.of(file.map(ReadFile::root).orElse(null), "the site settings", SITE_FIELDS, problems,
                new Position(rel, 1, 1));
        boolean present = file.isPresent();
        String name = present ? f.text("name", true).orElse("") : "";
        URI base = present ? f.webLink("base_url", true).map(DataLoader::withSlash).orElse(PLACEHOLDER) : PLACEHOLDER;
        String language = f.text("language", false).orElse(SiteConfig.DEFAULT_LANGUAGE);
        if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            f.error("language", "'language' must be a language code like en-GB, but it is \"" + language + "\".",
                    "Write language: en-GB");
            language = SiteConfig.DEFAULT_LANGUAGE;
        }
        ZoneId zone = f.text("timezone", false).map(z -> zone(z, f)).orElse(SiteConfig.LONDON);
        Optional<String> description = f.text("description", false);
        Header header = f.group("header", "the 'header' settings", List.of("organisation", "descriptor", "service"))
                .map(h -> new Header(h.text("organisation", false).orElse(name), h.text("descriptor", false),
                        h.text("service", false)))
                .orElse(new Header(name, Optional.empty(), Optional.empty()));
        Contact contact = f.group("contact", "the 'contact' settings", List.of("email", "phone", "text_relay", "address"))
                .map(c -> new Contact(c.email("email", false), c.phone("phone", false), c.phone("text_relay", false),
                        c.text("address", false)))
                .orElse(Contact.none());
        var grace = f.interval("review_grace", false).orElse(SiteConfig.DEFAULT_REVIEW_GRACE);
        int pageSize = f.number("page_size", 5, 200, false).orElse(SiteConfig.DEFAULT_PAGE_SIZE);
        int closingSoon = f.group("consultations", "the 'consultations' settings", List.of("closing_soon_days"))
                .flatMap(c -> c.number("closing_soon_days", 0, 90, false))
                .orElse(SiteConfig.DEFAULT_CLOSING_SOON_DAYS);
        return new SiteConfig(name, base, language, zone, description, header, contact, grace, pageSize, closingSoon);
    }

    /** Used when site.yml is missing or its address is wrong: the build fails anyway, but content is still checked. */
    private static final URI PLACEHOLDER = URI.create("https://example.invalid/");

    public static URI withSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? uri : URI.create(s + "/");
    }

    private static ZoneId zone(String id, Fields f) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            f.error("timezone", "'timezone' must be a time zone name like Europe/London, but it is \"" + id + "\".",
                    "Write timezone: Europe/London");
            return SiteConfig.LONDON;
        }
    }

    private List<Term> readTerms(String name) {
        Optional<ReadFile> file = read(name, false);
        if (file.isEmpty()) {
            return List.of();
        }
        String kind = name.substring(0, name.length() - 4);
        YamlNode root = file.get().root();
        if (!(root instanceof YamlNode.Sequence seq)) {
            problems.error(root.position(), file.get().path() + " must be a list of " + kind
                            + ", each starting with '- id:', but it is " + root.describe() + ".",
                    "Write each entry as:\n- id: mental-health\n  name: Mental health");
            return List.of();
        }
        List<Term> terms = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        for (YamlNode item : seq.items()) {
            Fields f = Fields.of(item, "an entry of " + name, TERM_FIELDS, problems, item.position());
            Optional<String> id = f.text("id", true);
            Optional<String> label = f.text("name", true);
            Optional<String> description = f.text("description", false);
            if (id.isEmpty() || label.isEmpty()) {
                continue;
            }
            if (!ID.matcher(id.get()).matches()) {
                f.error("id", "the id \"" + id.get() + "\" must be lower-case letters, numbers and hyphens.",
                        "Write it like this: " + Values.slug(id.get()));
                continue;
            }
            Position first = seen.putIfAbsent(id.get(), f.at("id"));
            if (first != null) {
                f.error("id", "the id '" + id.get() + "' is used twice in " + name + " (first on line " + first.line() + ").",
                        "Give each entry its own id.");
                continue;
            }
            terms.add(new Term(id.get(), label.get(), description.orElse("")));
        }
        return terms;
    }
}
