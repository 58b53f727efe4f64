package org.engagementportal.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The front-end files built into portal.jar by the Maven build: the stylesheet compiled from NHS.UK
 * frontend and our own styles, and the NHS.UK icons and favicon. The stylesheet is published under a
 * name that contains a hash of its content, so a CDN can cache it for ever and a new version is a new
 * address.
 */
public final class BundledAssets {
    static final String ROOT = "/bundle/assets";
    static final String STYLESHEET = "portal.css";
    /** The search page's script, our own (see assets/search.js). */
    static final String SCRIPT = "search.js";

    private final SortedMap<String, byte[]> files;
    private final String cssPath;
    private final String scriptPath;

    private BundledAssets(SortedMap<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(files);
        byte[] css = files.get(STYLESHEET);
        if (css == null) {
            throw new IllegalStateException("portal.jar has no stylesheet; rebuild it with mvn package");
        }
        this.cssPath = "/assets/portal." + hash(css).substring(0, 10) + ".css";
        byte[] script = files.get(SCRIPT);
        if (script == null) {
            throw new IllegalStateException("portal.jar has no search script; rebuild it with mvn package");
        }
        this.scriptPath = "/assets/search." + hash(script).substring(0, 10) + ".js";
    }

    /** What the portal's jar holds, read once: a jar does not change under the process that runs from it. */
    private static volatile BundledAssets inJar;

    public static BundledAssets load() {
        BundledAssets known = inJar;
        if (known != null) {
            return known;
        }
        URL url = BundledAssets.class.getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("portal.jar has no bundled assets; rebuild it with mvn package");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                boolean opened;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    opened = true;
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                    opened = false;
                }
                try {
                    BundledAssets read = new BundledAssets(read(fs.provider().getPath(uri)));
                    inJar = read;
                    return read;
                } finally {
                    if (opened) {
                        fs.close();
                    }
                }
            }
            return new BundledAssets(read(Path.of(uri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SortedMap<String, byte[]> read(Path root) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                try (InputStream in = Files.newInputStream(p)) {
                    out.put(rel, in.readAllBytes());
                }
            }
        }
        return out;
    }

    /** The stylesheet's site path, with its content hash: "/assets/portal.1a2b3c4d5e.css". */
    public String cssPath() {
        return cssPath;
    }

    /** The search script's site path, with its content hash, so it is cached for ever like the stylesheet. */
    public String scriptPath() {
        return scriptPath;
    }

    /** The fingerprinted files: the stylesheet and the script. */
    public java.util.Set<String> fingerprinted() {
        return java.util.Set.of(cssPath, scriptPath);
    }

    /** Every bundled file by its path under /assets/ ("portal.css", "images/favicon.ico"). */
    public SortedMap<String, byte[]> files() {
        return files;
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
