package org.engagementportal.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders a build reads ({@code content/} with its {@code _data/}, {@code templates/} and
 * {@code assets/}, each with every folder in it, including folders made later) and tells of changes a burst
 * at a time: editors save by writing a temporary file and renaming it, and a folder copied in arrives as
 * many events, so {@link #next} waits until nothing has changed for {@link #QUIET_MS} milliseconds.
 * Editors' own files (names starting with {@code .} or {@code #}, or ending with {@code ~}), which the build
 * never reads, are not changes.
 */
public final class SiteWatcher implements AutoCloseable {
    /** The folders of a site that a build reads. */
    static final List<String> WATCHED = List.of("content", "templates", "assets");
    /** How long the site must be still before a burst of changes is over. */
    static final long QUIET_MS = 50;
    /** Changes never stop (something writes all the time): a rebuild anyway, this often. */
    static final long LONGEST_MS = 1000;

    private final Path site;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> watched = new HashSet<>();

    /** Starts watching the site folder's content/, templates/ and assets/. */
    public SiteWatcher(Path site) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        // The site folder itself, only to see a watched folder appear (templates/ made after the start).
        folders.put(this.site.register(service, StandardWatchEventKinds.ENTRY_CREATE), this.site);
        for (String name : WATCHED) {
            registerTree(this.site.resolve(name), new TreeSet<>());
        }
    }

    /**
     * Waits for a change, then until the site has been still for {@link #QUIET_MS} ms.
     *
     * @return the files and folders that changed (added, changed, removed; a folder added with everything in
     *         it), or empty once the watcher is closed
     */
    public Optional<Set<Path>> next() throws InterruptedException {
        try {
            while (true) {
                Set<Path> changed = new TreeSet<>();
                Set<Path> created = new HashSet<>();
                take(service.take(), changed, created);
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_MS);
                WatchKey key;
                while (System.nanoTime() < end && (key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
                    take(key, changed, created);
                }
                // A file made and gone within the burst (an editor's or a tool's temporary file, renamed to the one
                // saved) changed nothing.
                changed.removeIf(p -> created.contains(p) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS));
                if (!changed.isEmpty()) {
                    return Optional.of(changed);
                }
            }
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
    }

    private void take(WatchKey key, Set<Path> changed, Set<Path> created) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // Too many at once for the system to list: look again at every folder, and rebuild.
                for (String name : WATCHED) {
                    registerTree(site.resolve(name), changed);
                }
                changed.add(site);
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path child = folder.resolve((Path) event.context());
            if (folder.equals(site)) {
                if (WATCHED.contains(child.getFileName().toString())) {
                    registerTree(child, changed);
                    changed.add(child);
                }
                continue;
            }
            if (!isEditorFile(child.getFileName().toString())) {
                changed.add(child);
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                created.add(child);
                if (Files.isDirectory(child)) {
                    registerTree(child, changed);
                }
            }
        }
        if (!key.reset()) {
            watched.remove(folders.remove(key)); // the folder is gone
        }
    }

    /** Registers a folder and every folder in it; what is already in a new folder counts as changed. */
    private void registerTree(Path root, Set<Path> changed) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isDirectory(p)) {
                    if (!watched.contains(p)) {
                        folders.put(p.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), p);
                        watched.add(p);
                    }
                } else if (!isEditorFile(p.getFileName().toString())) {
                    changed.add(p);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // removed while being looked at (its removal is an event of its own), or not readable: not watched
        }
    }

    /** An editor's swap, backup or lock file, never read by the build. */
    static boolean isEditorFile(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~");
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
