package org.engagementportal.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.engagementportal.content.ContentKind;
import org.engagementportal.content.Document;
import org.engagementportal.config.SiteConfig;
import org.engagementportal.source.Position;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Severity;

/**
 * A build with nothing to do. After every published build, a record in {@code .portal-cache/}
 * ({@code inputs-<digest of the output folder's path>.txt}) of what it was made from and what it made: the
 * size, time and identity of every file under {@code content/}, {@code templates/} and {@code assets/} and of
 * the latest audit; the portal's version and the options; the stretch of time in which what it made stays
 * true (see {@link Window}); the problems it reported; and a digest of the size, time and identity of every file in the
 * output folder. A build whose inputs, options and output folder are all as recorded, at a time in that
 * stretch, would make exactly the same files: it reports the same problems and leaves the output as it is.
 * Anything else, and the whole pipeline runs (which still reuses what it can, see {@link RenderCache}).
 *
 * <p>Like make and git, it trusts a file's size and time; unlike make, it also takes its identity (an editor
 * that saves by replacing the file gives it a new one) and every file, so a deleted or added file counts. A
 * file changed in the two seconds before the build read it might change again within the same tick of the
 * disk's clock, so such a build records nothing. A symbolic link among the inputs turns the shortcut off, as
 * what it points to could change unseen.
 *
 * <p>The record is plain text, like the render cache, and never executed or deserialised into objects.
 */
final class UpToDate {
    private static final String HEADER = "portal-up-to-date 3";
    /** How recently a file may have changed and still be trusted not to change again within the disk's tick. */
    static final long RACY_MILLIS = 2_000;

    private UpToDate() {
    }

    static Path file(Path site, Path out) {
        String digest = new org.engagementportal.generate.OutputKeys.Digest().add(out.toAbsolutePath().normalize().toString()).hex();
        return site.resolve(RenderCache.FOLDER).resolve("inputs-" + digest.substring(0, 16) + ".txt");
    }

    /**
     * The stretch of time in which a build's pages stay as they are: from the later of the last midnight and the
     * last moment passed (a consultation opening, a meeting starting, the site alert going up or down), to the earlier of the next midnight
     * (pages count days: "12 days left", the statement's date of checking) and the next moment, in the site's
     * time zone. A moment at the build's clock has passed, as the pages take it.
     */
    record Window(ZoneId zone, Instant from, Instant until) {
        static Window around(ZonedDateTime now, List<Document> documents, SiteConfig config) {
            Instant from = now.toLocalDate().atStartOfDay(now.getZone()).toInstant();
            Instant until = now.toLocalDate().plusDays(1).atStartOfDay(now.getZone()).toInstant();
            Instant at = now.toInstant();
            List<Instant> moments = new ArrayList<>();
            for (Document d : documents) {
                for (ContentKind.Moment m : d.moments(config, now.getZone())) {
                    moments.add(m.at().toInstant());
                }
            }
            // The site alert appears and goes at its times, on every page.
            config.alert().ifPresent(a -> a.moments().forEach(m -> moments.add(m.at().toInstant())));
            for (Instant t : moments) {
                if (t.isAfter(at)) {
                    until = t.isBefore(until) ? t : until;
                } else {
                    from = t.isAfter(from) ? t : from;
                }
            }
            return new Window(now.getZone(), from, until);
        }

        boolean holds(Instant now) {
            return !now.isBefore(from) && now.isBefore(until);
        }
    }

    /** What the last build into an output folder recorded. */
    record Previous(String settings, Window window, String inputs, String outputs, int pages, int files, long bytes,
                    List<Problem> problems) {
    }

    /**
     * A line with a digest of the stamps of the build's inputs (their lines, one per file, would be megabytes at 10,000
     * pages, read and compared at every build), or empty when they cannot be trusted (a symbolic link, a file changed in
     * the last {@link #RACY_MILLIS}, a folder that cannot be read). The digest is the keys' 128-bit hash, not SHA-256:
     * it is not built to withstand someone choosing what it hashes, but what it hashes is each file's time to the
     * nanosecond and its identity on the disk, which no one writing content chooses, and an accident is as unlikely
     * as with SHA-256.
     */
    static Optional<String> inputs(Path site) {
        return inputsAndWalk(site).map(Inputs::line);
    }

