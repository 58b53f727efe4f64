package org.engagementportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.engagementportal.checks.FastRules;
import org.engagementportal.checks.Finding;
import org.engagementportal.checks.PageUnderTest;
import org.engagementportal.checks.Rule;
import org.engagementportal.checks.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit's cache never keeps a result the fast rules of today did not make. */
class AuditCacheTest {
    @TempDir
    Path dir;
    Path site;
    List<String> pages;
    final Pa11yConfig config = Pa11yConfig.standard();

    @BeforeEach
    void twoPages() throws IOException {
        site = dir.resolve("public");
        for (String page : List.of("about", "contact-us")) {
            Files.createDirectories(site.resolve(page));
            Files.writeString(site.resolve(page + "/index.html"), AuditFastRulesTest.PAGE);
        }
        pages = Audit.pages(site);
        assertEquals(List.of("/about/", "/contact-us/"), pages);
    }

    @Test
    void aResultCachedUnderAnotherRulesVersionIsNotUsed() {
        Map<String, String> then = Audit.hashes(site, pages, config, "fast-rules-0123456789abcdef");
        Map<String, String> now = Audit.hashes(site, pages, config, FastRules.VERSION);
        Issue vague = Audit.fastRules("/about/", AuditFastRulesTest.PAGE, Pa11yConfig.DEFAULTS).get(0);
        Map<String, Audit.Cached> cache = new TreeMap<>();
        cache.put("/about/", new Audit.Cached(then.get("/about/"), List.of(vague)));
        cache.put("/contact-us/", new Audit.Cached(now.get("/contact-us/"), List.of(vague)));
        Path file = dir.resolve("audit-report/cache.json");
        Audit.writeCache(file, cache);

        Map<String, Audit.Cached> kept = Audit.stillValid(Audit.readCache(file), now);
        assertEquals(List.of("/contact-us/"), List.copyOf(kept.keySet()), "only the page checked by today's rules keeps its result");
        assertEquals(List.of(vague), kept.get("/contact-us/").issues());
        assertEquals(List.of("/about/"), List.copyOf(Audit.stillValid(Audit.readCache(file), then).keySet()),
                "with the rules of then it is the other way round");
    }

    @Test
    void aRuleAddedToTheFastRulesChangesEveryPagesHash() {
        List<Rule> more = new ArrayList<>(FastRules.ALL);
        more.add(new Rule() {
            public String id() {
                return "landmark";
            }

            public String criterion() {
                return "1.3.1 Info and Relationships";
            }

            public String why() {
                return "Landmarks let people jump to the part of the page they want.";
            }

            public Scope scope() {
                return Scope.WHOLE_PAGE;
            }

            public int version() {
                return 1;
            }

            public List<Finding> check(PageUnderTest page) {
                return List.of();
            }
        });
        Map<String, String> now = Audit.hashes(site, pages, config, FastRules.VERSION);
        Map<String, String> added = Audit.hashes(site, pages, config, FastRules.version(more));
        for (String page : pages) {
            assertNotEquals(now.get(page), added.get(page), page);
        }
        assertEquals(now, Audit.hashes(site, pages, config, FastRules.version(FastRules.ALL)), "the same rules, the same hashes");
    }
}
