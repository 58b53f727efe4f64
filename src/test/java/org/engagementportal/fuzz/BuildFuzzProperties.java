package org.engagementportal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * The loader and the whole build under hostile content: a page in any folder with careless or hostile
 * front matter and text, and a file beside it. Every run ends in success or a content error (exit 0 or
 * 1, never a crash), writes nothing outside the output folder, and what it publishes, pages and feed
 * entries alike, has no script, event handler, inline style or refused address.
 */
class BuildFuzzProperties {
    static final String NOW = "2026-03-01T09:00";

    /**
     * A site: the page's folder and type-specific front matter, then common fields, then text; a file beside
     * it; and, for hostile sites, a data file of its own.
     */
    record HostileSite(String folder, String frontMatter, String body, String fileName, String fileText, String dataFile,
                       String dataText) {
    }

    /** Fields of the folder's type, each {@code %s} an address, careless or hostile. */
    private static final Map<String, List<String>> TYPED = Map.of(
            "", List.of("", "aliases: [%v]\n"),
            "news/", List.of("", "type: %v\n"),
            "consultations/", List.of("respond:\n  online: %s\nopens: 2026-02-01T09:00\ncloses: 2026-05-01T17:00\n",
                    "respond:\n  email: a@b.example\n  events: [%v]\nopens: 2026-02-01T09:00\ncloses: 2026-05-01T17:00\n",
                    "respond:\n  email: a@b.example\nopens: 2026-02-01T09:00\ncloses: 2026-05-01T17:00\ndocuments:\n  - title: Plan\n    file: %v\n"),
            "events/", List.of("starts: 2026-03-10T10:00\nonline: %s\nbooking: %s\n", "starts: 2026-03-10T10:00\nvenue: %v\n"),
            "governing-body/", List.of("starts: 2026-03-12T10:00\nvenue: Hall\nminutes:\n  page: %s\n  approved: 2026-03-20\n",
                    "starts: 2026-03-12T10:00\nonline: %s\nagenda:\n  - number: 1\n    title: %v\n"),
            "bulletins/weekly/", List.of("date: 2026-02-20\n", "date: %v\n"));

    /**
     * Half the sites are hostile through and through (most end in content errors: the test is that they end
     * in nothing worse), half are careless: HTML and addresses the portal removes or allows, so they are
     * published and the published pages can be checked.
     */
    /** Valid fields of the folder's type, with text a careless or mischievous writer might put in them. */
    private static final Map<String, List<String>> CARELESS = Map.of(
            "", List.of("", "aliases: [/old-page/]\n"),
            "news/", List.of("", "owner: \"<b onclick=alert(1)>Comms</b>\"\n"),
            "consultations/", List.of("respond:\n  online: \"https://forms.example.org/?a=1&b=<script>\"\nopens: 2026-02-01T09:00\n"
                    + "closes: 2026-05-01T17:00\n", "respond:\n  email: a@b.example\n  post: \"<script>alert(1)</script>\"\n"
                    + "opens: 2026-02-01T09:00\ncloses: 2026-05-01T17:00\n"),
            "events/", List.of("starts: 2026-03-10T10:00\nonline: \"https://meet.example.org/j/1?x=\\\"><script>\"\n",
                    "starts: 2026-03-10T10:00\nvenue:\n  name: \"<img src=x onerror=alert(1)>\"\n  address: \"1 High St\"\n"),
            "governing-body/", List.of("starts: 2026-03-12T10:00\nvenue: Hall\nminutes:\n  page: /a/\n  approved: 2026-03-20\n",
                    "starts: 2026-03-12T10:00\nvenue: Hall\nagenda:\n  - number: 1\n    title: \"<script>alert(1)</script>\"\n"),
            "bulletins/weekly/", List.of("date: 2026-02-20\n"));

    @Provide
    Arbitrary<HostileSite> sites() {
        return Arbitraries.oneOf(sites(true), sites(false));
    }

