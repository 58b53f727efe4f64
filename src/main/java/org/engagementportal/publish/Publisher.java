package org.engagementportal.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a finished staging folder in the output folder's place. The old output is renamed aside, the
 * staging folder renamed into place: the output folder is always either the complete old site or the
 * complete new one, never a mixture. If the swap fails half way, the old output is put back.
 *
 * <p>The old output is moved aside as {@code <out>.previous-<pid>-<n>}, marked as the portal's, and deleted in the
 * background while the build finishes its work, and the build waits for it before it ends ({@link #finishDeleting});
 * what a build that was stopped left is deleted by the next build while it works ({@link #clearLeftovers}).
 */
public final class Publisher {
    private Publisher() {
    }

    /** Numbers the old outputs of one process (portal serve publishes again after every save). */
    private static final java.util.concurrent.atomic.AtomicLong PUBLISHED = new java.util.concurrent.atomic.AtomicLong();

    public static void publish(StagingFolder staging, Path out) {
        if (staging.isUpdate()) {
            update(staging, out.toAbsolutePath());
            return;
        }
        Path target = out.toAbsolutePath();
        // A name of its own each time: the old output of the publication before may still be being deleted.
        Path previous = target.resolveSibling(target.getFileName() + ".previous-" + ProcessHandle.current().pid()
                + "-" + PUBLISHED.incrementAndGet());
        try {
            Folders.delete(previous);
            Files.deleteIfExists(staging.root().resolve(StagingFolder.MARKER));
            boolean hadOutput = Files.exists(target);
            if (hadOutput) {
                keepAccess(target, staging.root());
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging.root(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (hadOutput) {
                    Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            staging.markPublished();
            if (hadOutput) {
                OWN.add(deleteInBackground(List.of(previous)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Brings the output folder up to date from a staging folder that holds only what changed
     * ({@link StagingFolder#updating}). The manifest goes first, so an update stopped half way (the power cut)
     * leaves an output the next build does not trust: it then builds the whole site into a new folder. Then
     * whatever the finished build does not list is deleted (pages it no longer makes, compressed copies of files
     * that no longer have one, anything put in the folder by hand), each changed or new file is moved into its
     * place in one step (a reader never gets half a file), and the new manifest last.
     */
    private static void update(StagingFolder staging, Path target) {
        Path manifest = target.resolve(Manifest.PATH.substring(1));
        OutputTree tree = staging.tree();
        // Whether the folder is part old, part new: from the first file deleted or moved until the new manifest is placed.
        boolean mixed = false;
        Thread warning = stoppedPartWay(target);
        try {
            Runtime.getRuntime().addShutdownHook(warning);
            Files.deleteIfExists(manifest);
            mixed = true;
            java.util.Set<String> listed = staging.listed();
            java.util.Set<String> folders = new java.util.HashSet<>();
            for (String path : listed) {
                for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
                    folders.add(path.substring(0, slash + 1));
                }
            }
            if (tree != null) {
                tree.prune(listed, folders); // as read when the build began: the folder is not listed again
            } else {
                prune(target, "/", listed, folders);
            }
            for (String path : staging.staged()) {
                Path to = target.resolve(path.substring(1));
                Files.createDirectories(to.getParent());
                if (Files.isDirectory(to, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Folders.delete(to); // a folder of pages where a file now is
                    if (tree != null) {
                        tree.folderDeleted(path + "/");
                    }
                }
                Files.move(staging.root().resolve(path.substring(1)), to, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                if (tree != null) {
                    tree.placed(path);
                }
            }
            Files.move(staging.root().resolve(Manifest.PATH.substring(1)), manifest, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            mixed = false;
            if (tree != null) {
                tree.placed(Manifest.PATH);
            }
            removeHook(warning);
            staging.markPublished();
            // Empty folders now, and the marker last: one stopped part way is still the portal's, for a later build to delete.
            Folders.deleteMarkedLast(staging.root(), StagingFolder.MARKER);
        } catch (IOException | RuntimeException | Error e) { // an Error too: Java running out of memory while moving
            removeHook(warning);
            if (!mixed) {
                if (e instanceof Error error) {
                    throw error;
                }
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            // The manifest went first, so the next build does not trust the folder and builds it whole again.
            throw new PartlyPublished(target, e instanceof IOException io ? io : new IOException(e));
        }
    }

    /**
     * Gives the new output folder the old one's permissions and group (a folder shared with a web server's group, with
     * its group kept for new files), which a folder made afresh would not have. Where the disk has no such settings, or
     * they cannot be given, the new folder keeps its own.
     */
    private static void keepAccess(Path old, Path made) {
        try {
            var from = Files.getFileAttributeView(old, java.nio.file.attribute.PosixFileAttributeView.class);
            var to = Files.getFileAttributeView(made, java.nio.file.attribute.PosixFileAttributeView.class);
            if (from == null || to == null) {
                return;
            }
            var attributes = from.readAttributes();
            if (!attributes.group().equals(to.readAttributes().group())) {
                to.setGroup(attributes.group());
            }
            try { // with the setgid bit, which keeps the group for what is made in the folder
                Files.setAttribute(made, "unix:mode", Files.getAttribute(old, "unix:mode"));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                to.setPermissions(attributes.permissions());
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // kept as made: the site is published either way
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the command is being stopped: the warning is said
        }
    }

    /** Said if the command is stopped (Ctrl-C, a cancelled job) while an update has the output folder part old, part new. */
    private static Thread stoppedPartWay(Path target) {
        return new Thread(() -> System.err.println("portal: the build was stopped while it was updating " + target + ", which "
                + "is now part old, part new: do not publish it. Build again, and the next build makes it whole."));
    }

    /**
     * An update of the output folder that failed part way: some files are the new build's, some the last one's, and the
     * folder has no manifest, so the next build makes it whole again. Whoever reports the failure must not say that
     * nothing was published.
     */
    public static final class PartlyPublished extends UncheckedIOException {
        private static final long serialVersionUID = 1L;
        private final transient Path out;

        PartlyPublished(Path out, IOException cause) {
            super("the update of " + out + " failed part way", cause);
            this.out = out;
        }

        /** The output folder left part old, part new. */
        public Path out() {
            return out;
        }

        /** The update that failed part way behind {@code e}, if one did. */
        public static java.util.Optional<PartlyPublished> in(Throwable e) {
            return org.engagementportal.source.Causes.find(e, PartlyPublished.class);
        }
    }

    /**
     * Deletes what is in {@code folder} (the site folder {@code at}) that is neither a file the build lists nor a
     * folder holding one. Reads folders' listings only, not every file's details; the folders in a folder on the
     * build's threads (thousands of folders at 10,000 pages, each listing a call to the system).
     */
    private static void prune(Path folder, String at, java.util.Set<String> listed, java.util.Set<String> folders)
            throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(folder)) {
            list.forEach(entries::add);
        }
        List<Path> inside = new ArrayList<>();
        for (Path entry : entries) {
            String path = at + entry.getFileName();
            if (folders.contains(path + "/") && Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                inside.add(entry);
            } else if (!listed.contains(path)) {
                Folders.delete(entry);
            }
        }
        try {
            inside.parallelStream().forEach(entry -> {
                try {
                    prune(entry, at + entry.getFileName() + "/", listed, folders);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Starts deleting, in the background, what earlier builds left beside {@code out}: old outputs
     * ({@code <out>.previous-*}) and staging folders of builds that are no longer running.
     */
    public static void clearLeftovers(Path out) {
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String name = target.getFileName().toString();
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, name + ".*")) {
            for (Path p : siblings) {
                String rest = p.getFileName().toString().substring(name.length());
                // Only folders the portal made: an old output (it has the marker, or the portal's 404 page and
                // manifest, as outputs moved aside by earlier versions did), or a staging folder (it has the marker);
                // and only when the build that made it has ended.
                boolean oldOutput = rest.startsWith(".previous-")
                        && (Files.isRegularFile(p.resolve(StagingFolder.MARKER)) || Files.isRegularFile(p.resolve("404.html"))
                        && Files.isRegularFile(p.resolve(Manifest.PATH.substring(1))))
                        && ownedByEndedProcess(rest.substring(".previous-".length()));
                boolean oldStaging = rest.startsWith(".staging-") && Files.isRegularFile(p.resolve(StagingFolder.MARKER))
                        && ownedByEndedProcess(rest.substring(".staging-".length()));
                if (oldOutput || oldStaging) {
                    leftovers.add(p);
                }
            }
        } catch (IOException e) {
            return; // nothing to clear that we can see; the build goes on
        }
        if (!leftovers.isEmpty()) {
            deleteInBackground(leftovers);
        }
    }

    /** Whether a folder's suffix ("12345", "12345-7") starts with the id of a process that has ended. */
    private static boolean ownedByEndedProcess(String suffix) {
        try {
            long id = Long.parseLong(suffix.split("-", 2)[0]);
            return id != ProcessHandle.current().pid() && ProcessHandle.of(id).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false; // not a folder the portal made
        }
    }

    /** The deletions of the old outputs this process moved aside, for {@link #finishDeleting}. */
    private static final List<Thread> OWN = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Waits for the deletion of the old outputs this process moved aside to end: a build cleans up after itself
     * before it says it is done, rather than leave a second copy of the site on the disk and the work of deleting it
     * to whichever build comes next. Leftovers of builds that were stopped ({@link #clearLeftovers}) are not waited
     * for.
     */
    public static void finishDeleting() {
        for (Thread t : OWN) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // the next build finishes it
            }
            OWN.remove(t);
        }
    }

    private static Thread deleteInBackground(List<Path> folders) {
        Thread t = new Thread(() -> {
            for (Path folder : folders) {
                try {
                    if (Files.isSymbolicLink(folder)) {
                        Files.delete(folder); // an output folder that was a link: the link alone, never what it points to
                        continue;
                    }
                    // Marked as the portal's (an old output is not, until now), so whatever of it this command does not
                    // get round to deleting, a later one does.
                    if (!Files.isRegularFile(folder.resolve(StagingFolder.MARKER), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.createFile(folder.resolve(StagingFolder.MARKER));
                    }
                    Folders.deleteMarkedLast(folder, StagingFolder.MARKER);
                } catch (IOException | UncheckedIOException e) {
                    // left for the next build to try again
                }
            }
        }, "portal-delete-old-output");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }
}