    /**
     * The line of {@link #inputs}, and the walk of {@code content/} that stamped its files, for the content loader to
     * take once: it is not held after that (at 100,000 pages it is tens of megabytes).
     */
    static final class Inputs {
        private final String line;
        private org.engagementportal.source.FileWalk content;

        Inputs(String line, org.engagementportal.source.FileWalk content) {
            this.line = line;
            this.content = content;
        }

        String line() {
            return line;
        }

        /** The walk of {@code content/}, the first time it is asked for. */
        synchronized Optional<org.engagementportal.source.FileWalk> takeContent() {
            Optional<org.engagementportal.source.FileWalk> walk = Optional.ofNullable(content);
            content = null;
            return walk;
        }
    }

    static Optional<Inputs> inputsAndWalk(Path site) {
        long racy = System.currentTimeMillis() - RACY_MILLIS;
        StringBuilder b = new StringBuilder(1 << 16);
        org.engagementportal.source.FileWalk[] content = {null};
        for (String folder : List.of("content", "templates", "assets")) {
            if (!stamps(site, site.resolve(folder), b, racy, folder.equals("content") ? w -> content[0] = w : null)) {
                return Optional.empty();
            }
        }
        Path audit = site.resolve(".a11y-audit.json");
        try {
            BasicFileAttributes a = Files.readAttributes(audit, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.lastModifiedTime().toMillis() > racy) {
                return Optional.empty();
            }
            line(b, ".a11y-audit.json", a);
        } catch (java.nio.file.NoSuchFileException e) {
            b.append(".a11y-audit.json\tnone\n");
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new Inputs("input stamps\t" + new org.engagementportal.generate.OutputKeys.Quick().add(b.toString()).hex() + "\n",
                content[0]));
    }

    /**
     * A digest of the stamps (size, time, identity) of every file in the output folder, and of its folders, in path
     * order ({@link org.engagementportal.publish.OutputTree#digestOf}); empty if it cannot be read or holds a link.
     * Only whether they are the same as after the last build matters, so they are not kept: at 100,000 pages the
     * list itself would be tens of megabytes at the end of the build, when it holds the most.
     */
    static Optional<String> outputs(Path out) {
        return org.engagementportal.publish.OutputTree.digestOf(out).map(UpToDate::outputsLine);
    }

    /** The record's line for the output folder's digest ({@link org.engagementportal.publish.OutputTree#digest}). */
    static String outputsLine(String digest) {
        return "output stamps\t" + digest + "\n";
    }

