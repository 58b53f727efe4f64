package org.engagementportal.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.engagementportal.source.Fields;
import org.engagementportal.source.Limits;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.engagementportal.source.SourceText;
import org.engagementportal.source.Values;
import org.engagementportal.source.Yaml;
import org.engagementportal.source.YamlNode;

/**
 * Reads {@code content/_data/}: {@code site.yml} and the controlled lists {@code topics.yml},
 * {@code areas.yml}, {@code series.yml}, {@code committees.yml} and {@code groups.yml}. Mistakes become problems with
 * positions; whatever can be read is returned so the content can still be checked in the same run.
 */
public final class DataLoader {
    public static final String DATA_FOLDER = "content/_data";
    /** Seldom-heard and protected-characteristic groups, whose ids content names in 'reached' and 'groups'. */
    public static final String GROUPS_FILE = "groups.yml";
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final List<String> LIST_FILES = List.of("topics.yml", "areas.yml", "series.yml", "committees.yml",
            "groups.yml");
    private static final List<String> SITE_FIELDS = List.of("name", "base_url", "language", "timezone",
            "description", "header", "contact", "review_grace", "page_size", "consultations", "meetings", "feeds", "plain_english", "limits", "image", "alert", "alert_max_days", "privacy");
    private static final List<String> TERM_FIELDS = List.of("id", "name", "description");
    /**
     * Top-level addresses the portal uses for its own lists and files whatever its types of content, which a
     * committee (listed at /<id>/) cannot have; each type adds its own ({@code ListedKind.sections}).
     * {@code PortalFoldersTest} checks every list the portal makes is under one of them.
     */
    public static final java.util.Set<String> PORTAL_FOLDERS = java.util.Set.of("topics", "areas", "get-updates", "assets",
            "you-said-we-did", "open-data", "search", "a-z");

    /**
     * What the portal publishes in each of {@link #PORTAL_FOLDERS}, for the error when a content file is put in one:
     * nothing in content/ may be published there, since the portal's own pages and files would clash with it.
     */
    public static String portalFolderUse(String folder) {
        return switch (folder) {
            case "topics" -> "topic pages";
            case "areas" -> "area pages";
            case "get-updates" -> "page on how to get updates";
            case "assets" -> "styles, scripts and pictures";
            case "you-said-we-did" -> "'You said, we did' pages";
            case "open-data" -> "open data files";
            case "search" -> "search page and its index";
            case "a-z" -> "A to Z of pages";
            default -> "pages";
        };
    }

    private final Path siteRoot;
    private final Problems problems;
    private final java.util.Set<String> reserved;

    /** A loader for a site whose folders reserved for the portal's lists are only {@link #PORTAL_FOLDERS}. */
    public DataLoader(Path siteRoot, Problems problems) {
        this(siteRoot, problems, java.util.Set.of());
    }

    /** @param sections the top-level folders the types of content list their pages in ("consultations") */
    public DataLoader(Path siteRoot, Problems problems, java.util.Set<String> sections) {
        java.util.Set<String> all = new java.util.TreeSet<>(PORTAL_FOLDERS);
        all.addAll(sections);
        this.reserved = java.util.Collections.unmodifiableSet(all);
        this.siteRoot = siteRoot;
        this.problems = problems;
    }

    private boolean baseUrlGiven;

    /**
     * This loader, told that the command gives the address the site is published at ({@code --base-url}), so
     * site.yml's {@code base_url} is not the one published and is not warned about.
     */
    public DataLoader baseUrlGiven(boolean given) {
        this.baseUrlGiven = given;
        return this;
    }

    public SiteData load() {
        Path folder = siteRoot.resolve(DATA_FOLDER);
        folderUnreadable = !reportUnknownFiles(folder);
        SiteConfig site = readSite();
        java.util.Set<String> unreadable = new java.util.TreeSet<>();
        if (folderUnreadable) {
            unreadable.addAll(LIST_FILES); // there or not, they could not be read: pages are not checked against them
        }
        List<List<Term>> lists = new ArrayList<>();
        for (String file : List.of("topics.yml", "areas.yml", "series.yml", "committees.yml", "groups.yml")) {
            int mark = problems.count();
            lists.add(readTerms(file));
            if (problems.since(mark).stream().anyMatch(org.engagementportal.source.Problem::isError)) {
                unreadable.add(file);
            }
        }
        Vocabulary vocabulary = new Vocabulary(lists.get(0), lists.get(1), lists.get(2), lists.get(3), lists.get(4), unreadable);
        return new SiteData(site, vocabulary, readGlossary());
    }

