package org.engagementportal.checks;

import org.engagementportal.content.Wcag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The known-barrier pages (src/test/resources/barriers/, one barrier to a page, see its README): each page's barrier
 * is found by its rule and by no other, and the control page, made of near-misses, is found by none.
 */
class BarrierPagesTest {
    static final Path BARRIERS = Path.of("src/test/resources/barriers");
    /** The first eleven rules, whose passing and failing markup is in {@link FastRulesTest}. */
    static final Set<String> FIRST = Set.of("page-language", "page-title", "one-main-heading", "heading-order", "image-alt",
            "link-purpose", "button-name", "duplicate-id", "table-headers", "form-label", "document-link");

    /**
     * The pages of the portal's own barriers but for the browser rules' (checked in the browser, BarriersIT): listed from
     * the folder, not from {@link FastRules#ALL}, so that a rule dropped from the build leaves its page here, found by nothing.
     */
    static Stream<Path> portalBarriers() throws IOException {
        try (Stream<Path> list = Files.list(BARRIERS)) {
            Set<String> browser = new TreeSet<>();
            org.engagementportal.audit.BrowserRules.ALL.forEach(r -> browser.add("portal." + r.id()));
            return list.filter(d -> {
                String code = barrier(d).split(" ")[0];
                return code.startsWith("portal.") && !browser.contains(code);
            }).sorted().toList().stream();
        }
    }

    static String barrier(Path folder) {
        Path page = folder.resolve("index.html");
        if (!Files.isRegularFile(page)) {
            return "";
        }
        try {
            return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).select("meta[name=barrier]").attr("content");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> found(Path page) throws IOException {
        PageUnderTest p = FastRules.page("/" + page.getParent().getFileName() + "/", Files.readString(page, StandardCharsets.UTF_8));
        List<String> out = new ArrayList<>();
        for (Rule rule : FastRules.ALL) {
            rule.check(p).forEach(f -> out.add("portal." + f.rule() + ": " + f.message()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("portalBarriers")
    void eachBarrierIsFoundByItsRuleAndNoOther(Path folder) throws IOException {
        List<String> found = found(folder.resolve("index.html"));
        String code = barrier(folder).split(" ")[0];
        assertFalse(found.isEmpty(), code + " found nothing");
        assertTrue(found.stream().allMatch(f -> f.startsWith(code + ": ")), code + " page: " + found);
    }

    @Test
    void theControlPageAndTheIndexHaveNoBarriers() throws IOException {
        assertEquals(List.of(), found(BARRIERS.resolve("clean/index.html")));
        assertEquals(List.of(), found(BARRIERS.resolve("index.html")));
    }

    @Test
    void everyRuleHasABarrierPageAndANearMissOnTheControlPage() throws IOException {
        String clean = Files.readString(BARRIERS.resolve("clean/index.html"), StandardCharsets.UTF_8);
        Set<String> nearMisses = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<!-- near-miss: ([^>]*) -->").matcher(clean);
        while (m.find()) {
            for (String id : m.group(1).split(",\\s*")) {
                nearMisses.add(id);
            }
        }
        Set<String> barriers = new TreeSet<>();
        for (Path d : portalBarriers().toList()) {
            barriers.add(barrier(d).split(" ")[0].substring("portal.".length()));
        }
        List<String> missing = new ArrayList<>();
        for (Rule rule : FastRules.ALL) {
            if (FIRST.contains(rule.id())) {
                continue;
            }
            if (!barriers.contains(rule.id())) {
                missing.add(rule.id() + " has no barrier page");
            }
            if (!nearMisses.contains(rule.id())) {
                missing.add(rule.id() + " has no near-miss on the control page");
            }
        }
        assertEquals(List.of(), missing);
        Set<String> fast = new TreeSet<>();
        FastRules.ALL.forEach(r -> fast.add(r.id()));
        assertEquals(Set.of(), barriers.stream().filter(b -> !fast.contains(b)).collect(java.util.stream.Collectors.toSet()),
                "a barrier page for a rule the build no longer has");
        assertEquals(FastRules.ALL.size(), FIRST.size() + barriers.size(), "one page for each new rule, no page for a rule that is gone");
    }

    @Test
    void eachRuleSaysWhyItMattersAndItsCriterionHasALevel() {
        for (Rule rule : FastRules.ALL) {
            assertTrue(rule.why().length() > 40, rule.id() + ": " + rule.why());
            assertTrue(rule.criterion().equals(Wcag.BEST_PRACTICE) || Set.of("A", "AA", "AAA").contains(Wcag.level(rule.criterion())),
                    rule.id());
            assertTrue(rule.failure().isEmpty() || rule.failure().matches("F\\d+"), rule.id() + " " + rule.failure());
        }
    }
}