    /**
     * Appends the stamps of the files under {@code folder} (a missing folder: one line saying so), in path order; and
     * gives {@code walked}, unless null, the walk, when every file was stamped.
     */
    private static boolean stamps(Path base, Path folder, StringBuilder b, long racy,
                                  java.util.function.Consumer<org.engagementportal.source.FileWalk> walked) {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            b.append(base.relativize(folder)).append("\tnone\n");
            return true;
        }
        Map<String, BasicFileAttributes> files = new TreeMap<>();
        boolean[] trusted = {true};
        try {
            Optional<org.engagementportal.source.FileWalk> walk = org.engagementportal.source.FileWalk.keeping(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    files.put(base.relativize(dir) + "/", attrs);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() || attrs.lastModifiedTime().toMillis() > racy) {
                        trusted[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    files.put(base.relativize(file).toString(), attrs);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    trusted[0] = false;
                    return FileVisitResult.TERMINATE;
                }
            });
            if (walked != null) {
                walk.ifPresent(walked); // none when the visitor stopped at an untrusted file
            }
        } catch (IOException e) {
            return false;
        }
        if (!trusted[0]) {
            return false;
        }
        files.forEach((rel, a) -> {
            if (rel.endsWith("/")) {
                b.append(rel).append('\n'); // a folder: only that it is there (its time changes with its listing)
            } else {
                line(b, rel, a);
            }
        });
        return true;
    }

    private static void line(StringBuilder b, String rel, BasicFileAttributes a) {
        b.append(RenderCache.escape(rel)).append('\t').append(a.size()).append('\t').append(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS))
                .append('\t').append(a.fileKey()).append('\n');
    }

    /** The record of the last build into {@code out} with these settings, if there is one and it reads. */
    static Optional<Previous> read(Path site, Path out, String settings) {
        return read(site, out, settings, null);
    }

    /**
     * The record of the last build into {@code out} with these settings, if there is one, it reads, and (unless
     * {@code inputs} is null) it was made from these inputs: the problems it lists, thousands of lines on a large
     * site, are only read then.
     */
    static Optional<Previous> read(Path site, Path out, String settings, String inputs) {
        Path file = file(site, out);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!(HEADER + "\t" + RenderCache.escape(settings)).equals(lines.readLine())) {
                return Optional.empty();
            }
            String[] w = lines.readLine().split("\t", -1);
            Window window = new Window(ZoneId.of(w[0]), Instant.parse(w[1]), Instant.parse(w[2]));
            String[] counts = lines.readLine().split("\t", -1);
            String recorded = section(lines, Integer.parseInt(counts[4]));
            if (inputs != null && !inputs.equals(recorded)) { // made from other inputs: its problems are not read
                return Optional.empty();
            }
            String outputs = section(lines, Integer.parseInt(counts[5]));
            List<Problem> problems = new ArrayList<>();
            int count = Integer.parseInt(counts[3]);
            for (int i = 0; i < count; i++) {
                String[] f = lines.readLine().split("\t", -1);
                problems.add(new Problem(Severity.valueOf(f[0]), new Position(RenderCache.unescape(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3])), RenderCache.unescape(f[4]), RenderCache.unescape(f[5])));
            }
            if (lines.readLine() != null) {
                return Optional.empty();
            }
            return Optional.of(new Previous(settings, window, recorded, outputs, Integer.parseInt(counts[0]),
                    Integer.parseInt(counts[1]), Long.parseLong(counts[2]), List.copyOf(problems)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged: the build runs, and records afresh
        }
    }

    private static String section(BufferedReader lines, int count) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String line = lines.readLine();
            if (line == null) {
                throw new IOException("cut short");
            }
            b.append(line).append('\n');
        }
        return b.toString();
    }

    /** Records a published build, replacing the file in one step. */
    static void save(Path site, Path out, Previous p) {
        Path folder = site.resolve(RenderCache.FOLDER);
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "inputs", ".part");
            // Written as it is made, not made whole first: at 100,000 pages it is 24 MB, which as text, a copy and
            // its bytes took the build's memory to its peak at the end.
            try (java.io.Writer b = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                b.append(HEADER).append('\t').append(RenderCache.escape(p.settings())).append('\n');
                b.append(p.window().zone().getId()).append('\t').append(p.window().from().toString()).append('\t')
                        .append(p.window().until().toString()).append('\n');
                b.append(Integer.toString(p.pages())).append('\t').append(Integer.toString(p.files())).append('\t')
                        .append(Long.toString(p.bytes())).append('\t').append(Integer.toString(p.problems().size())).append('\t')
                        .append(Integer.toString(lineCount(p.inputs()))).append('\t')
                        .append(Integer.toString(lineCount(p.outputs()))).append('\n');
                b.append(p.inputs()).append(p.outputs()); // first: a build whose inputs differ reads no further
                for (Problem pr : p.problems()) {
                    b.append(pr.severity().name()).append('\t').append(RenderCache.escape(pr.position().file())).append('\t')
                            .append(Integer.toString(pr.position().line())).append('\t')
                            .append(Integer.toString(pr.position().column())).append('\t')
                            .append(RenderCache.escape(pr.message())).append('\t').append(RenderCache.escape(pr.fix())).append('\n');
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp); // not left half written
                throw e;
            }
            Files.move(temp, file(site, out), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Without the record the next build runs in full, which is slower but right.
        }
    }

    private static int lineCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    static void forget(Path site, Path out) {
        try {
            Files.deleteIfExists(file(site, out));
        } catch (IOException e) {
            // unreadable next time, and so ignored
        }
    }
}