    /** Whether the data folder, or the content folder it is in, could not be opened (told once, where it was found). */
    private boolean folderUnreadable;

    /**
     * Warns of the files in the data folder that are not used; false when the folder, or the content folder, could not
     * be opened (an error at the data folder, unless the content folder is the one: the content loader tells of that).
     */
    private boolean reportUnknownFiles(Path folder) {
        Path content = folder.getParent();
        if (Files.isDirectory(content) && !Files.isExecutable(content)) {
            return false; // the content folder may not be opened: said by the content loader, at content/
        }
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).sorted()
                    .filter(name -> !name.startsWith(".") && !name.equals("site.yml") && !name.equals("glossary.yml")
                            && !LIST_FILES.contains(name))
                    .forEach(name -> problems.warning(Position.file(DATA_FOLDER + "/" + name),
                            "this data file is not used by the portal.",
                            "The data files are site.yml, glossary.yml, " + String.join(", ", LIST_FILES) + ". Rename or remove it."));
            return true;
        } catch (IOException e) {
            org.engagementportal.source.Unreadable.folder(problems, Position.file(DATA_FOLDER), e);
            return false;
        }
    }

    private Optional<ReadFile> read(String name, boolean required) {
        String rel = DATA_FOLDER + "/" + name;
        Path path = siteRoot.resolve(rel);
        if (folderUnreadable) {
            return Optional.empty(); // the folder could not be opened, which is the one thing to tell
        }
        if (Files.isSymbolicLink(path)) {
            problems.error(Position.file(rel), "this is a link to another file, which the portal does not read.",
                    "Copy the file itself into content/_data/.");
            return Optional.empty();
        }
        if (!Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            if (required) {
                problems.error(Position.file(rel), "the site settings file is missing.",
                        "Create " + rel + " with at least: name: \"NHS Example Integrated Care Board\" and "
                                + "base_url: https://engage.example.nhs.uk/");
            }
            return Optional.empty();
        }
        try {
            long size = Files.size(path);
            if (size > Limits.YAML_BYTES) {
                problems.error(Position.file(rel), "this data file is " + Limits.describe(size) + ", more than the "
                                + Limits.describe(Limits.YAML_BYTES) + " the portal reads from one data file.",
                        "Check it is the right file: a list of settings or terms is rarely more than a few KB.");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            return SourceText.decode(rel, bytes, problems).flatMap(text -> {
                if (text.reportMergeConflicts(problems)) {
                    return Optional.empty();
                }
                if (required && text.text().lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#")
                        || l.strip().equals("---") || l.strip().equals("..."))) {
                    // Read as no file at all, it gave only "the page has no title" at the home page's template.
                    problems.error(Position.file(rel), "the site settings file is empty.",
                            "Write in it at least: name: \"NHS Example Integrated Care Board\" and base_url: https://engage.example.nhs.uk/");
                    return Optional.empty();
                }
                return Yaml.parseFile(text, problems).map(node -> new ReadFile(rel, node));
            });
        } catch (IOException e) {
            org.engagementportal.source.Unreadable.file(problems, Position.file(rel), e);
            return Optional.empty();
        }
    }

    private record ReadFile(String path, YamlNode root) {
    }

    /** The stand-in for a site name that is missing (an error): never published, as the build stops. */
    static final String NAME_MISSING = "The site's name";

    private SiteConfig readSite() {
        Optional<ReadFile> file = read("site.yml", true);
        String rel = DATA_FOLDER + "/site.yml";
        Fields f = Fields.of(file.map(ReadFile::root).orElse(null), "the site settings", SITE_FIELDS, problems,
                new Position(rel, 1, 1));
        boolean present = file.isPresent();
        // Without a name (reported), pages are checked with a stand-in, so the home page, whose title the name is, is not
        // also reported as having none, against its template.
        String name = present ? f.text("name", true).filter(n -> !n.isBlank()).orElse(NAME_MISSING) : NAME_MISSING;
        Optional<URI> given = present ? f.webLink("base_url", true) : Optional.empty();
        Optional<String> unfit = given.flatMap(Values::unfitSiteAddress);
        if (unfit.isPresent()) {
            f.error("base_url", "the site's address has " + unfit.get() + ". The build puts every page's address after it.",
                    "Write the address of the site's home page only, for example base_url: " + Values.homeOf(given.get()));
        }
        URI base = given.filter(u -> unfit.isEmpty()).map(DataLoader::withSlash).orElse(PLACEHOLDER);
        if ("http".equalsIgnoreCase(base.getScheme()) && !baseUrlGiven) {
            f.warning("base_url", "the site's address starts with http://, so every page's own address, its links for "
                            + "sharing and its feeds point to an address that browsers mark as not secure.",
                    "Write the address the site is published at, with https://, for example base_url: "
                            + "https://" + base.getRawAuthority() + base.getRawPath());
        }
        String language = f.text("language", false).orElse(SiteConfig.DEFAULT_LANGUAGE);
        if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            f.error("language", "'language' must be a language code like en-GB, but it is \"" + language + "\".",
                    "Write language: en-GB");
            language = SiteConfig.DEFAULT_LANGUAGE;
        } else if (org.engagementportal.source.Languages.wrongSiteCode(language).isPresent()) {
            var wrong = org.engagementportal.source.Languages.wrongSiteCode(language).get();
            // Every page says it is in this language, and screen readers read it in it (WCAG 3.1.1).
            f.error("language", "'language' must be a language code like en-GB, but " + wrong.why() + ", so pages would tell "
                    + "screen readers a language they do not know.", "Write language: " + wrong.meant().orElse("en-GB"));
            language = SiteConfig.DEFAULT_LANGUAGE;
        }
        ZoneId zone = TimeZoneSetting.read(f);
        Optional<String> description = f.text("description", false);
        Header header = f.group("header", "the 'header' settings", List.of("organisation", "descriptor", "service"))
                .map(h -> new Header(h.text("organisation", false).orElse(name), h.text("descriptor", false),
                        h.text("service", false)))
                .orElse(new Header(name, Optional.empty(), Optional.empty()));
        Contact contact = f.group("contact", "the 'contact' settings", List.of("email", "phone", "text_relay", "address"))
                .map(c -> new Contact(c.email("email", false), c.phone("phone", false), c.textRelay("text_relay", false),
                        c.text("address", false)))
                .orElse(Contact.none());
        var grace = f.interval("review_grace", false).orElse(SiteConfig.DEFAULT_REVIEW_GRACE);
        int pageSize = f.number("page_size", 5, 200, false).orElse(SiteConfig.DEFAULT_PAGE_SIZE);
        int closingSoon = setting(f, "consultations", "closing_soon_days", 0, 90, SiteConfig.DEFAULT_CLOSING_SOON_DAYS);
        int papersDays = setting(f, "meetings", "papers_days_before", 0, 60, SiteConfig.DEFAULT_PAPERS_DAYS_BEFORE);
        int feedItems = setting(f, "feeds", "items", 1, 500, SiteConfig.DEFAULT_FEED_ITEMS);
        int smog = setting(f, "plain_english", "smog_warn_above", 6, 30, SiteConfig.DEFAULT_SMOG_LIMIT);
        Limits limits = f.group("limits", "the 'limits' settings", List.of("file_size"))
                .flatMap(g -> g.size("file_size", Limits.MAX_FILE_BYTES, false))
                .map(Limits::new).orElse(Limits.DEFAULT);
        Optional<ShareImage> image = f.group("image", "the 'image' settings", List.of("file", "alt"))
                .flatMap(this::shareImage);
        int alertMaxDays = f.number("alert_max_days", 1, 366, false).orElse(SiteConfig.DEFAULT_ALERT_MAX_DAYS);
        Optional<SiteAlert> alert = f.group("alert", "the 'alert' settings", List.of("text", "starts", "ends"))
                .flatMap(a -> alert(a, zone, alertMaxDays));
        // Where the organisation's privacy notice is: a page of this site, or its own website's.
        Optional<String> written = f.text("privacy", false);
        Optional<String> privacy = written.isEmpty() ? Optional.empty() : written.get().startsWith("/")
                ? f.siteAddress("privacy", "/privacy/", false).flatMap(p -> privacyPage(f, p))
                : f.webLink("privacy", false).map(URI::toString);
        return new SiteConfig(name, base, language, zone, description, header, contact, grace, pageSize, closingSoon,
                papersDays, feedItems, smog, limits, image, alert, privacy);
    }

    /**
     * The page 'privacy' names, as a link to it ("/privacy" is "/privacy/", as a link in a page's text would be, and a
     * section such as "#your-rights" is kept), when its file is there (content/privacy.md or content/privacy/index.md);
     * if not, or if the address leads out of the published folders ("/../README"), says so. Whether it is published (not a
     * draft) is checked once the site is assembled.
     */
    private Optional<String> privacyPage(Fields f, String written) {
        int cut = written.indexOf('#') >= 0 ? written.indexOf('#') : written.indexOf('?') >= 0 ? written.indexOf('?') : written.length();
        String path = written.substring(0, cut);
        String rel = path.replaceAll("^/+|/+$", "");
        boolean hidden = unpublishedPart(path).isPresent();
        Path content = siteRoot.resolve("content");
        if (!rel.isEmpty() && !hidden && (Files.isRegularFile(content.resolve(rel + ".md"))
                || Files.isRegularFile(content.resolve(rel).resolve("index.md")))) {
            return Optional.of("/" + rel + "/" + written.substring(cut));
        }
        f.error("privacy", "there is no page at " + path + (hidden ? " that the site publishes" : " (content/" + rel + ".md)")
                        + " for the privacy notice.",
                "Write the address of the page that is your privacy notice, or your organisation's own notice on its website, "
                        + "such as privacy: https://www.example-icb.nhs.uk/privacy-notice");
        return Optional.empty();
    }

    /**
     * The part of a site address ("/_images/share.png", "/../README") that keeps it from the published files: a way round
     * ("." or "..") that leads out of them, or a folder or file the site leaves out (a name starting with _ or .).
     */
    private static Optional<String> unpublishedPart(String address) {
        return java.util.Arrays.stream(address.replaceFirst("^/+", "").split("/"))
                .filter(part -> part.equals("..") || part.equals(".") || part.startsWith("_") || part.startsWith(".")).findFirst();
    }

    /** The picture for social media: a PNG or JPEG under content/ (the networks show no SVG), with its alternative text. */
    private Optional<ShareImage> shareImage(Fields f) {
        Optional<String> path = f.siteAddress("file", "/pictures/share.png", true);
        Optional<String> alt = f.text("alt", true);
        if (path.isEmpty() || alt.isEmpty()) {
            return Optional.empty();
        }
        String lower = path.get().toLowerCase(java.util.Locale.ROOT);
        if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            f.error("file", "'file' must be a PNG or JPEG picture, as social media sites show no other kind, but it is "
                    + path.get() + ".", "Save the picture as PNG or JPEG (1200 by 630 pixels suits most sites) and name that file here.");
            return Optional.empty();
        }
        String address = path.get().startsWith("/") ? path.get() : "/" + path.get(); // from content/, as every address is
        // Only a published file can be shown: not one outside content/, nor in a folder the site leaves out (_images/).
        java.util.Optional<String> hidden = unpublishedPart(address);
        if (hidden.isPresent()) {
            f.error("file", "the picture " + address + (hidden.get().equals("..") || hidden.get().equals(".")
                            ? " is named by a way round ('" + hidden.get() + "') that leads out of the site's files"
                            : " is in a folder the site does not publish ('" + hidden.get() + "': names starting with _ or . are left "
                            + "out)") + ", so social media sites would find no picture there.",
                    "Put the picture in a published folder of content/, such as content/pictures/, and write its address from the /, "
                            + "such as file: /pictures/share.png");
            return Optional.empty();
        }
        Path file = siteRoot.resolve("content").resolve(address.substring(1));
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            f.error("file", "there is no picture at content" + address + ".",
                    "Put the picture in content/ (for example content/pictures/share.png) and write its address from the /, "
                            + "such as file: /pictures/share.png");
            return Optional.empty();
        }
        // A picture too small for the networks' large cards is shown as none, or as an error, where the site is shared.
        pixels(file).filter(wh -> wh[0] < 300 || wh[1] < 157).ifPresent(wh -> f.warning("file", "the picture " + address + " is "
                        + wh[0] + " by " + wh[1] + " pixels; social media sites show no picture smaller than about 300 by 157 (X) "
                        + "or 200 by 200 (Facebook) when the site is shared.",
                "Use a picture of 1200 by 630 pixels, which suits most sites."));
        String name = address.substring(address.lastIndexOf('/') + 1);
        if (alt.get().equalsIgnoreCase(name) || alt.get().equalsIgnoreCase(name.replaceFirst("\\.[^.]+$", ""))) {
            f.warning("alt", "the picture's description is its file name, \"" + alt.get() + "\", which is what screen readers "
                    + "would read out where the site is shared.", "Say in a few words what the picture shows, such as alt: The "
                    + "NHS logo above a photograph of a GP surgery.");
        }
        return Optional.of(new ShareImage(address, alt.get()));
    }

    /**
     * A PNG's or JPEG's width and height, from its header (PNG's IHDR, JPEG's start-of-frame), or none when they cannot
     * be found there. Read without the picture's pixels, and without the JDK's image reading (which the build does not
     * otherwise load).
     */
    static Optional<int[]> pixels(Path file) {
        byte[] b;
        // A phone's or Photoshop's JPEG can carry more than 64 KB of EXIF and colour profile before its size.
        try (java.io.InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(512 * 1024);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        if (b.length >= 24 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[12] == 'I' && b[13] == 'H') {
            long width = Integer.toUnsignedLong(int32(b, 16));
            long height = Integer.toUnsignedLong(int32(b, 20));
            // No picture is wider than that (PNG allows 2^31 - 1): a size beyond it is not one to quote.
            return width > 1_000_000 || height > 1_000_000 ? Optional.empty() : Optional.of(new int[] {(int) width, (int) height});
        }
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return Optional.empty();
        }
        int i = 2;
        while (i + 9 < b.length && (b[i] & 0xFF) == 0xFF) {
            if ((b[i + 1] & 0xFF) == 0xFF) {
                i++; // a fill byte before a marker
                continue;
            }
            int marker = b[i + 1] & 0xFF;
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            // A start of frame: C0 to CF but for C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding).
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                int height = ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF);
                int width = ((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF);
                return Optional.of(new int[] {width, height});
            }
            if (length < 2) {
                return Optional.empty();
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static int int32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    /**
     * The site alert. Without an end, or shown for longer than {@code maxDays}, it warns: an alert left up is soon
     * not read, and one for a closed office must come down when it opens again.
     */
    private Optional<SiteAlert> alert(Fields f, ZoneId zone, int maxDays) {
        Optional<String> text = f.text("text", true);
        Optional<java.time.LocalDateTime> starts = f.dateTime("starts", java.time.LocalTime.MIDNIGHT, true);
        // A date alone: the alert is up all that day, as a consultation closing on a date is open all that day.
        Optional<java.time.LocalDateTime> ends = f.dateTime("ends", java.time.LocalTime.of(23, 59), false);
        Optional<String> markup = text.flatMap(DataLoader::markup);
        if (markup.isPresent()) {
            f.error("text", "the site alert is plain text, so " + markup.get() + " would appear as written "
                            + "at the top of every page.",
                    "Write the alert in plain words, without HTML tags or character references such as &amp; "
                            + "(write & itself); put details and links on a page instead.");
            return Optional.empty();
        }
        if (text.isEmpty() || starts.isEmpty()) {
            return Optional.empty();
        }
        var from = starts.get().atZone(zone);
        // Compared as moments in the site's zone: a time in the hour skipped when the clocks go forward moves on an hour.
        if (ends.isPresent() && !ends.get().atZone(zone).isAfter(from)) {
            f.error("ends", "the alert 'ends' at " + ends.get() + ", which is not after it 'starts' (" + starts.get() + ").",
                    "Write the time the alert should come down, after the time it goes up.");
            return Optional.empty();
        }
        if (ends.isEmpty()) {
            f.warning("starts", "the site alert has no 'ends', so it will stay at the top of every page until someone removes it.",
                    "Add the time it should come down, for example ends: " + starts.get().toLocalDate().plusDays(7) + "T17:00");
        } else if (java.time.Duration.between(from, ends.get().atZone(zone)).compareTo(java.time.Duration.ofDays(maxDays)) > 0) {
            f.warning("ends", "the site alert is shown for more than " + maxDays + " days (from " + starts.get() + " to "
                            + ends.get() + "); people stop reading a notice that is always there.",
                    "Shorten it, put the news on a page instead, or raise alert_max_days in site.yml if it really must stay.");
        }
        return Optional.of(new SiteAlert(text.get().strip().replaceAll("\\s+", " "), from, ends.map(e -> e.atZone(zone))));
    }

    /**
     * The first HTML in a piece of plain text, described for a message: a tag or comment (a {@code <} that a browser
     * would start one with: before a letter, {@code /}, {@code !} or {@code ?}) or a character reference.
     */
    public static Optional<String> markup(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char next = text.charAt(i + 1);
            if (text.charAt(i) == '<' && (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '/'
                    || next == '!' || next == '?')) {
                int end = text.indexOf('>', i);
                // One never closed is words, "aged <sixteen", as a browser shows it.
                if (end < 0) {
                    break;
                }
                String tag = end - i > 40 ? text.substring(i, Math.min(text.length(), i + 10)) + "..." : text.substring(i, end + 1);
                return Optional.of("the HTML \"" + tag + "\"");
            }
        }
        // A reference ends with ';' ("&amp;", "&#8211;"); without one, "Q&A" or "R&D" are plain text.
        for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
            int end = i + 1;
            while (end < text.length() && end - i < 40 && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '#')) {
                end++;
            }
            if (end < text.length() && text.charAt(end) == ';' && end > i + 1) {
                String reference = text.substring(i, end + 1);
                if (!org.jsoup.parser.Parser.unescapeEntities(reference, false).equals(reference)) {
                    return Optional.of("the character reference \"" + reference + "\"");
                }
            }
        }
        return Optional.empty();
    }

    /** A number in a group of site.yml, such as consultations: closing_soon_days: 14, or its default. */
    private static int setting(Fields f, String group, String key, int min, int max, int fallback) {
        return f.group(group, "the '" + group + "' settings", List.of(key))
                .flatMap(g -> g.number(key, min, max, false))
                .orElse(fallback);
    }

    /** Used when site.yml is missing or its address is wrong: the build fails anyway, but content is still checked. */
    private static final URI PLACEHOLDER = URI.create("https://example.invalid/");

    public static URI withSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? uri : URI.create(s + "/");
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
            // A group's description says who is in it: the yearly report lists each group with it.
            Optional<String> description = f.text("description", name.equals("groups.yml"));
            if (id.isEmpty() || label.isEmpty()) {
                continue;
            }
            if (!ID.matcher(id.get()).matches()) {
                f.error("id", "the id \"" + id.get() + "\" must be lower-case letters, numbers and hyphens.",
                        "Write it like this: " + Values.slug(id.get()));
                continue;
            }
            if (name.equals("committees.yml") && reserved.contains(id.get())) {
                f.error("id", "the id '" + id.get() + "' is the address of one of the portal's own lists (/" + id.get()
                        + "/), so a committee cannot have it.", "Give the committee another id, such as " + id.get() + "-committee.");
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

    private static final List<String> GLOSSARY_FIELDS = List.of("term", "meaning", "instead");

    private static boolean lineBreak(Fields f, String key, String value) {
        if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return false;
        }
        f.error(key, "'" + key + "' must be on one line, but it has a line break.",
                "Write it on one line, after the colon; for a long meaning, keep to one or two sentences.");
        return true;
    }

    /** glossary.yml: a list of terms, each with its meaning and, for jargon, what to say instead. */
    private Glossary readGlossary() {
        int mark = problems.count();
        Optional<ReadFile> file = read("glossary.yml", false);
        if (file.isEmpty()) {
            boolean unread = folderUnreadable
                    || problems.since(mark).stream().anyMatch(org.engagementportal.source.Problem::isError);
            return unread ? Glossary.couldNotBeRead() : Glossary.empty();
        }
        YamlNode root = file.get().root();
        if (!(root instanceof YamlNode.Sequence seq)) {
            problems.error(root.position(), file.get().path() + " must be a list of terms, each starting with '- term:', but it is "
                    + root.describe() + ".", "Write each entry as:\n- term: ICB\n  meaning: Integrated Care Board");
            return Glossary.couldNotBeRead();
        }
        List<Glossary.Entry> entries = new ArrayList<>();
        Map<String, Position> seen = new HashMap<>();
        for (YamlNode item : seq.items()) {
            Fields f = Fields.of(item, "an entry of glossary.yml", GLOSSARY_FIELDS, problems, item.position());
            Optional<String> term = f.text("term", true);
            Optional<String> meaning = f.text("meaning", true);
            if (term.isEmpty() || meaning.isEmpty()) {
                continue;
            }
            Position first = seen.putIfAbsent(term.get().toLowerCase(java.util.Locale.ROOT), f.at("term"));
            if (first != null) {
                f.error("term", "'" + term.get() + "' is in the glossary twice (first on line " + first.line() + ").",
                        "Keep one entry for each term.");
                continue;
            }
            Optional<String> instead = f.text("instead", false);
            // Each is added to pages as Markdown ("*[ICB]: Integrated Care Board"): a line break would start new text on every page.
            if (lineBreak(f, "term", term.get()) | lineBreak(f, "meaning", meaning.get()) | instead.filter(i -> lineBreak(f, "instead", i)).isPresent()) {
                continue;
            }
            entries.add(new Glossary.Entry(term.get(), meaning.get(), instead));
        }
        return new Glossary(entries);
    }
}
