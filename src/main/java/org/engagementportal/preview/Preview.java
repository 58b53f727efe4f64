package org.engagementportal.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.engagementportal.pipeline.Pipeline;
import org.engagementportal.serve.StaticServer;

/**
 * {@code portal serve}: builds the site into a folder of its own (never the site's output folder), serves it
 * on 127.0.0.1 as the CDN would, watches the folders the build reads, and after each change rebuilds and
 * reloads every open page the rebuild changed. While the content has errors the last good pages stay
 * served, each with the errors over it; each page also lists the warnings about the files it is made from.
 *
 * <p>All of that is done in the browser by one script, {@code /_portal/preview.js}, and its stylesheet, both
 * resources of the portal served only here: the server adds them to each page as it sends it, so nothing a
 * build writes changes, and they come from the site's own address, as its Content-Security-Policy
 * ({@code script-src 'self'}, {@code connect-src 'self'}) allows. Its addresses:
 * <ul>
 *   <li>{@code /_portal/preview.js}, {@code /_portal/preview.css}: the script and its styles;</li>
 *   <li>{@code /_portal/events}: Server-Sent Events, one after each rebuild, naming the pages it changed
 *       ({@link PreviewEvents});</li>
 *   <li>{@code /_portal/problems.json?page=/about/}: the latest build's errors and that page's warnings, as the
 *       terminal shows them ({@link PreviewProblems}).</li>
 * </ul>
 */
public final class Preview implements AutoCloseable {
    /** Where the preview is built, in the site folder (the portal's own cache folder, ignored by git). */
    public static final String FOLDER = ".portal-cache/preview";
    static final String PREFIX = "/_portal/";

    /** What the command says in the terminal after each build. */
    public interface Listener {
        /**
         * A build finished: published, or (with errors) not.
         *
         * @param changes what was changed in the site's folders (empty for the first build)
         * @param pages   the addresses of the pages it changed
         */
        void built(Pipeline.Result result, Collection<Path> changes, SortedSet<String> pages, long millis);

        /** The portal failed while rebuilding; the preview goes on, and tries again at the next change. */
        void failed(RuntimeException e);
    }

    private final Pipeline.Options options;
    private final Path output;
    private final StaticServer server;
    private final PreviewEvents events = new PreviewEvents();
    private final Supplier<ShownProblem.Words> words;
    private final Listener listener;
    private final Consumer<Pipeline.Stage> progress;
    private final CountDownLatch closed = new CountDownLatch(1);
    /** The site's preview lock, held while this preview runs. */
    private final java.nio.channels.FileChannel lock;
    /** The lock's file. */
    private final Path lockFile;
    /**
     * The previews running in this program, by lock file, with their addresses: a second channel on a locked file,
     * once closed, would release the first's lock (the operating system's locks belong to the program), so a preview
     * here is never asked about through one.
     */
    private static final java.util.concurrent.ConcurrentHashMap<Path, String> RUNNING_HERE = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile PreviewProblems problems = PreviewProblems.NONE;
    /** Guards starting and closing, which can happen at once (Ctrl-C during the first build). */
    private final Object lifecycle = new Object();
    private SiteWatcher watcher;
    private Thread watching;

    private Preview(Pipeline.Options options, int port, Supplier<ShownProblem.Words> words, Listener listener,
                    Consumer<Pipeline.Stage> progress) throws IOException {
        this.options = options;
        this.output = options.out().orElseThrow(() -> new IllegalArgumentException("a preview is built into a folder"));
        this.words = words;
        this.listener = listener;
        this.progress = progress;
        this.lockFile = lockFile(output);
        this.lock = lock(lockFile);
        StaticServer bound = null;
        try {
            // Served under the site's base path, as its pages link to each other (a site published at .../engagement/).
            bound = bindServer(output, port, options);
            lock.truncate(0).write(java.nio.ByteBuffer.wrap(bound.base().toString().getBytes(StandardCharsets.UTF_8)), 0);
            RUNNING_HERE.put(lockFile, bound.base().toString());
            // What a last preview left there is not this one's: until its first build has published, none is served.
            org.engagementportal.publish.PreviewFolder.discard(output);
        } catch (IOException | RuntimeException e) {
            if (bound != null) {
                bound.close(); // the port, and the lock, free for the next try
            }
            lock.close();
            RUNNING_HERE.remove(lockFile);
            throw e;
        }
        this.server = bound;
        server.handle(PREFIX, this::handle);
    }

    /** Another preview of the same site is running: the two would build into one folder, each emptying it under the other. */
    public static final class AlreadyRunning extends IOException {
        AlreadyRunning(String message) {
            super(message);
        }
    }

    /** The lock of the preview built into {@code output}: a file beside that folder. */
    private static Path lockFile(Path output) {
        return output.resolveSibling("preview.lock").toAbsolutePath().normalize();
    }

