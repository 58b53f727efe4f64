package org.engagementportal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.engagementportal.attachments.FileTypes;
import org.engagementportal.attachments.Inspector;
import org.engagementportal.config.DataLoader;
import org.engagementportal.config.SiteData;
import org.engagementportal.config.Vocabulary;
import org.engagementportal.source.Excerpt;
import org.engagementportal.source.Fields;
import org.engagementportal.source.Limits;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problems;
import org.engagementportal.source.SourceText;
import org.engagementportal.source.Suggest;
import org.engagementportal.source.Values;
import org.engagementportal.source.Yaml;
import org.engagementportal.source.YamlNode;

/**
 * Loads every file under {@code content/}: Markdown files become validated {@link Document}s, all other
 * files are kept as static files (attachments, images). Folders and files whose names start with "." or
 * "_" are not content ({@code _data} holds the site settings).
 *
 * <p>The folder decides a file's type: {@code consultations/}, {@code events/}, {@code bulletins/<series>/},
 * a committee's folder ({@code governing-body/}) for meetings, and pages anywhere else. Files are read in
 * parallel; every problem is collected.
 */
public final class ContentLoader {
    public static final String CONTENT = "content";

    private final Path siteRoot;
    private final SiteData data;
    private final ZonedDateTime now;
    private final Problems problems;
    private final List<ContentKind<?>> kinds;
    private final ContentKind<?> pages;

    /**
     * @param kinds the types of content, in order: the first whose {@link Placement} claims a folder decides its
     *              files' type; the one placed {@link Placement.Anywhere} takes the rest
     */
    public ContentLoader(Path siteRoot, SiteData data, ZonedDateTime now, Problems problems, List<? extends ContentKind<?>> kinds) {
        this.kinds = List.copyOf(kinds);
        this.pages = this.kinds.stream().filter(k -> k.placement() instanceof Placement.Anywhere).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no type of content takes ordinary pages"));
        this.siteRoot = siteRoot;
        this.data = data;
        this.now = now;
        this.problems = problems;
    }

    public LoadedContent load() {
        return load(null);
    }

    /** A walk of content/ taken already, before anything was read (see source/FileWalk): gone through instead of another. */
    private org.engagementportal.source.FileWalk walkTaken;

    /** This loader, going through {@code walk} of content/ rather than walking the folder again. */
    public ContentLoader walkedAlready(org.engagementportal.source.FileWalk walk) {
        this.walkTaken = walk;
        return this;
    }

    /** Markdown in all above which page texts are not held in memory (see Body); -Dportal.keep-texts-over=BYTES sets another. */
    private long packOver = Long.getLong("portal.keep-texts-over", Body.PACK_SITES_OVER);
    /** The texts of the files this load could not read for mistakes in their settings ({@link LoadedContent.Text}). */
    private final java.util.Queue<LoadedContent.Text> unreadTexts = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** This loader, keeping bodies packed when the site's Markdown is over {@code bytes} (for tests). */
    ContentLoader packingOver(long bytes) {
        this.packOver = bytes;
        return this;
    }

    /**
     * Loads every file, taking those unchanged since the last load with {@code memo} from it (null: read all).
     */
    public LoadedContent load(LoadMemo given) {
        LoadMemo memo = given;
        Path root = siteRoot.resolve(CONTENT);
        if (!Files.isDirectory(root)) {
            problems.error(Position.file(CONTENT), "there is no content folder here.",
                    "Run the command in the site's folder, or give it with --source.");
            return new LoadedContent(List.of(), new TreeSet<>(), new TreeSet<>());
        }
        Walked walked = memo == null ? walk(root) : memo.walked(w -> updated(root, w), () -> walk(root));
        walked.problems().forEach(problems::add);
        List<String> markdown = walked.markdown();
        TreeSet<String> staticFiles = new TreeSet<>(walked.staticFiles());
        Map<String, String> stamps = walked.stamps();
        Set<String> frozen = Set.copyOf(staticFiles);
        Inspector inspector = new Inspector(root);
        // A site with a great deal of Markdown keeps each page's text in its file until it is needed, or in the
        // preview, whose documents outlive their files' contents, compressed (see Body).
        long markdownBytes = 0;
        for (String rel : markdown) {
            String stamp = stamps.get(rel);
            markdownBytes += stamp == null ? 0 : Long.parseLong(stamp.substring(0, stamp.indexOf(' ')));
        }
        if (memo != null && memo.inFile() && markdownBytes > packOver) {
            // There memory is what counts, and a build keeps nothing for the next: each file is read (see LoadMemo).
            memo.notUsed();
            memo = null;
        }
        String context;
        if (memo != null) {
            memo.keepOnly(markdown);
            StringBuilder c = new StringBuilder(data.toString());
            staticFiles.forEach(f -> c.append('\n').append(f).append(' ').append(stamps.get(f)));
            context = new org.engagementportal.source.TextHash().mix(c.toString()).hex() + ":" + c.length();
            long contextChanged = 0; // the time the newest of the other files last changed, in milliseconds
            for (String f : staticFiles) {
                contextChanged = Math.max(contextChanged, changedMillis(stamps.get(f)));
            }
            memo.begin(context, contextChanged, now, root, id -> kinds.stream().filter(k -> k.id().equals(id)).findFirst());
        } else {
            context = null;
        }
        Keep keep = markdownBytes <= packOver ? Keep.TEXT : memo == null ? Keep.FILE : Keep.PACKED;
        LoadMemo remembering = memo;
        List<Document> read = markdown.parallelStream()
                .map(rel -> remembering == null ? read(root.resolve(rel), rel, frozen, inspector, keep)
                        : remembered(remembering, rel, stamps.get(rel), () -> read(root.resolve(rel), rel, frozen, inspector, keep)))
                .flatMap(Optional::stream)
                .toList();
        // In the order of their files' names, as the walk lists them (sorted only if it does not).
        List<Document> documents = read;
        for (int i = 1; i < read.size(); i++) {
            if (read.get(i - 1).source().compareTo(read.get(i).source()) > 0) {
                documents = read.stream().sorted(Comparator.comparing(Document::source)).toList();
                break;
            }
        }
        if (memo != null) {
            memo.finished(now);
        }
        TreeSet<String> failed = new TreeSet<>();
        if (documents.size() < markdown.size()) {
            failed.addAll(markdown);
            documents.forEach(d -> failed.remove(d.source().substring(CONTENT.length() + 1)));
        }
        return new LoadedContent(documents, staticFiles, failed, failed.isEmpty() && !problems.hasErrors()
                ? looseDocuments(documents, staticFiles, inspector) : new java.util.TreeMap<>(), List.copyOf(unreadTexts),
                walked.refused());
    }

