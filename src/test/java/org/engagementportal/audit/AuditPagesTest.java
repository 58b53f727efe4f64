package org.engagementportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of HTML given to the audit with --out holds what other tools made: a page saved as Windows-1252 ended the
 * audit with exit 3, and one named with a space was refused as an address, blamed on the .pa11yci.
 */
class AuditPagesTest {
    @TempDir
    Path dir;

    @Test
    void aPageNotInUtf8IsReadAndOneNamedWithASpaceHasAnAddress() throws Exception {
        Files.writeString(dir.resolve("index.html"), "<!doctype html><title>Home</title>");
        Files.write(dir.resolve("caf\u00e9.html"), "<!doctype html><title>Caf\u00e9 opening</title>".getBytes("windows-1252"));
        Files.writeString(dir.resolve("space name.html"), "<!doctype html><title>Spaces</title>");
        assertEquals(List.of("/caf\u00e9.html", "/", "/space name.html"), Audit.pages(dir), "in the order of their files");
        URI base = URI.create("http://127.0.0.1:8123/");
        assertEquals("http://127.0.0.1:8123/space%20name.html", Audit.address(base, "/space name.html").toString());
        assertEquals("http://127.0.0.1:8123/a%23b/", Audit.address(base, "/a#b/").toString());
        assertEquals("http://127.0.0.1:8123/about/", Audit.address(base, "/about/").toString());
    }
}
