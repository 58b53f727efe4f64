package org.engagementportal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.config.Term;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.content.ContentLoader;
import org.engagementportal.content.Document;
import org.engagementportal.content.LoadedContent;
import org.engagementportal.content.Placement;
import org.engagementportal.content.Starter;
import org.engagementportal.content.StarterContext;
import org.engagementportal.content.StarterText;
import org.engagementportal.content.Statement;
import org.engagementportal.content.Variant;
import org.engagementportal.content.VariantStarter;
import org.engagementportal.pipeline.Pipeline;
import org.engagementportal.source.Problems;
import org.engagementportal.source.SourceText;
import org.engagementportal.source.Suggest;
import org.engagementportal.source.Values;
import org.engagementportal.types.ContentType;
import org.engagementportal.types.ContentTypes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code portal new TYPE "Title"}: starts a new content file in the right folder, named from its title (or its
 * date), with every field its type takes explained and filled in, so that it passes {@code portal check} as it
 * is. Each type writes its own ({@code ContentKind.starter}); {@code easy-read} and {@code translation} start a
 * version of an existing page beside it. Never overwrites a file.
 */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = {"Start a new content file: a consultation, meeting, event, bulletin, engagement record, page or the "
                + "Accessible Information Statement, or an easy-read or translated version of a page.",
                "",
                "  portal new consultation \"Community mental health hubs\"",
                "  portal new meeting \"Governing Body meeting\" --committee governing-body --date 2027-01-21",
                "  portal new bulletin \"Patient and public bulletin\" --series weekly",
                "  portal new easy-read content/consultations/community-mental-health-hubs.md",
                "  portal new translation /consultations/community-mental-health-hubs/ --language cy",
                ""})
final class NewCommand implements Callable<Integer> {
    static final String EASY_READ = "easy-read";
    static final String TRANSLATION = "translation";
    /** Where {@code portal serve} shows the site by default. */
    static final String PREVIEW = "http://127.0.0.1:8080";