    /** Holds the site's preview lock, with the address of the preview holding it written in it. */
    private static java.nio.channels.FileChannel lock(Path file) throws IOException {
        String here = RUNNING_HERE.putIfAbsent(file, "");
        if (here != null) {
            throw alreadyRunning(here);
        }
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE);
            java.nio.channels.FileLock held;
            try {
                held = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                held = null; // held by something else in this program
            }
            if (held == null) {
                channel.close();
                throw alreadyRunning(java.nio.file.Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            return channel;
        } catch (IOException | RuntimeException e) {
            RUNNING_HERE.remove(file);
            throw e;
        }
    }

    private static AlreadyRunning alreadyRunning(String address) {
        return new AlreadyRunning("another preview of this site is running" + (address.isEmpty() ? "" : ", at " + address)
                + ". Open that address, or stop that preview (Ctrl-C in its window) and start this one again.");
    }

    /**
     * The address of the preview of the site in {@code source} that is running now, if one is: read from its lock,
     * which is held only while it runs (a lock a stopped preview left is free). Nothing is created when none has run.
     */
    public static Optional<URI> running(Path source) {
        Path file = lockFile(source.resolve(FOLDER));
        String here = RUNNING_HERE.get(file);
        if (here != null) {
            return here.isEmpty() ? Optional.empty() : Optional.of(URI.create(here));
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ,
                java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock held;
            try {
                held = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                held = null; // held by a preview in this same program
            }
            if (held != null) {
                held.release();
                return Optional.empty();
            }
            String address = java.nio.file.Files.readString(file, StandardCharsets.UTF_8).strip();
            return address.isEmpty() ? Optional.empty() : Optional.of(URI.create(address));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // unreadable, or not an address: as if none were running
        }
    }

    private StaticServer bindServer(Path output, int port, Pipeline.Options options) throws IOException {
        return StaticServer.bind(output, port, new StaticServer.Previewing() {
            @Override
            public byte[] page(byte[] html, String address) {
                return withScript(html, events.current(), address);
            }

            @Override
            public byte[] notBuilt() {
                return NOT_BUILT;
            }
        }, Pipeline.basePath(options));
    }

    /**
     * Holds the port, before the first build, so that a port in use is said at once.
     *
     * @param options  what to build; its output folder is the preview's
     * @param port     of 127.0.0.1; 0 for any free port
     * @param words    how problems are worded, the terminal report's way
     * @param progress each stage of the first build, for the terminal
     * @throws java.net.BindException when the port is in use
     */
    public static Preview bind(Pipeline.Options options, int port, Supplier<ShownProblem.Words> words, Listener listener,
                               Consumer<Pipeline.Stage> progress) throws IOException {
        return new Preview(options, port, words, listener, progress);
    }

    /**
     * Builds the site, then serves it and rebuilds after every change, until {@link #close}.
     *
     * @return false when it was closed during the first build (Ctrl-C), so never served
     */
    public boolean start() throws IOException {
        // Watching starts before the first build, so a file saved while it runs is not missed.
        SiteWatcher w = new SiteWatcher(options.source());
        synchronized (lifecycle) {
            watcher = w;
        }
        refresh(List.of(), progress);
        synchronized (lifecycle) {
            if (closed.getCount() == 0) {
                return false;
            }
            server.start();
            watching = new Thread(this::watch, "portal-serve-watcher");
            watching.start();
            return true;
        }
    }

    /** Whether a change (a file, or a folder for everything in it) can have changed site.yml, and so the base path. */
    private boolean maySetTheBasePath(Path changed) {
        Path siteYml = options.source().resolve("content").resolve("_data").resolve("site.yml").toAbsolutePath().normalize();
        return siteYml.startsWith(changed.toAbsolutePath().normalize());
    }

    /** The address of the home page, such as http://127.0.0.1:8080/ (or .../engagement/ for a site under that path). */
    public URI address() {
        return server.base();
    }

    /** The folder the preview is built into. */
    public Path output() {
        return output;
    }