    /**
     * The PDFs no page names as a document, which the pages' text may link to ("the full agenda pack"): checked as
     * documents are, a PDF that cannot be opened an error and one without a title, language or tags a warning, and those
     * listed for the accessibility statement, which must name every document that is not fully accessible. Only when
     * every page was read without mistakes: a page with mistakes names no documents, or misnames one, and its would be
     * taken for loose; they are checked once the mistakes are mended.
     */
    private java.util.SortedMap<String, org.engagementportal.attachments.FileFacts> looseDocuments(List<Document> documents,
            Set<String> staticFiles, Inspector inspector) {
        Set<String> named = new java.util.HashSet<>();
        documents.forEach(d -> d.attachments().forEach(a -> named.add(a.file())));
        java.util.SortedMap<String, org.engagementportal.attachments.FileFacts> loose = new java.util.TreeMap<>();
        for (String f : staticFiles) {
            if (!f.toLowerCase(Locale.ROOT).endsWith(".pdf") || named.contains(f)) {
                continue;
            }
            org.engagementportal.attachments.FileFacts facts = inspector.inspect(f);
            Position at = Position.file(CONTENT + "/" + f);
            if (facts.unreadable().isPresent()) {
                problems.error(at, "this PDF cannot be opened: " + facts.unreadable().get().why() + ".",
                        facts.unreadable().get().fix());
                continue;
            }
            if (facts.programs().isPresent()) {
                problems.error(at, ReadContext.programs(CONTENT + "/" + f, facts), ReadContext.PDF_WITHOUT_PROGRAMS);
                continue;
            }
            facts.trail().ifPresent(trail -> problems.warning(at, ReadContext.trail(CONTENT + "/" + f, trail), ReadContext.TRAIL_FIX));
            if (!facts.accessibilityGaps().isEmpty()) {
                problems.warning(at, "this PDF has " + ReadContext.andList(facts.accessibilityGaps()) + ", so it may not be usable "
                        + "with a screen reader. The accessibility statement lists it among the documents that are not fully "
                        + "accessible.", ReadContext.gapsFix(facts, false));
                loose.put(f, facts);
            }
        }
        return loose;
    }

    /** A file read before and unchanged since, from the memo (its problems reported again); else read now. */
    private Optional<Document> remembered(LoadMemo memo, String rel, String stamp,
                                          java.util.function.Supplier<Optional<Document>> read) {
        Optional<LoadMemo.Entry> known = memo.valid(rel, stamp, now, data.site());
        // A file that could not be read (portal serve remembers it between saves; a build's memo is kept only when all were
        // read) is read again, for its text to check (LoadedContent.Text): there are few.
        if (known.isPresent() && known.get().document().isPresent()) {
            known.get().problems().forEach(problems::add);
            return known.get().document();
        }
        Problems.Captured<Optional<Document>> made = Problems.capturing(read);
        memo.remember(rel, stamp, now, data.site(), made.result(), made.problems());
        return made.result();
    }