    @Parameters(index = "0", paramLabel = "TYPE", description = "consultation, meeting, event, bulletin, engagement, page "
            + "or statement; or easy-read or translation for a version of a page.")
    String type;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The title, in quotes. For easy-read and translation: "
            + "the page, as its file (content/consultations/dental.md) or its address (/consultations/dental/).")
    String subject;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder, with content/ in it (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--committee", paramLabel = "ID", description = "For a meeting: the committee, from "
            + "content/_data/committees.yml (default: the first there).")
    String committee;

    @Option(names = "--series", paramLabel = "ID", description = "For a bulletin: the series, from "
            + "content/_data/series.yml (default: the first there).")
    String series;

    @Option(names = "--date", paramLabel = "DATE", description = "The day it opens, happens or is dated, like 2027-01-21 "
            + "(default: a consultation opens in 2 weeks, an event is in 3, a meeting in 4, a bulletin is dated today).")
    String date;

    @Option(names = "--folder", paramLabel = "DIR", description = "For a page or the statement: its folder under "
            + "content/, like about (default: content/ itself).")
    String folder;

    @Option(names = "--language", paramLabel = "CODE", description = "For a translation: the language's code, like cy "
            + "(Welsh), pl (Polish) or ur (Urdu).")
    String language;

    @Option(names = "--title", paramLabel = "TEXT", description = "For easy-read and translation: the version's title "
            + "(default: the page's, with \"easy read\" added for easy read).")
    String versionTitle;

    @Option(names = "--draft", description = "Start it as a draft (draft: true), which is checked but not published.")
    boolean draft;

    @Option(names = "--now", paramLabel = "DATE-TIME", description = "Work out dates as if it were this time, like "
            + "2026-03-01T09:00 (default: the real time).")
    String now;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final List<ContentType<?>> types = ContentTypes.ALL;

    @Override
    public Integer call() throws IOException {
        Path site = SiteOptions.siteFolder(source);
        Problems problems = new Problems();
        SiteData data = new DataLoader(site, problems, Pipeline.sections(types)).load();
        if (problems.hasErrors()) {
            print(problems, site);
            spec.commandLine().getErr().println("Nothing was written: fix the site's settings in content/_data/ first.");
            return ExitCode.CONTENT.code();
        }
        ZonedDateTime clock = SiteOptions.clock(now).map(t -> t.atZone(data.site().timeZone()))
                .orElseGet(() -> ZonedDateTime.now(data.site().timeZone()).truncatedTo(ChronoUnit.MINUTES));
        String word = type.strip().toLowerCase(Locale.ROOT);
        Starter starter;
        if (word.equals(EASY_READ) || word.equals(TRANSLATION)) {
            Optional<Starter> version = version(word, site, data, clock);
            if (version.isEmpty()) {
                return ExitCode.CONTENT.code();
            }
            starter = version.get();
        } else {
            ContentType<?> kind = types.stream().filter(t -> t.id().equals(word)).findFirst()
                    .orElseThrow(() -> unknownType(word));
            starter = original(kind, site, data, clock);
            if (starter.name().equals("page") && Starter.hasNoNameLetters(subject)) {
                // A title in another alphabet gives no letters for a file name: each would be page.md, the second refused.
                starter = freeName(site, starter);
                spec.commandLine().getOut().println("The title has no letters a web address can use (a-z, 0-9), so the file is "
                        + "named " + starter.name() + ".md. You may rename it with English words, such as "
                        + "dental-services-consultation.md, before it is published.");
            }
        }
        write(site, starter, data.site().link(starter.address()));
        return ExitCode.OK.code();
    }

    /** The starter under the first name of page, page-2, page-3... whose file and address no file has yet. */
    private static Starter freeName(Path site, Starter starter) {
        for (int n = 1; ; n++) {
            Starter named = new Starter(starter.folder(), n == 1 ? "page" : "page-" + n, starter.text());
            if (sameAddress(named).stream().noneMatch(f -> Files.exists(site.resolve(f)))) {
                return named;
            }
        }
    }

    private UsageProblem unknownType(String word) {
        List<String> words = new ArrayList<>(types.stream().map(ContentType::id).toList());
        words.add(EASY_READ);
        words.add(TRANSLATION);
        return new UsageProblem("'" + type + "' is not a type of content." + Suggest.didYouMean(word, words) + " Use one of: "
                + String.join(", ", words) + ".");
    }

    /** A new file of a type, its group and folder checked. */
    private Starter original(ContentType<?> kind, Path site, SiteData data, ZonedDateTime clock) {
        if (language != null || versionTitle != null) {
            throw new UsageProblem((language != null ? "--language" : "--title") + " is for easy-read and translated versions "
                    + "of a page; the title of a new " + kind.id() + " is the text after '" + kind.id() + "'.");
        }
        String title = StarterText.oneLine(subject);
        if (title.isEmpty()) {
            throw new UsageProblem("the title is empty. Give it in quotes, like: portal new " + kind.id() + " \"Improving access to NHS dentistry\"");
        }
        if (title.codePoints().noneMatch(Character::isLetterOrDigit)) {
            // The file would fail portal check at once: links to the page would say nothing of where they go.
            throw new UsageProblem("the title \"" + title + "\" has no letters or numbers. Give it in words, like: portal new "
                    + kind.id() + " \"Questions and answers\"");
        }
        Optional<LocalDate> day = Optional.ofNullable(date).map(d -> Values.date(d).orElseThrow(() ->
                new UsageProblem("--date must be a date like 2027-01-21, not \"" + d + "\".")));
        if (day.isPresent() && (kind.id().equals("page") || kind.id().equals("statement"))) {
            // It was taken and left out, as --committee is not: the writer would look for the date in the file.
            throw new UsageProblem("--date is for the types that have a day (a consultation, event, meeting, bulletin or "
                    + "engagement record); a " + kind.id() + " has none. Leave out --date.");
        }
        Optional<Term> group = group(kind, data.vocabulary());
        String pageFolder = pageFolder(kind, data.vocabulary());
        if (kind.details() == Statement.class) {
            // The site assembler allows one statement: say so now, not after the file is written.
            existingStatement(site, data, clock).ifPresent(s -> {
                throw new UsageProblem(s + " is already the site's Accessible Information Statement, and a site has only one. "
                        + "Edit that file instead.");
            });
        }
        Starter starter = kind.starter(title, new StarterContext(data, clock, day, group, pageFolder, draft));
        if (starter.folder().isEmpty() && reserved(data.vocabulary()).contains(starter.name())) {
            throw new UsageProblem("a page called " + starter.address() + " would take an address the portal uses for its own "
                    + "list. Choose another title, or put the page in a folder with --folder.");
        }
        return starter;
    }

    /** The group a type filed by one is in: from --committee or --series, or the first in its list. */
    private Optional<Term> group(ContentType<?> kind, Vocabulary vocabulary) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("committee", committee);
        given.put("series", series);
        String noun;
        String list;
        Function<Vocabulary, List<Term>> groups;
        if (kind.placement() instanceof Placement.Grouped g) {
            noun = g.noun();
            list = g.list();
            groups = g.groups();
        } else if (kind.placement() instanceof Placement.GroupFolders g) {
            noun = g.noun();
            list = g.list();
            groups = g.groups();
        } else {
            noun = null;
            list = null;
            groups = null;
        }
        given.forEach((option, value) -> {
            if (value != null && !option.equals(noun)) {
                List<String> users = types.stream().filter(t -> option.equals(groupNoun(t.placement()))).map(ContentType::id).toList();
                throw new UsageProblem("--" + option + " is for " + (users.isEmpty() ? "other types" : String.join(" and ", users) + "s")
                        + ", not for a " + kind.id() + ".");
            }
        });
        if (noun == null) {
            return Optional.empty();
        }
        List<Term> terms = groups.apply(vocabulary);
        String option = given.containsKey(noun) ? "--" + noun : "the " + noun;
        if (terms.isEmpty()) {
            throw new UsageProblem("there are no " + plural(noun) + " in content/_data/" + list + " yet, and a " + kind.id()
                    + " is filed under one. Add one there first (- id: ... and name: ...).");
        }
        String wanted = given.get(noun);
        if (wanted == null) {
            return Optional.of(terms.get(0));
        }
        List<String> ids = Vocabulary.ids(terms);
        return Optional.of(Vocabulary.find(terms, wanted.strip()).orElseThrow(() -> new UsageProblem("'" + wanted + "' is not a "
                + noun + " in content/_data/" + list + "." + Suggest.didYouMean(wanted.strip(), ids) + " Give " + option
                + " one of: " + String.join(", ", ids) + ".")));
    }

    private static String groupNoun(Placement p) {
        return p instanceof Placement.Grouped g ? g.noun() : p instanceof Placement.GroupFolders g ? g.noun() : null;
    }

    private static String plural(String noun) {
        return noun.endsWith("s") ? noun : noun + "s";
    }

    /** The folder under content/ for a type that may be in any folder of pages, from --folder. */
    private String pageFolder(ContentType<?> kind, Vocabulary vocabulary) {
        boolean anywhere = kind.placement() instanceof Placement.Anywhere || kind.placement() instanceof Placement.Declared;
        if (folder == null) {
            return "";
        }
        if (!anywhere) {
            throw new UsageProblem("--folder is for pages and the statement: a " + kind.id() + " always goes in "
                    + kind.placement().where() + ".");
        }
        String f = folder.strip().replace('\\', '/').replaceAll("^(\\./)?(content/)?/*|/+$", "");
        if (f.isEmpty()) {
            return "";
        }
        String[] parts = f.split("/+");
        for (String part : parts) {
            if (!DataLoader.ID.matcher(part).matches()) {
                throw new UsageProblem("the folder '" + folder + "' cannot be used in a web address: use lower-case letters, "
                        + "numbers and hyphens only, like about or get-involved/groups.");
            }
        }
        for (ContentType<?> other : types) {
            if (other.placement().claims(parts, vocabulary)) {
                throw new UsageProblem("content/" + String.join("/", parts) + "/ is where " + other.described().replaceFirst("^(a|an|the) ", "")
                        + "s go, so a " + kind.id() + " cannot be there. Use portal new " + other.id() + ", or another --folder.");
            }
        }
        if (parts.length > 1 && DataLoader.PORTAL_FOLDERS.contains(parts[0])) {
            throw new UsageProblem("content/" + parts[0] + "/ is kept for the portal's own " + DataLoader.portalFolderUse(parts[0])
                    + ", so nothing in it is published. Choose another --folder.");
        }
        if (parts.length == 1 && reserved(vocabulary).contains(parts[0])) {
            throw new UsageProblem("content/" + parts[0] + "/ would take an address the portal uses for its own list. "
                    + "Choose another --folder.");
        }
        return String.join("/", parts);
    }

    /** Top-level addresses a page cannot have: the portal's own lists, and the folders the types and committees take. */
    private Set<String> reserved(Vocabulary vocabulary) {
        Set<String> out = new TreeSet<>(DataLoader.PORTAL_FOLDERS);
        out.addAll(Pipeline.sections(types));
        out.addAll(Vocabulary.ids(vocabulary.committees()));
        for (ContentType<?> t : types) {
            if (t.placement() instanceof Placement.Folder f) {
                out.add(f.folder());
            } else if (t.placement() instanceof Placement.Grouped g) {
                out.add(g.folder());
            }
        }
        return out;
    }

    private Optional<String> existingStatement(Path site, SiteData data, ZonedDateTime clock) {
        LoadedContent content = new ContentLoader(site, data, clock, new Problems(), types).load();
        return content.documents().stream().filter(d -> d.is(Statement.class) && d.variant().isOriginal())
                .map(Document::source).findFirst();
    }

    /** An easy-read or translated version of a page; empty (with the page's mistakes printed) when the page has any. */
    private Optional<Starter> version(String word, Path site, SiteData data, ZonedDateTime clock) throws IOException {
        if (date != null || committee != null || series != null || folder != null) {
            String option = date != null ? "--date" : committee != null ? "--committee" : series != null ? "--series" : "--folder";
            throw new UsageProblem(option + " is not used for a version of a page: it goes beside its page and copies "
                    + "its dates and details.");
        }
        Variant variant;
        if (word.equals(EASY_READ)) {
            if (language != null) {
                throw new UsageProblem("--language is for a translation: portal new translation PAGE --language " + language);
            }
            variant = Variant.EASY_READ;
        } else {
            variant = Variant.translation(language(data));
        }
        String rel = originalFile(site, data, clock);
        Problems problems = new Problems();
        LoadedContent content = new ContentLoader(site, data, clock, problems, types).load();
        String sourcePath = ContentLoader.CONTENT + "/" + rel;
        Optional<Document> found = content.documents().stream().filter(d -> d.source().equals(sourcePath)).findFirst();
        if (found.isEmpty() || problems.sorted().stream().anyMatch(p -> p.isError() && p.position().file().equals(sourcePath))) {
            Problems own = new Problems();
            problems.sorted().stream().filter(p -> p.position().file().equals(sourcePath)).forEach(own::add);
            print(own, site);
            spec.commandLine().getErr().println("Nothing was written: " + sourcePath + " has mistakes. Fix them, then start "
                    + "its " + (variant.kind() == Variant.Kind.EASY_READ ? "easy-read version" : "translation") + ".");
            return Optional.empty();
        }
        Document page = found.get();
        if (!page.variant().isOriginal()) {
            String kind = page.variant().kind() == Variant.Kind.EASY_READ ? "an easy-read version" : "a translation";
            throw new UsageProblem(sourcePath + " is itself " + kind + ". Give the page it is a version of: "
                    + sourcePath.replaceFirst("\\.[^./]+\\.md$", ".md") + ".");
        }
        if (introduces(page, data.vocabulary())) {
            throw new UsageProblem(sourcePath + " introduces a list the portal makes, and such introductions have no "
                    + "easy-read or translated versions. Start a page of its own instead (portal new page) and link to it.");
        }
        byte[] bytes = Files.readAllBytes(site.resolve(sourcePath));
        SourceText text = SourceText.decode(sourcePath, bytes, new Problems()).orElseThrow();
        Optional<String> title = Optional.ofNullable(versionTitle).map(StarterText::oneLine).filter(t -> !t.isEmpty());
        StarterContext ctx = new StarterContext(data, clock, Optional.empty(), Optional.empty(), "", draft);
        return Optional.of(VariantStarter.of(page, text, variant, title, ctx));
    }

    private String language(SiteData data) {
        if (language == null) {
            throw new UsageProblem("say which language with --language, like: portal new translation PAGE --language cy "
                    + "(cy is Welsh, pl Polish, ur Urdu).");
        }
        String code = language.strip();
        String site = data.site().language();
        if (!VariantStarter.isLanguage(code)) {
            // 'eng' on an English site is not offered as 'en', which is refused next: the site is in it already.
            if (org.engagementportal.source.Languages.meant(code).filter(c -> org.engagementportal.source.Languages.sameReaders(site, c)).isPresent()) {
                throw new UsageProblem("'" + language + "' is the site's own language (" + site + "); a translation is in another "
                        + "language.");
            }
            throw new UsageProblem("'" + language + "' is not a language code the portal uses." + org.engagementportal.source.Languages.meant(code).map(c -> " Did you "
                    + "mean " + c + " (" + java.util.Locale.forLanguageTag(c).getDisplayLanguage(java.util.Locale.ENGLISH) + ")?")
                    .orElse("") + " Use the two-letter code, like cy (Welsh), pl (Polish), ur (Urdu) or bn (Bengali).");
        }
        // As the build has it (Languages.sameReaders): en on an en-GB site is its own language; en-US is another country's.
        if (org.engagementportal.source.Languages.sameReaders(data.site().language(), code)) {
            throw new UsageProblem("the site is written in '" + data.site().language() + "' already; a translation is in "
                    + "another language.");
        }
        return code;
    }

    /** Whether a page is a folder's index.md that introduces a listing the portal makes (the home page, a section). */
    private boolean introduces(Document page, Vocabulary vocabulary) {
        if (!page.isIndex()) {
            return false;
        }
        String[] parts = page.path().isEmpty() ? new String[0] : page.path().split("/");
        return parts.length == 0 || types.stream().anyMatch(t -> t.placement().introduces(parts, vocabulary));
    }

    /** The page named on the command line, as its path under content/: a file, or the address it is published at. */
    private String originalFile(Path site, SiteData data, ZonedDateTime clock) {
        String given = subject.strip();
        Path content = site.resolve(ContentLoader.CONTENT);
        if (given.endsWith(".md")) {
            for (Path candidate : List.of(Path.of(given), site.resolve(given), content.resolve(given))) {
                Path file = candidate.toAbsolutePath().normalize();
                if (Files.isRegularFile(file) && file.startsWith(content)) {
                    return content.relativize(file).toString().replace('\\', '/');
                }
            }
            throw new UsageProblem("there is no page " + given + " in " + display(ContentLoader.CONTENT) + ". Give its file, "
                    + "like content/consultations/dental.md, or its address, like /consultations/dental/.");
        }
        String path = given;
        if (given.contains("://")) {
            try {
                path = new URI(given).getPath();
            } catch (URISyntaxException e) {
                throw new UsageProblem("'" + given + "' is not an address or a file name.");
            }
        }
        path = path == null ? "" : path.replaceAll("^/+|/+$", "");
        List<String> tried = path.isEmpty() ? List.of("index.md") : List.of(path + ".md", path + "/index.md");
        for (String rel : tried) {
            if (Files.isRegularFile(content.resolve(rel))) {
                return rel;
            }
        }
        // Given by its title ("Test page"), as comms staff name pages: the file of the page with that title, if one has it.
        Optional<String> titled = given.contains(" ") || !given.equals(given.toLowerCase(java.util.Locale.ROOT))
                ? new ContentLoader(site, data, clock, Problems.ignored(), types).load().documents().stream()
                .filter(d -> d.variant().isOriginal() && d.meta().title().strip().equalsIgnoreCase(given))
                .map(Document::source).findFirst()
                : Optional.empty();
        throw new UsageProblem("there is no page at /" + path + (path.isEmpty() ? "" : "/") + " (looked for "
                + String.join(" and ", tried.stream().map(r -> ContentLoader.CONTENT + "/" + r).toList()) + ")."
                + titled.map(f -> " The page titled \"" + given + "\" is " + f + ": give that.").orElse(""));
    }

    /**
     * Writes the file, never over another, and says where it is and where to preview it: {@code address} is its address
     * with the site's base path, as the preview serves it (.../engage/my-page/ for a site under /engage/).
     */
    private void write(Path site, Starter starter, String address) throws IOException {
        for (String taken : sameAddress(starter)) {
            if (Files.exists(site.resolve(taken))) {
                String instead = starter.name().contains(".") ? "edit that one."
                        : starter.name().matches("\\d{4}-\\d{2}-\\d{2}") ? "edit that one, or choose another day with --date."
                        : "edit that one, or choose another title.";
                throw new UsageProblem(display(taken) + " already exists" + (taken.equals(starter.file()) ? ""
                        : " and has the same address, " + starter.address()) + ". portal new never changes a file that exists: "
                        + instead);
            }
        }
        Path file = site.resolve(starter.file());
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, starter.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new UsageProblem(display(starter.file()) + " already exists. portal new never changes a file that exists.");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created " + display(starter.file()));
        // The preview of this site running now, on whatever port it was given; or the one `portal serve` would start.
        java.util.Optional<java.net.URI> running = org.engagementportal.preview.Preview.running(site);
        String preview = running.map(base -> base.resolve(address).toString()).orElse(PREVIEW + address);
        boolean draft = starter.text().contains("\ndraft: true\n");
        if (draft) {
            out.println("It is a draft, so it is checked but not published: change draft: true to false when it is ready,");
        }
        if (running.isPresent()) {
            out.println((draft ? "and your preview shows it at " : "Your preview shows it at ") + preview
                    + (draft ? " once saved." : " in a moment."));
        } else {
            out.println((draft ? "then preview it at " : "Preview it at ") + preview + " after you start `portal serve`.");
        }
        out.println("Fill in the settings and the text (the lines starting with # and the notes between <!-- and --> say what");
        out.println("goes where), then run `portal check`.");
        out.flush();
    }

    /** The file itself, and the file that would be published at the same address (x.md and x/index.md). */
    private static List<String> sameAddress(Starter s) {
        int dot = s.name().indexOf('.');
        String slug = dot < 0 ? s.name() : s.name().substring(0, dot);
        String suffix = dot < 0 ? "" : s.name().substring(dot);
        String base = ContentLoader.CONTENT + "/" + (s.folder().isEmpty() ? "" : s.folder() + "/");
        List<String> out = new ArrayList<>();
        out.add(s.file());
        if (!slug.equals("index")) {
            out.add(base + slug + "/index" + suffix + ".md");
        } else if (!s.folder().isEmpty()) {
            int slash = s.folder().lastIndexOf('/');
            out.add(ContentLoader.CONTENT + "/" + s.folder().substring(0, slash + 1) + s.folder().substring(slash + 1) + suffix + ".md");
        }
        return out;
    }

    /** A path from the site folder as the person would type it from where they are: with --source in front. */
    private String display(String fromSite) {
        return source.resolve(fromSite).normalize().toString().replace('\\', '/');
    }

    private void print(Problems problems, Path site) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            new ProblemReport(site).print(problems, ProblemReport.Style.TEXT, ps);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.print(buffer.toString(StandardCharsets.UTF_8));
        err.flush();
    }
}