    private void watch() {
        try {
            Optional<Set<Path>> changes;
            while ((changes = watcher.next()).isPresent()) {
                refresh(changes.get(), stage -> { });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Builds, then tells the open pages what changed. */
    private synchronized void refresh(Collection<Path> changes, Consumer<Pipeline.Stage> stages) {
        if (closed.getCount() == 0) {
            return;
        }
        long start = System.nanoTime();
        if (!changes.isEmpty() && changes.stream().anyMatch(this::maySetTheBasePath)) {
            // Before the build, so that the preview follows site.yml even when this build fails.
            server.mountAt(Pipeline.basePath(options));
        }
        Pipeline.Result result;
        try {
            result = pipeline.run(options, stages, changes.isEmpty() ? null : changes);
        } catch (RuntimeException | OutOfMemoryError e) {
            // Java running out of memory too (a page of megabytes of tables on a small computer): the watcher would stop,
            // and with it the preview's rebuilding, with nothing said but a stack trace.
            RuntimeException failure = e instanceof RuntimeException r ? r
                    : new IllegalStateException("Java ran out of memory while rebuilding the site", e);
            problems = PreviewProblems.failure(String.valueOf(failure.getMessage()));
            events.published(new TreeSet<>());
            listener.failed(failure);
            return;
        }
        SortedSet<String> pages = ChangedPages.of(result.changed());
        if (result.published() && result.changed().contains("/_headers")) {
            server.reloadHeaders();
        }
        problems = PreviewProblems.of(result.problems().sorted(), result.addresses(), words.get());
        events.published(pages);
        listener.built(result, changes, pages, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The build itself, with the reading ages a check gives, for the pages' warnings. One pipeline for the whole
     * preview: it reads again only the files that changed, renders again only what depends on them, and writes
     * only the files that changed into the preview's folder.
     */
    private final Pipeline pipeline = new Pipeline().withReadingAges().previewing();


    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(PREFIX + "events")) {
            events.connect(exchange); // left open: the events stream
            return;
        }
        try (exchange) {
            var headers = exchange.getResponseHeaders();
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            byte[] body;
            switch (path) {
                case PREFIX + "preview.js" -> {
                    headers.set("Content-Type", "text/javascript; charset=utf-8");
                    body = SCRIPT;
                }
                case PREFIX + "preview.css" -> {
                    headers.set("Content-Type", "text/css; charset=utf-8");
                    body = STYLES;
                }
                case PREFIX + "problems.json" -> {
                    headers.set("Content-Type", "application/json; charset=utf-8");
                    String page = PreviewEvents.query(exchange.getRequestURI().getRawQuery(), "page");
                    body = problems.json(page == null ? PreviewProblems.HOME : page).getBytes(StandardCharsets.UTF_8);
                }
                default -> {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    static final byte[] SCRIPT = resource("preview.js");
    static final byte[] STYLES = resource("preview.css");
    static final byte[] NOT_BUILT = ("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>The site is not built yet</title>\n"
            + "</head>\n<body>\n<main>\n<h1>The site is not built yet</h1>\n"
            + "<p>The first build found mistakes, so there is nothing to show. They are listed here and in the terminal. "
            + "Fix them and save: this page will show the site by itself.</p>\n</main>\n</body>\n</html>\n")
            .getBytes(StandardCharsets.UTF_8);

    private static byte[] resource(String name) {
        try (InputStream in = Preview.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the portal's " + name + " is missing from its jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final byte[] HEAD_END = "</head>".getBytes(StandardCharsets.US_ASCII);

    /**
     * A page with the preview's stylesheet and script added at the end of its head: the script knows the build
     * the page is from (to catch up on rebuilds it missed) and the page's address (to know when it changed).
     */
    static byte[] withScript(byte[] html, String build, String address) {
        String tags = "<link rel=\"stylesheet\" href=\"" + PREFIX + "preview.css\">"
                + "<script src=\"" + PREFIX + "preview.js\" data-build=\"" + attribute(build) + "\" data-page=\""
                + attribute(address) + "\" defer></script>";
        byte[] add = tags.getBytes(StandardCharsets.UTF_8);
        int at = indexOfIgnoreCase(html, HEAD_END);
        if (at < 0) {
            at = 0; // not a page of the portal's: the tags first, the browser puts them in the head
        }
        byte[] out = new byte[html.length + add.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(add, 0, out, at, add.length);
        System.arraycopy(html, at, out, at + add.length, html.length - at);
        return out;
    }

    private static int indexOfIgnoreCase(byte[] text, byte[] word) {
        outer:
        for (int i = 0; i + word.length <= text.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (Character.toLowerCase(text[i + j]) != word[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** Stops watching (after the rebuild under way, if any), ends the pages' event streams and the server. */
    @Override
    public void close() {
        SiteWatcher w;
        Thread t;
        synchronized (lifecycle) {
            if (closed.getCount() == 0) {
                return;
            }
            closed.countDown();
            w = watcher;
            t = watching;
        }
        try {
            if (w != null) {
                w.close();
            }
        } catch (IOException e) {
            // closing a watch service does not fail in a way that matters here
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(10_000); // a rebuild under way finishes, so its staging folder is not left behind
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        events.close();
        server.close();
        try {
            lock.close(); // releases the lock
        } catch (IOException e) {
            // the lock goes with the program anyway
        } finally {
            RUNNING_HERE.remove(lockFile);
        }
    }

    /** Waits until the preview is closed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }
}