    /**
     * What a walk of content/ found: its Markdown files and the other files to publish, sorted, each file's stamp
     * (size, time and identity), and the problems it found (folder names, links, files of the wrong kind).
     */
    record Walked(List<String> markdown, java.util.SortedSet<String> staticFiles, java.util.SortedSet<String> refused,
                  Map<String, String> stamps, List<org.engagementportal.source.Problem> problems) {
        Walked {
            markdown = List.copyOf(markdown);
            staticFiles = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(staticFiles));
            refused = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(refused));
            stamps = Map.copyOf(stamps);
            problems = List.copyOf(problems);
        }
    }

    private Walked walk(Path root) {
        List<String> markdown = new ArrayList<>();
        TreeSet<String> staticFiles = new TreeSet<>();
        TreeSet<String> refused = new TreeSet<>();
        Map<String, String> stamps = new java.util.HashMap<>();
        Problems found = new Problems();
        walk(root, markdown, staticFiles, refused, stamps, found);
        return new Walked(markdown, staticFiles, refused, stamps, found.sorted());
    }

    /**
     * The last walk brought up to date with the files a watcher saw change ({@code portal serve}), without
     * walking every folder again; empty when the changes are more than Markdown files saved, added or deleted in
     * folders the walk took (a folder added or removed, a picture, a file it had a problem with), which need
     * the whole walk.
     */
    private Optional<Walked> updated(Path root, LoadMemo.Changes changes) {
        Walked before = changes.walked();
        List<String> markdown = new ArrayList<>(before.markdown());
        Map<String, String> stamps = new java.util.HashMap<>(before.stamps());
        Set<String> troubled = new HashSet<>();
        before.problems().forEach(p -> troubled.add(p.position().file()));
        for (Path changed : changes.paths()) {
            Path p = changed.toAbsolutePath().normalize();
            if (root.startsWith(p)) {
                return Optional.empty(); // content/ itself, or the whole site (the watcher lost count)
            }
            if (!p.startsWith(root)) {
                continue; // templates/ and assets/ are not walked here
            }
            String rel = relative(root, p);
            String[] parts = rel.split("/");
            boolean skipped = false;
            if (leftOut(Path.of(rel))) {
                return Optional.empty(); // the walk warns of such a page
            }
            for (int i = 0; i < parts.length - 1; i++) {
                if (parts[i].startsWith(".") || parts[i].startsWith("_")) {
                    skipped = true; // the data files and hidden folders, which the walk leaves alone
                    break;
                }
                if (!DataLoader.ID.matcher(parts[i]).matches()) {
                    return Optional.empty();
                }
            }
            String name = parts[parts.length - 1];
            if (skipped || name.startsWith(".") || name.startsWith("_") || name.endsWith("~")) {
                continue;
            }
            if (!name.endsWith(".md") || troubled.contains(CONTENT + "/" + rel)) {
                return Optional.empty();
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            } catch (java.nio.file.NoSuchFileException e) {
                if (markdown.stream().anyMatch(m -> m.startsWith(rel + "/"))) {
                    return Optional.empty(); // a folder, gone with everything in it
                }
                markdown.remove(rel);
                stamps.remove(rel);
                continue;
            } catch (IOException e) {
                return Optional.empty();
            }
            if (!attrs.isRegularFile()) {
                return Optional.empty();
            }
            if (!stamps.containsKey(rel)) {
                markdown.add(rel);
            }
            stamps.put(rel, stamp(attrs));
        }
        markdown.sort(null);
        return Optional.of(new Walked(markdown, before.staticFiles(), before.refused(), stamps, before.problems()));
    }

    /**
     * A file's stamp: its size, the time it last changed (in nanoseconds since 1970) and its identity on the disk. A
     * file whose stamp is unchanged is taken to be unchanged (see LoadMemo for a file saved twice within the disk's tick).
     */
    static String stamp(BasicFileAttributes attrs) {
        return attrs.size() + " " + attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + " " + attrs.fileKey();
    }

    /** The time a {@link #stamp} says its file last changed, in milliseconds since 1970; {@code Long.MAX_VALUE} if it says none. */
    static long changedMillis(String stamp) {
        String[] parts = stamp.split(" ", 3);
        try {
            return parts.length >= 2 ? Long.parseLong(parts[1]) / 1_000_000 : Long.MAX_VALUE;
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * Whether a file under content/ (its path there) is one the walk leaves out with a warning: a page whose name
     * starts with _, which its writer may have meant to be published (Hugo's _index.md, say). Folders so named are
     * left out without one, being a common way to keep drafts or templates aside (and content/_data/ holds the
     * settings), as are other files, hidden ones (starting with .) and backups (ending with ~): a tool's or the
     * system's, not a page.
     */
    static boolean leftOut(Path rel) {
        String name = rel.getFileName().toString();
        if (!name.startsWith("_") || !name.endsWith(".md")) {
            return false;
        }
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String part = rel.getName(i).toString();
            if (part.startsWith(".") || part.startsWith("_")) {
                return false; // inside a folder left out already (warned of there, if at all)
            }
        }
        return true;
    }

    /** Whether Java reads file names as UTF-8 here (on Linux, as the locale says: ASCII when none is set). */
    private static final boolean UTF8_NAMES = utf8Names();

    private static boolean utf8Names() {
        try {
            return java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"))
                    .equals(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false; // a character set Java does not know: not UTF-8
        }
    }

    /**
     * @param refused what is there but not published, each for a mistake reported at it (a '.exe' file, a folder
     *                whose name cannot be an address or that may not be opened): paths under content/, a folder's
     *                ending with /. Links to them are not reported again as links to nothing.
     */
    private void walk(Path root, List<String> markdown, Set<String> staticFiles, Set<String> refused, Map<String, String> stamps,
                      Problems found) {
        Set<String> badFolders = new HashSet<>();
        Set<Path> unopened = new HashSet<>();
        try {
            java.nio.file.FileVisitor<Path> visitor = new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    if (name.startsWith(".") || name.startsWith("_")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!DataLoader.ID.matcher(name).matches()) {
                        refused.add(relative(root, dir) + "/");
                        if (badFolders.add(name)) {
                            found.error(Position.file(CONTENT + "/" + relative(root, dir)), "the folder name '"
                                            + Excerpt.of(name, 100) + "' cannot be used in a web address: use lower-case letters, "
                                            + "numbers and hyphens only. Nothing in it is published until it is renamed.",
                                    "Rename the folder to " + Values.slug(name) + ".");
                        }
                        return FileVisitResult.SKIP_SUBTREE; // its files could not be published at any address
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // A folder (or the content folder itself) that may not be opened: reported there, with the rest of
                    // the site's mistakes, rather than stopping the build as though the disk had failed.
                    String name = file.equals(root) ? "" : file.getFileName().toString();
                    if (name.startsWith(".") || name.startsWith("_")) {
                        return FileVisitResult.CONTINUE; // left out whether it could be read or not
                    }
                    Path folder = file.getParent();
                    if (!file.equals(root) && folder != null && !Files.isExecutable(folder)) {
                        // A folder whose names may be listed but whose files may not be reached (chmod 644): told once.
                        if (unopened.add(folder)) {
                            if (!folder.equals(root)) {
                                refused.add(relative(root, folder) + "/");
                            }
                            org.engagementportal.source.Unreadable.folder(found, Position.file(CONTENT
                                    + (folder.equals(root) ? "" : "/" + relative(root, folder))), e);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = file.equals(root) ? "" : "/" + relative(root, file);
                    if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) || file.equals(root)) {
                        if (!file.equals(root)) {
                            refused.add(rel.substring(1) + "/");
                        }
                        org.engagementportal.source.Unreadable.folder(found, Position.file(CONTENT + rel), e);
                    } else {
                        refused.add(rel.substring(1));
                        org.engagementportal.source.Unreadable.file(found, Position.file(CONTENT + rel), e);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.indexOf('\uFFFD') >= 0 && !UTF8_NAMES) {
                        // Read in a character set without its letters, the name cannot be used to open the file again.
                        found.error(Position.file(CONTENT + "/" + relative(root, file)), "this file's name has letters the "
                                        + "portal cannot read on this computer, as it was started without a UTF-8 setting "
                                        + "(it reads file names as " + System.getProperty("sun.jnu.encoding") + "), so it cannot "
                                        + "be published.",
                                "Start the portal with bin/portal, which sets one, or set LANG=C.UTF-8 before running java -jar; "
                                        + "or rename the file with plain letters.");
                        return FileVisitResult.CONTINUE;
                    }
                    if (name.startsWith(".") || name.startsWith("_") || name.endsWith("~")) {
                        if (leftOut(root.relativize(file))) {
                            String fix = !name.equals("_index.md") ? "Rename it without the _ to publish it. To keep a page "
                                    + "unpublished, give it draft: true instead."
                                    : Files.exists(file.resolveSibling("index.md")) ? "This folder's own page is its index.md, "
                                    + "which there is: move what you need from this file into it, and delete this one."
                                    : "Rename it index.md: a folder's own page is its index.md.";
                            found.warning(Position.file(CONTENT + "/" + relative(root, file)), "this page is not published, "
                                    + "because its file's name starts with _.", fix);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = relative(root, file);
                    if (name.startsWith("~$")) {
                        // Word, Excel and PowerPoint keep one beside a document while it is open: it holds the login name
                        // of whoever opened it, and nothing a reader needs.
                        found.warning(Position.file(CONTENT + "/" + rel), "this is a file Word, Excel or PowerPoint makes "
                                        + "while a document is open, which holds the name of the person who opened it, so it "
                                        + "is not published.",
                                "Close the document and delete this file. To keep such files out of the repository, add a "
                                        + "line ~$* to its .gitignore file.");
                        return FileVisitResult.CONTINUE;
                    }
                    stamps.put(rel, stamp(attrs));
                    if (!attrs.isRegularFile()) {
                        refused.add(rel);
                        String what = name.endsWith(".md") ? "read." : "published.";
                        if (attrs.isSymbolicLink() && !Files.exists(file)) { // gone, or a link that leads round to itself
                            found.error(Position.file(CONTENT + "/" + rel), "this is a link to a file that is not there "
                                            + "(it was moved or deleted, or the link leads back to itself), so it is not " + what,
                                    "Delete the link, or copy the file it was meant to lead to into the content folder.");
                        } else {
                            found.error(Position.file(CONTENT + "/" + rel), "this is " + (attrs.isSymbolicLink()
                                            ? "a link to " + (Files.isDirectory(file) ? "a folder" : "another file")
                                            + ", which the portal does not follow (it could lead out of the site), so it is not "
                                            : "not an ordinary file, so it is not ") + what,
                                    "Copy the file or folder itself into the content folder, in place of the link.");
                        }
                    } else if (name.endsWith(".md")) {
                        markdown.add(rel);
                    } else if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                        refused.add(rel);
                        found.error(Position.file(CONTENT + "/" + rel), "content files must end in .md, in small letters, so "
                                + "this one is not read.", "Rename it to " + name.substring(0, name.length() - 3) + ".md.");
                    } else if (name.toLowerCase(Locale.ROOT).endsWith(".markdown")) {
                        refused.add(rel);
                        found.error(Position.file(CONTENT + "/" + rel), "content files must end in .md.",
                                "Rename it to " + name.substring(0, name.length() - 9) + ".md.");
                    } else if (inPortalFolder(rel)) {
                        refused.add(rel);
                        found.error(Position.file(CONTENT + "/" + rel), portalFolderMessage(rel), portalFolderFix(rel));
                    } else if (publishable(file, name, CONTENT + "/" + rel, found)) {
                        staticFiles.add(rel);
                    } else {
                        refused.add(rel);
                    }
                    return FileVisitResult.CONTINUE;
                }
            };
            if (walkTaken != null && walkTaken.root().equals(root)) {
                org.engagementportal.source.FileWalk walk = walkTaken;
                walkTaken = null; // gone through once, and not held for the rest of the build
                walk.replay(visitor);
            } else {
                Files.walkFileTree(root, visitor);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        markdown.sort(null);
    }

    /**
     * Whether a file that is not a page may be published at its own address: a kind of file the portal
     * publishes ({@link FileTypes}), with a name that works in a web address, whose first bytes agree with
     * its name. Anything else is reported and left out.
     */
    private boolean publishable(Path file, String name, String source, Problems found) {
        Optional<FileTypes.Type> type = FileTypes.of(name);
        if (type.isEmpty()) {
            int dot = name.lastIndexOf('.');
            String kind = dot < 0 ? "a file without an ending such as .pdf" : "a '" + name.substring(dot) + "' file";
            found.error(Position.file(source), "this is " + kind + ", which the portal does not publish: only files "
                            + "that cannot run on the site are published from the content folder.",
                    "Remove it, or save it as one of these: " + FileTypes.described() + ". A web page belongs in a .md file.");
            return false;
        }
        String ending = name.substring(name.lastIndexOf('.'));
        if (name.toLowerCase(Locale.ROOT).endsWith(".md.txt")) {
            // Notepad's "Save as" adds .txt: the page would be published as its raw text, its draft: true ignored.
            found.error(Position.file(source), "this looks like a page whose name has '" + ending + "' added after .md, so "
                            + "it would be published as plain text, settings and all, and not as a page.",
                    "Rename it to " + name.substring(0, name.length() - ending.length()) + " (in Notepad, choose 'All files' "
                            + "when you save, so .txt is not added).");
            return false;
        }
        // A name the file system takes may be too long with .gz or .br added: at most 255 bytes in all.
        if (MetaReader.tooLongToPublish(name)) {
            found.error(Position.file(source), name.length() > MetaReader.NAME_LIMIT
                            ? "this file's name is " + name.length() + " characters long, more than the " + MetaReader.NAME_LIMIT
                            + " a published file's name may have."
                            : "this file's name is too long to publish: its " + name.length() + " characters take more room than "
                            + "the computers the site is published on allow, as letters with accents or outside English take two "
                            + "to four times the room of others.",
                    "Rename it with a shorter name, such as " + Values.slug(name.substring(0, Math.min(60, name.lastIndexOf('.'))))
                            + ending.toLowerCase(Locale.ROOT) + ".");
            return false;
        }
        Optional<Character> bad = unsafeCharacter(name);
        if (bad.isPresent()) {
            found.error(Position.file(source), "this file's name has a character that cannot be used in a web address ("
                            + describe(bad.get()) + ").",
                    "Rename it using lower-case letters, numbers and hyphens, such as " + Values.slug(name.substring(0,
                            name.lastIndexOf('.'))) + "." + type.get().extension() + ".");
            return false;
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT)) || name.contains(" ")) {
            found.warning(Position.file(source), "this file's name has capital letters or "
                            + "spaces, which make its web address hard to read out or type.",
                    "Rename it using lower-case letters, numbers and hyphens, and update the pages that name it.");
        }
        if (!FileTypes.hasSignature(type.get().extension())) {
            // Nothing to compare its first bytes with, so it is not opened here (most attachments): only asked
            // whether it can be, so a file nobody may read is reported now rather than when it is copied.
            if (!Files.isReadable(file)) {
                org.engagementportal.source.Unreadable.denied(found, Position.file(source));
                return false;
            }
            return true;
        }
        boolean jpeg = type.get().extension().equals("jpg") || type.get().extension().equals("jpeg");
        byte[] head = new byte[jpeg ? org.engagementportal.attachments.PictureLocation.HEAD : 1024];
        int n;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            org.engagementportal.source.Unreadable.file(found, Position.file(source), e);
            return false;
        }
        if (n == 0) {
            found.error(Position.file(source), "this file is empty (0 bytes): it may not have been saved or copied whole.",
                    "Save or copy the file again, or delete it.");
            return false;
        }
        if (!FileTypes.contentMatches(type.get().extension(), java.util.Arrays.copyOf(head, Math.min(n, 1024)))) {
            found.error(Position.file(source), "this file's name ends in ." + type.get().extension()
                            + ", but it is not that kind of file inside.",
                    "Save it again in the right format, or rename it to the kind of file it is.");
            return false;
        }
        if (jpeg && org.engagementportal.attachments.PictureLocation.inJpeg(head, n)) {
            found.warning(Position.file(source), "this photograph has the place it was taken in it (its GPS location), which "
                            + "anyone who saves it from the site can read: a picture taken at someone's home gives away where "
                            + "they live.",
                    "Save it again without its location: in Windows, right-click it, choose Properties, Details, 'Remove "
                            + "Properties and Personal Information'; on a Mac, open it in Preview, Tools, Show Inspector, the "
                            + "(i) tab, GPS, 'Remove Location Info'.");
        }
        return true;
    }

    /**
     * Whether a file is inside one of the folders the portal keeps for its own pages and files
     * ({@link DataLoader#PORTAL_FOLDERS}): published there, it would clash with them. (A file named after one,
     * such as content/topics.md, is reported where the portal's list at its address is planned.)
     */
    static boolean inPortalFolder(String rel) {
        int slash = rel.indexOf('/');
        return slash > 0 && DataLoader.PORTAL_FOLDERS.contains(rel.substring(0, slash));
    }

    private static String portalFolderMessage(String rel) {
        String top = rel.substring(0, rel.indexOf('/'));
        return "the folder content/" + top + "/ is kept for the portal's own " + DataLoader.portalFolderUse(top)
                + ", so nothing in it is published.";
    }

    private static String portalFolderFix(String rel) {
        return "Move the file to another folder, such as content/about/, and link to it from a page: the portal makes "
                + "everything at /" + rel.substring(0, rel.indexOf('/')) + "/ itself.";
    }

    /** A character that breaks or disguises a web address: controls, and {@code \ # ? % " < > | * :}. */
    private static Optional<Character> unsafeCharacter(String name) {
        for (char c : name.toCharArray()) {
            if (Excerpt.isHidden(c) || "\\#?%\"<>|*:`".indexOf(c) >= 0) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String describe(char c) {
        return Excerpt.isHidden(c) ? String.format("an invisible character, U+%04X", (int) c)
                : "'" + c + "'";
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** How a page's text is kept until it is needed: as it is, read again from its file, or compressed (see Body). */
    private enum Keep {
        TEXT, FILE, PACKED
    }

    private Optional<Document> read(Path file, String rel, Set<String> staticFiles, Inspector inspector, Keep keep) {
        String source = CONTENT + "/" + rel;
        byte[] bytes;
        try {
            long size = Files.size(file);
            long limit = data.site().limits().fileBytes();
            if (size > limit) {
                problems.error(Position.file(source), "this file is " + Limits.describe(size) + ", more than the "
                                + Limits.describe(limit) + " the portal reads from one page.",
                        "Split it into several pages, or move long documents into a PDF beside it. (The limit is "
                                + "'limits: file_size' in content/_data/site.yml.)");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            org.engagementportal.source.Unreadable.file(problems, Position.file(source), e);
            return Optional.empty();
        }
        int slash = rel.lastIndexOf('/');
        String folder = slash < 0 ? "" : rel.substring(0, slash);
        String name = rel.substring(slash + 1);
        Optional<FileName> fileName = FileName.parse(source, name, problems);
        Optional<SourceText> text = SourceText.decode(source, bytes, problems);
        if (fileName.isEmpty() || text.isEmpty() || text.get().reportMergeConflicts(problems)) {
            return Optional.empty();
        }
        Optional<FrontMatter> fm = FrontMatter.split(text.get(), problems);
        if (fm.isEmpty()) {
            return Optional.empty();
        }
        Optional<Document> read = read(source, rel, folder, fileName.get(), text.get(), fm.get(), bytes, file, staticFiles, inspector,
                keep);
        if (read.isEmpty() && !fm.get().body().isBlank()) {
            unreadTexts.add(new LoadedContent.Text(source, folder, fm.get().body().firstLine(), fm.get().body().markdown()));
        }
        return read;
    }

    /** A file whose settings are between its --- lines, read as the type its folder and settings make it. */
    private Optional<Document> read(String source, String rel, String folder, FileName name, SourceText text, FrontMatter parts,
                                    byte[] bytes, Path file, Set<String> staticFiles, Inspector inspector, Keep keep) {
        YamlNode root = Yaml.parse(text, parts.yaml(), parts.yamlFirstLine(), problems).orElse(null);
        if (root == null && !parts.yaml().isBlank()) {
            return Optional.empty(); // the YAML mistake is reported; anything more would be guesswork
        }
        if (inPortalFolder(rel)) {
            problems.error(new Position(source, 1, 1), portalFolderMessage(rel), portalFolderFix(rel));
            return Optional.empty();
        }
        boolean isIndex = name.slug().equals("index");
        Optional<ContentKind<?>> kind = type(source, folder, isIndex, root);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        List<String> allowed = new ArrayList<>(Meta.FIELDS);
        allowed.addAll(kind.get().fields());
        allowed.addAll(kind.get().fieldsOf(source));
        if (inAnotherTypesFolder(root, allowed, kind.get(), folder)) {
            return Optional.empty();
        }
        Fields f = Fields.of(root, kind.get().described(), allowed, kind.get().workedOut(), problems, new Position(source, 1, 1));
        ReadContext ctx = new ReadContext(source, folder, data, staticFiles, now, name.variant(), inspector);
        Meta meta = MetaReader.read(f, ctx);
        Optional<? extends Details> details = kind.get().read(f, ctx);
        Body body = parts.body();
        body.digestBytes(bytes, SourceText.byteOffsetOfLine(bytes, body.firstLine())); // on the loader's threads
        Optional<String> textNeeded = kind.get().textNeeded();
        if (body.isBlank() && !isIndex && textNeeded.isPresent()) {
            problems.error(new Position(source, body.firstLine() - 1, 1), "this file has front matter but no text after it.",
                    "Write the " + textNeeded.get() + " below the second --- line.");
        }
        if (details.isEmpty()) {
            return Optional.empty();
        }
        String path = isIndex ? folder : (folder.isEmpty() ? name.slug() : folder + "/" + name.slug());
        return Optional.of(new Document(source, path, kind.get(), name.variant(), meta, details.get(),
                switch (keep) {
                    case TEXT -> body;
                    case FILE -> body.keptIn(file, source, text.text().length() - body.markdown().length());
                    case PACKED -> body.packed();
                }, f.positions()));
    }

    /** The type the folder gives, checked against a 'type' field if the file has one. */
    private Optional<ContentKind<?>> type(String source, String folder, boolean isIndex, YamlNode root) {
        Optional<ContentKind<?>> byFolder = folderType(source, folder, isIndex);
        if (byFolder.isEmpty()) {
            return byFolder;
        }
        Optional<YamlNode.Scalar> declared = Optional.empty();
        if (root instanceof YamlNode.Mapping m) {
            declared = m.entries().stream().filter(e -> e.key().equals("type"))
                    .map(YamlNode.Entry::value)
                    .filter(v -> v instanceof YamlNode.Scalar s && !s.isNull())
                    .map(v -> (YamlNode.Scalar) v).findFirst();
        }
        if (declared.isEmpty()) {
            return byFolder;
        }
        String word = declared.get().value().strip().toLowerCase(Locale.ROOT);
        List<String> ids = kinds.stream().map(ContentKind::id).toList();
        Optional<ContentKind<?>> named = kinds.stream().filter(t -> t.id().equals(word)).findFirst();
        if (named.isEmpty()) {
            problems.error(declared.get().position(), "'" + word + "' is not a type of content." + Suggest.didYouMean(word, ids),
                    "The types are: " + String.join(", ", ids) + ". Usually you can delete the 'type' line: the folder decides it.");
            // Read as its folder's type all the same, so its other mistakes are told in this run too, not one at a time; not
            // when it was meant as another type ('pgae' in content/consultations/), whose file would be told to be what it is not.
            Optional<String> meant = Suggest.closest(word, ids);
            return meant.isEmpty() || meant.get().equals(byFolder.get().id()) ? byFolder : Optional.empty();
        }
        ContentKind<?> wanted = named.get();
        boolean pageFolder = byFolder.get() == pages && !isTypedFolder(folder);
        if (wanted == byFolder.get() || pageFolder && wanted.placement() instanceof Placement.Declared) {
            return named;
        }
        if (pageFolder && !folder.isEmpty() && wanted.placement() instanceof Placement.GroupFolders
                && wanted.placement().waitsForItsList(data.vocabulary())) {
            return Optional.empty(); // committees.yml has a mistake, reported there, so its folders are not known
        }
        if (pageFolder && !folder.isEmpty() && wanted.placement() instanceof Placement.GroupFolders g) {
            // A meeting in content/governing-body/ when committees.yml spells the committee otherwise: the folder was said
            // to be for pages, and the fix was to move the file to where it is.
            String top = folder.split("/")[0];
            List<String> groups = org.engagementportal.config.Vocabulary.ids(g.groups().apply(data.vocabulary()));
            problems.error(declared.get().position(), "this file says type: " + wanted.id() + ", but content/" + top
                            + "/ is not a " + g.noun() + " in content/_data/" + g.list() + ", so its files are pages."
                            + Suggest.didYouMean(top, groups),
                    "Add " + top + " to content/_data/" + g.list() + " (its id spelt as the folder is), or move the file to "
                            + wanted.placement().where() + ".");
            return Optional.empty();
        }
        problems.error(declared.get().position(), "this file says type: " + wanted.id() + " but it is in a folder for "
                        + byFolder.get().described().replaceFirst("^(a|an|the) ", "") + "s.",
                "Move the file to " + wanted.placement().where() + ", or delete the 'type' line.");
        return Optional.empty();
    }

    /**
     * A file whose settings are another type's (a consultation's opens, closes and respond in content/consultation/ or
     * content/, a meeting's in a folder committees.yml does not list): one error that says where such a file goes, not
     * one for each setting, whose fix (the fields a page may have) led to deleting them.
     */
    private boolean inAnotherTypesFolder(YamlNode root, List<String> allowed, ContentKind<?> kind, String folder) {
        if (!(root instanceof YamlNode.Mapping m)) {
            return false;
        }
        List<YamlNode.Entry> unknown = m.entries().stream().filter(e -> !allowed.contains(e.key())).toList();
        if (unknown.size() < 2) {
            return false;
        }
        List<String> keys = unknown.stream().map(YamlNode.Entry::key).distinct().toList();
        // Not a type that its 'type' line decides (the statement): its versions are told so where they are compared.
        List<ContentKind<?>> belongs = kinds.stream().filter(k -> k != kind && k.fields().containsAll(keys)
                && !(k.placement() instanceof Placement.Declared)).toList();
        if (belongs.isEmpty()) {
            return false;
        }
        if (belongs.stream().anyMatch(k -> k.placement().waitsForItsList(data.vocabulary()))) {
            // A meeting in its committee's folder while committees.yml has a mistake, reported there: which folders are
            // committees' is not known, so the file is not read, rather than told it is in a folder for pages.
            return true;
        }
        // Settings several types share (starts, ends, venue: an event's and a meeting's) name each, with where each goes.
        String types = belongs.stream().map(ContentKind::described).collect(java.util.stream.Collectors.joining(" or "));
        List<String> moves = new ArrayList<>();
        for (ContentKind<?> k : belongs) {
            Placement where = k.placement();
            String list = where instanceof Placement.GroupFolders g ? g.list() : where instanceof Placement.Grouped g ? g.list() : null;
            String move = where.where() + (belongs.size() > 1 ? " for " + k.described() : "");
            if (list != null && !folder.isEmpty()) {
                move += " (if content/" + folder + "/ is meant to be one, check that content/_data/" + list + " lists it, spelt "
                        + "the same)";
            }
            moves.add(move);
        }
        problems.error(unknown.get(0).keyPosition(), "this file has the settings of " + types + " ("
                        + String.join(", ", keys) + "), but it is in " + (folder.isEmpty() ? "content/" : "content/" + folder + "/")
                        + ", a folder for " + kind.described().replaceFirst("^(a|an|the) ", "") + "s.",
                "Move the file to " + String.join(", or to ", moves) + ".");
        return true;
    }

    private boolean isTypedFolder(String folder) {
        String[] parts = folder.isEmpty() ? new String[0] : folder.split("/");
        return kinds.stream().anyMatch(k -> k.placement().claims(parts, data.vocabulary()));
    }

    private Optional<ContentKind<?>> folderType(String source, String folder, boolean isIndex) {
        String[] parts = folder.isEmpty() ? new String[0] : folder.split("/");
        if (parts.length == 0) {
            return Optional.of(pages);
        }
        for (ContentKind<?> kind : kinds) {
            Placement placement = kind.placement();
            if (!placement.claims(parts, data.vocabulary())) {
                continue;
            }
            if (isIndex && placement.introduces(parts, data.vocabulary())) {
                return Optional.of(pages); // the introduction of the type's listing
            }
            if (placement.waitsForItsList(data.vocabulary())) {
                return Optional.empty(); // its list has a mistake, reported there: which series it is in waits for the list
            }
            if (placement instanceof Placement.Grouped g) {
                List<String> groups = Vocabulary.ids(g.groups().apply(data.vocabulary()));
                String plural = kind.described().replaceFirst("^(a|an|the) ", "") + "s";
                if (parts.length < 2) {
                    problems.error(Position.file(source), plural + " must be in the folder of their " + g.noun() + ", such as "
                                    + "content/" + g.folder() + "/" + (groups.isEmpty() ? g.example() : groups.get(0)) + "/.",
                            "Move the file into its " + g.noun() + "' folder. The " + g.noun() + " are listed in content/_data/"
                                    + g.list() + ".");
                    return Optional.empty();
                }
                if (!groups.contains(parts[1])) {
                    problems.error(Position.file(source), "'" + parts[1] + "' is not a " + kind.id() + " " + g.noun() + " in "
                                    + "content/_data/" + g.list() + "." + Suggest.didYouMean(parts[1], groups),
                            "Move the file into the folder of a " + g.noun() + " listed there, or add the " + g.noun() + " to the list.");
                    return Optional.empty();
                }
            }
            return Optional.of(kind);
        }
        return Optional.of(pages);
    }
}
