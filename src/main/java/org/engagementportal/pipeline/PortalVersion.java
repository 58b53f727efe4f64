package org.engagementportal.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.engagementportal.generate.OutputKeys;

/**
 * Which build of the portal is running, as a digest of its code: portal.jar's size and time, or, when it runs
 * from compiled classes (in development and tests), every class and bundled file's name, size and time. A
 * cache made by any other build of the portal is not trusted.
 */
final class PortalVersion {
    private static volatile String fingerprint;

    private PortalVersion() {
    }

    static String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = compute();
            fingerprint = f;
        }
        return f;
    }

    private static String compute() {
        OutputKeys.Digest h = new OutputKeys.Digest();
        try {
            Path code = Path.of(PortalVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                try (var files = Files.walk(code)) {
                    for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        h.add(code.relativize(p).toString()).add(Long.toString(a.size())).add(a.lastModifiedTime().toString());
                    }
                }
            } else {
                BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
                h.add(code.getFileName().toString()).add(Long.toString(a.size())).add(a.lastModifiedTime().toString());
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown: a fingerprint no cache can have, so nothing is reused.
            h.add("unknown " + System.nanoTime());
        }
        return h.hex();
    }
}
