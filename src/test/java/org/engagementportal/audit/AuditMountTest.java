package org.engagementportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The audit serves a built site where its home page's canonical address says it lives, so its links and styles load. */
class AuditMountTest {
    @TempDir
    Path site;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "<link rel=\"canonical\" href=\"https://www.example.nhs.uk/engagement/\">|/engagement/",
        "<link rel=\"canonical\" href=\"https://engage.example.nhs.uk/\">|/",
        "<link rel=\"canonical\" href=\"https://engage.example.nhs.uk\">|/",
        "<link rel=\"canonical\" href=\"https://www.example.nhs.uk/a/b/index.html\">|/a/b/",
        "<link rel=\"canonical\" href=\"/engagement/\">|/",
        "<link rel=\"canonical\" href=\"https://bad host/x/\">|/",
        "<meta charset=\"utf-8\">|/",
    })
    void theMountIsThePathOfTheHomePagesCanonicalAddress(String head, String mount) {
        TestSite.writeBytes(site.resolve("index.html"), ("<!DOCTYPE html><html><head>" + head + "<title>Home</title></head>"
                + "<body><h1>Home</h1></body></html>").getBytes(StandardCharsets.UTF_8));
        assertEquals(mount, Audit.mount(site));
    }
}