    private static Arbitrary<HostileSite> sites(boolean hostile) {
        Arbitrary<String> address = (hostile ? Arbitraries.oneOf(Hostile.anyAddress(), Hostile.safeAddress()) : Hostile.safeAddress())
                .map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"");
        Arbitrary<String[]> typed = !hostile ? Arbitraries.of(CARELESS.keySet()).flatMap(folder -> Arbitraries.of(CARELESS.get(folder))
                .map(form -> new String[] {folder, form}))
                : Arbitraries.of(TYPED.keySet()).flatMap(folder -> Combinators.combine(Arbitraries.of(TYPED.get(folder)), address,
                        Hostile.yamlValue()).as((form, a, v) -> new String[] {folder, form.replace("%s", a).replace("%v", v)}));
        Arbitrary<String> common = !hostile ? Arbitraries.of("", "owner: <script>alert(1)</script>\n", "topics: [dentistry]\n")
                : Arbitraries.oneOf(Arbitraries.just(""), Combinators.combine(
                Arbitraries.of(Hostile.FRONT_MATTER_KEYS), Hostile.yamlValue()).as((k, v) -> k + ": " + v + "\n")
                .list().ofMaxSize(3).map(l -> String.join("", l)));
        Arbitrary<String> title = hostile ? Arbitraries.of("title: Dental care\nsummary: Tell us.\n", "summary: no title\n",
                "title: [a\nsummary: x\n", "title: \"<script>alert(1)</script>\"\nsummary: \"\\\"><img src=x onerror=alert(1)>\"\n")
                : Arbitraries.of("title: Dental care\nsummary: Tell us.\n",
                "title: \"<script>alert(1)</script>\"\nsummary: \"\\\"><img src=x onerror=alert(1)>\"\n");
        // A file beside the page: mostly ones that publish (an SVG with script is made safe), some that must not.
        Arbitrary<String[]> file = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(new String[] {"plan.pdf", "%PDF-1.4\n"}, new String[] {"data.csv", "a,b\n1,2\n"},
                        new String[] {"map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script>"
                                + "<a href=\"javascript:alert(3)\"><rect width=\"1\" height=\"1\" style=\"fill:url(https://e.example/x)\"/></a></svg>"})),
                net.jqwik.api.Tuple.of(hostile ? 3 : 0, Combinators.combine(Arbitraries.of("evil.html", "x.js", "photo.png", "calendar.ics", "we#ird.pdf",
                        "feed.xml", "index.md.bak", "notes.md", "map.svg"), Arbitraries.of("<script>alert(1)</script>",
                        "BEGIN:VCALENDAR\nEND:VCALENDAR\n", "---\ntitle: x\n---\n", "", "<svg><script>"))
                        .as((n, t) -> new String[] {n, t})));
        Arbitrary<String> body = hostile ? Arbitraries.oneOf(Hostile.markdown(), Hostile.publishable()) : Hostile.publishable();
        Arbitrary<String[]> data = !hostile ? Arbitraries.just(new String[] {"", ""}) : Arbitraries.oneOf(
                Arbitraries.just(new String[] {"", ""}),
                Hostile.yamlValue().map(v -> new String[] {"committees.yml", "- id: governing-body\n  name: GB\n- id: " + v + "\n  name: x\n"}),
                Arbitraries.of("events", "topics", "assets", "get-updates", "Board", "a/b").map(id ->
                        new String[] {"committees.yml", "- id: governing-body\n  name: GB\n- id: " + id + "\n  name: x\n"}),
                Hostile.yamlValue().map(v -> new String[] {"glossary.yml", "- term: ICB\n  meaning: " + v + "\n"}),
                Hostile.yamlValue().map(v -> new String[] {"topics.yml", "- id: dentistry\n  name: " + v + "\n"}),
                Hostile.yamlValue().map(v -> new String[] {"site.yml", TestSite.SITE_YML + "limits:\n  file_size: " + v + "\n"}),
                Hostile.anyAddress().map(a -> new String[] {"site.yml", TestSite.SITE_YML.replace("https://engage.testshire.example/",
                        "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"")}));
        return Combinators.combine(typed, title, common, body, file, data)
                .as((t, ti, c, b, f, d) -> new HostileSite(t[0], ti + t[1] + c, b, f[0], f[1], d[0], d[1]));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void anyContentEndsInASafeSiteOrAContentError(@ForAll("sites") HostileSite site) throws IOException {
        Path dir = Files.createTempDirectory("portal-fuzz-");
        try {
            Path root = dir.resolve("site");
            TestSite.write(root, new java.util.HashMap<>(Map.of(
                    "content/index.md", "---\ntitle: Home\nsummary: Welcome.\n---\nHello.\n",
                    "content/a.md", "---\ntitle: A page\nsummary: Linked to.\n---\nText.\n",
                    "content/" + site.folder() + "page.md", "---\n" + site.frontMatter() + "---\n" + site.body(),
                    "content/" + site.folder() + site.fileName(), site.fileText())));
            if (!site.dataFile().isEmpty()) {
                TestSite.writeBytes(root.resolve("content/_data/" + site.dataFile()), site.dataText().getBytes(StandardCharsets.UTF_8));
            }
            Path out = dir.resolve("out");
            Portal.Run run = Portal.run("build", "--source", root.toString(), "--out", out.toString(), "--now", NOW, "-q");
            assertNotEquals(3, run.exit(), "a crash:\n" + run.all());
            Statistics.label("outcome").collect(run.exit() == 0 ? "published" : "content error");
            // Enough of the sites must publish for the checks of published pages to mean something.
            Statistics.label("outcome").coverage(c -> c.check("published").percentage(p -> p >= 10));
            try (Stream<Path> made = Files.list(dir)) {
                List<String> names = made.map(p -> p.getFileName().toString()).sorted().toList();
                assertEquals(run.exit() == 0 ? List.of("out", "site") : List.of("site"), names, "nothing outside the output folder");
            }
            if (run.exit() == 0) {
                assertPublishedSiteIsSafe(out);
            } else {
                assertEquals(1, run.exit(), run.all());
            }
        } finally {
            TestSite.delete(dir);
        }
    }

    static void assertPublishedSiteIsSafe(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".html")) {
                    SafeHtml.assertSafe(Files.readString(file, StandardCharsets.UTF_8), false, out.relativize(file).toString());
                } else if (name.equals("feed.xml") || name.equals("atom.xml")) {
                    // What feed readers read as HTML: RSS descriptions and content, Atom content and summaries of type html.
                    var feed = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
                    for (var entry : feed.select("description, content|encoded, content[type=html], summary[type=html]")) {
                        SafeHtml.assertSafe(entry.text(), true, "an entry of " + out.relativize(file));
                    }
                } else if (name.equals("feed.json")) {
                    Map<String, Object> feed = new org.openqa.selenium.json.Json().toType(Files.readString(file, StandardCharsets.UTF_8),
                            org.openqa.selenium.json.Json.MAP_TYPE);
                    for (Object item : (List<?>) feed.get("items")) {
                        SafeHtml.assertSafe(String.valueOf(((Map<?, ?>) item).get("content_html")), true, "an item of " + out.relativize(file));
                    }
                } else if (name.endsWith(".svg")) {
                    String svg = Files.readString(file, StandardCharsets.UTF_8);
                    if (svg.contains("<script") || svg.contains("onload") || svg.contains("javascript:")) {
                        throw new AssertionError("unsafe SVG published: " + svg);
                    }
                }
            }
        }
    }

}
