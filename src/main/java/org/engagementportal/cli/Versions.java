package org.engagementportal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.engagementportal.audit.AxeAudit;
import org.engagementportal.source.Json;
import picocli.CommandLine;

/**
 * Which portal this is, and which versions of the parts it carries that decide how pages look and what the audit
 * checks: the portal's own version (from pom.xml), axe-core's and NHS.UK frontend's (from their package.json,
 * pinned in package.json and package-lock.json). {@code portal --version} prints them; {@code portal init}
 * pins the portal's in the new site's {@code .portal-version}.
 */
final class Versions implements CommandLine.IVersionProvider {
    static final String UNKNOWN = "unknown";

    @Override
    public String[] getVersion() {
        return new String[] {
            "portal " + portal(),
            "axe-core " + AxeAudit.VERSION,
            "NHS.UK frontend " + nhsukFrontend(),
        };
    }

    /** The portal's version, like 0.1.0 (0.1.0-SNAPSHOT between releases). */
    static String portal() {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/bundle/portal.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String v = p.getProperty("portal", UNKNOWN);
        return v.startsWith("${") ? UNKNOWN : v;
    }

    /** The version of NHS.UK frontend compiled into the portal's stylesheet. */
    static String nhsukFrontend() {
        try (InputStream in = Versions.class.getResourceAsStream("/bundle/nhsuk-frontend/package.json")) {
            if (in == null) {
                return UNKNOWN;
            }
            return Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)) instanceof Map<?, ?> m
                    && m.get("version") instanceof String v ? v : UNKNOWN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code other} is a later version than {@code mine}, comparing the numbers part by part (1.10 is after 1.9). */
    static boolean newer(String other, String mine) {
        String[] a = other.strip().replaceFirst("^v", "").split("[.-]");
        String[] b = mine.strip().replaceFirst("^v", "").split("[.-]");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "0";
            String y = i < b.length ? b[i] : "0";
            boolean xn = x.matches("\\d{1,9}");
            boolean yn = y.matches("\\d{1,9}");
            if (xn && yn) {
                int c = Integer.compare(Integer.parseInt(x), Integer.parseInt(y));
                if (c != 0) {
                    return c > 0;
                }
            } else if (xn != yn) {
                // 1.0 is after 1.0-SNAPSHOT and 1.0-rc1: a number beats a label
                return xn;
            } else if (!x.equals(y)) {
                return x.compareTo(y) > 0;
            }
        }
        return false;
    }

    /** The jar this portal runs from, when it runs from one (not from compiled classes, as in development). */
    static Optional<Path> jar() {
        try {
            Path code = Path.of(Versions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Optional.of(code) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                d.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
