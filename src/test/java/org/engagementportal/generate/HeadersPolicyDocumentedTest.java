package org.engagementportal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.engagementportal.testing.TestSite;
import org.junit.jupiter.api.Test;

/**
 * README.md gives the headers policy for nginx and for S3 with CloudFront, written by hand: it must say
 * what _headers says, value for value, or a host set up from the README would publish something weaker.
 */
class HeadersPolicyDocumentedTest {
    private static String readme() throws IOException {
        return Files.readString(TestSite.PROJECT.resolve("README.md"));
    }

    @Test
    void theTableAndTheNginxConfigurationGiveEverySecurityHeaderWithItsValue() throws IOException {
        String readme = readme();
        HeadersGenerator.SECURITY.forEach((name, value) -> {
            assertTrue(readme.contains("| `" + name + "` | `" + value + "` |"), "table row for " + name);
            assertTrue(readme.contains("add_header " + name + " \"" + value + "\" always;"), "nginx line for " + name);
        });
        assertTrue(readme.contains("add_header Cache-Control \"" + HeadersGenerator.IMMUTABLE + "\" always;"));
        assertTrue(readme.contains("add_header Cache-Control \"" + HeadersGenerator.SHORT + "\" always;"));
        HeadersGenerator.CONTENT_TYPES.values().forEach(type -> assertTrue(readme.contains("`" + type.replace("; charset=utf-8", "") + "`"), type));
    }

    @Test
    void theCloudFrontPolicyHasTheSameValues() throws IOException {
        Matcher json = Pattern.compile("(?s)```json\\n(\\{\\n  \"Name\": \"engagement-portal\".*?)```").matcher(readme());
        assertTrue(json.find(), "the CloudFront policy in README.md");
        String policy = json.group(1);
        assertTrue(policy.contains("\"ContentSecurityPolicy\": \"" + HeadersGenerator.CONTENT_SECURITY_POLICY + "\""));
        assertTrue(policy.contains("\"Value\": \"" + HeadersGenerator.SECURITY.get("Permissions-Policy") + "\""));
        assertTrue(policy.contains("\"ReferrerPolicy\": \"" + HeadersGenerator.SECURITY.get("Referrer-Policy") + "\""));
        assertTrue(policy.contains("\"FrameOption\": \"" + HeadersGenerator.SECURITY.get("X-Frame-Options") + "\""));
        assertEquals("max-age=31536000; includeSubDomains", HeadersGenerator.SECURITY.get("Strict-Transport-Security"));
        assertTrue(policy.contains("\"AccessControlMaxAgeSec\": 31536000, \"IncludeSubdomains\": true"));
        new org.openqa.selenium.json.Json().toType(policy, java.util.Map.class); // valid JSON, ready to use
    }
}
