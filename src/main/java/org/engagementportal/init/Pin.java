package org.engagementportal.init;

import java.util.Optional;

/**
 * The portal version a site is built with, as {@code .portal-version} records it: the workflows download
 * {@code download} and refuse it unless its SHA-256 is {@code sha256}.
 *
 * @param version  the portal's version, like 0.1.0
 * @param sha256   the jar's SHA-256, when the portal that made the site runs from its jar
 * @param download where the workflows fetch the jar from
 */
public record Pin(String version, Optional<String> sha256, String download) {
    /** Where released jars are published: a GitHub release of the portal's repository per version. */
    public static final String RELEASES = "https://github.com/engagement-portal/portal/releases/download/";

    public static Pin released(String version, Optional<String> sha256) {
        return new Pin(version, sha256, RELEASES + "v" + version + "/portal-" + version + ".jar");
    }

    String file() {
        return """
                # The version of the portal this website is built with. The workflows in .github/workflows/ download
                # exactly this file and stop unless its SHA-256 checksum matches, so every build uses the same portal.
                # To update, change all three lines in a pull request (the release page lists each version's checksum).
                version=%s
                sha256=%s
                download=%s
                """.formatted(version, sha256.orElse(""), download);
    }
}
