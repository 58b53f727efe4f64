package org.engagementportal.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.engagementportal.attachments.FileTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves a built site from its output folder on the loopback address, the way the CDN does: clean
 * addresses ("/about/" is about/index.html), {@code 404.html} with status 404 for anything missing, and
 * nothing outside the folder; the response headers of the site's own {@code _headers} file (security and
 * caching headers, as Netlify and Cloudflare Pages apply them); and the {@code .br} or {@code .gz} copy of
 * a file when the browser accepts it, as nginx's {@code brotli_static} and {@code gzip_static} do. Used by
 * the browser checks, so nobody has to set up a server for them, and by {@code portal serve}, which adds its
 * script to each page as it is sent ({@link Previewing}).
 */
public final class StaticServer implements AutoCloseable {
    /** The portal's own kinds of file; those published from content are {@link FileTypes}'. */
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "xml", "application/xml", "ico", "image/x-icon", "woff", "font/woff",
            "woff2", "font/woff2", "webmanifest", "application/manifest+json");

    /**
     * What {@code portal serve} changes in what is sent, and only there: never in the files a build writes.
     */
    public interface Previewing {
        /** A page as sent: the file's bytes with the preview's script. {@code address}: the page's, "/about/". */
        byte[] page(byte[] html, String address);

        /** The page sent for any address while there is no built site at all (the first build failed). */
        byte[] notBuilt();
    }

    /** A preview is never cached (it replaces the site's Cache-Control): an edit shows on the next load. */
    static final String PREVIEW_CACHE = "no-cache";

    private final Path root;
    private final HttpServer server;
    private final Previewing preview;
    /** Where the folder is served: "/", or the site's base path ("/engagement/") for a site published under one. */
    private volatile String mount;
    private volatile HeaderRules headers;

    private StaticServer(Path root, HttpServer server, Previewing preview, String mount) {
        this.root = root;
        this.server = server;
        this.preview = preview;
        this.mount = mount;
        reloadHeaders();
    }

    /** Starts serving {@code root} on a free port of 127.0.0.1. */
    public static StaticServer start(Path root) throws IOException {
        return start(root, "/");
    }

    /**
     * Starts serving {@code root} at {@code mount} ("/engagement/") on a free port of 127.0.0.1, as a site built
     * for an address with that path is published: its links start with the path. Other addresses are not found.
     */
    public static StaticServer start(Path root, String mount) throws IOException {
        if (!mount.startsWith("/") || !mount.endsWith("/")) {
            throw new IllegalArgumentException("a mount starts and ends with /, not " + mount);
        }
        StaticServer s = bind(root, 0, null, mount);
        s.start();
        return s;
    }

    /**
     * A server for {@code root} holding {@code port} of 127.0.0.1 (0: any free port), not answering yet.
     *
     * @throws java.net.BindException when the port is in use
     */
    public static StaticServer bind(Path root, int port, Previewing preview) throws IOException {
        return bind(root, port, preview, "/");
    }

    /** Serves the folder at {@code mount} from now on ("/engagement/": the site's base path changed). */
    public void mountAt(String mount) {
        if (!mount.startsWith("/") || !mount.endsWith("/")) {
            throw new IllegalArgumentException("a mount starts and ends with /, not " + mount);
        }
        this.mount = mount;
    }

    public static StaticServer bind(Path root, int port, Previewing preview, String mount) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        StaticServer s = new StaticServer(root.toAbsolutePath().normalize(), http, preview, mount);
        http.createContext("/", s::handle);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-server");
            t.setDaemon(true);
            return t;
        }));
        return s;
    }

    /** Answers the requests under {@code prefix} ("/_portal/") with {@code handler} rather than from the folder. */
    public void handle(String prefix, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(prefix, handler);
    }

    /** Starts answering requests (a server made by {@code bind}; {@code start} makes one already answering). */
    public void start() {
        server.start();
    }

    /** Reads the site's {@code _headers} again (after a rebuild). */
    public void reloadHeaders() {
        Path rules = root.resolve("_headers");
        HeaderRules read;
        try {
            read = Files.isRegularFile(rules) ? HeaderRules.parse(Files.readString(rules, StandardCharsets.UTF_8)) : HeaderRules.none();
        } catch (IOException e) {
            read = HeaderRules.none();
        }
        headers = read;
    }

    /** The address of the site's home page, such as http://127.0.0.1:41234/ (or .../engagement/ when mounted there). */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + mount);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String mount = this.mount;
        try (exchange) {
            String raw = exchange.getRequestURI().getRawPath();
            if ((raw + "/").equals(mount)) {
                exchange.getResponseHeaders().set("Location", mount);
                exchange.sendResponseHeaders(301, -1);
                return;
            }
            if (preview != null && raw.equals("/") && !mount.equals("/")) {
                // The preview of a site published under a path: its home page is there, not at the server's root (for
                // now: the path can change with site.yml, so not a lasting redirect).
                exchange.getResponseHeaders().set("Location", mount);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            boolean inside = raw.startsWith(mount);
            // The address within the folder: the mount's path taken off ("/engagement/about/" is "/about/").
            String path = URLDecoder.decode((inside ? raw.substring(mount.length() - 1) : raw).replace("+", "%2B"), StandardCharsets.UTF_8);
            Path file = inside ? resolve(path) : null;
            int status = 200;
            if (file == null) {
                file = root.resolve("404.html");
                status = 404;
            }
            if (status == 200 && Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", raw + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                if (preview != null) {
                    send(exchange, 503, preview.page(preview.notBuilt(), path));
                    return;
                }
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            var response = exchange.getResponseHeaders();
            response.set("Content-Type", FileTypes.of(name).map(FileTypes.Type::contentType)
                    .orElse(TYPES.getOrDefault(ext, "application/octet-stream")));
            headers.forPath(path).forEach(response::set);
            if (preview != null) {
                response.set("Cache-Control", PREVIEW_CACHE);
                if (ext.equals("html")) {
                    // The page with the preview's script in it, so not a compressed copy of the file as it is.
                    send(exchange, status, preview.page(Files.readAllBytes(file), address(file)));
                    return;
                }
            }
            Path body = file;
            String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            for (String encoding : new String[] {"br", "gzip"}) {
                Path copy = file.resolveSibling(name + (encoding.equals("br") ? ".br" : ".gz"));
                // Only a copy at least as new as the file: a page changed after the build is served as changed.
                if (accepts(accepted, encoding) && Files.isRegularFile(copy)
                        && Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(file)) >= 0) {
                    body = copy;
                    response.set("Content-Encoding", encoding);
                    break;
                }
            }
            if (Files.isRegularFile(file.resolveSibling(name + ".gz")) || Files.isRegularFile(file.resolveSibling(name + ".br"))) {
                response.set("Vary", "Accept-Encoding");
            }
            send(exchange, status, Files.readAllBytes(body));
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", TYPES.get("html"));
        }
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /**
     * Whether an Accept-Encoding header takes an encoding: it is named, without {@code q=0}, which refuses it
     * ("gzip;q=0"). Browsers name every encoding they take, so "*" is not looked for.
     */
    static boolean accepts(String header, String encoding) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] params = part.split(";");
            if (!params[0].strip().equalsIgnoreCase(encoding)) {
                continue;
            }
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        return Double.parseDouble(p.substring(2).strip()) > 0;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    /** The address of the page in {@code file}: "/about/" for about/index.html, "/404.html" for 404.html. */
    private String address(Path file) {
        StringBuilder path = new StringBuilder();
        root.relativize(file).forEach(part -> path.append('/').append(part));
        return address(path.toString());
    }

    /**
     * A page's address from its file's path in the output: {@code /about/index.html} is {@code /about/},
     * {@code /index.html} is {@code /}, any other file ({@code /404.html}) its own path.
     */
    public static String address(String file) {
        return file.endsWith("/index.html") ? file.substring(0, file.length() - "index.html".length()) : file;
    }

    /** The file for a request path, or null when it is missing or outside the folder. */
    private Path resolve(String path) {
        Path file;
        try {
            file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null; // no file has this name ("%00" in the address): not found, rather than no answer at all
        }
        if (!file.startsWith(root) || !Files.exists(file)) {
            return null;
        }
        if (Files.isDirectory(file) && !Files.isRegularFile(file.resolve("index.html"))) {
            return null;
        }
        return file;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
