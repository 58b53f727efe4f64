package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.engagementportal.testing.Portal;
import org.engagementportal.testing.TestSite;
import org.engagementportal.testing.TextSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a page tells social media and search engines about itself: Open Graph and Twitter card tags on every page,
 * the site's picture with its alternative text from site.yml, and schema.org JSON-LD (an Event for each event and
 * meeting, a GovernmentOrganization for the body on the home page), read with a real JSON parser.
 */
class ShareMetadataTest {
    static final String BASE = "https://engage.northshire-icb.example/";

    /** A JSON value read by a real parser (Selenium's), walked by name: {@code node.get("location").text()}. */
    record JsonNode(Object value) {
        JsonNode get(String key) {
            Object v = value instanceof java.util.Map<?, ?> m ? m.get(key) : null;
            return v == null ? null : new JsonNode(v);
        }

        String asText() {
            return String.valueOf(value);
        }

        boolean isArray() {
            return value instanceof List<?>;
        }

        void forEach(java.util.function.Consumer<JsonNode> each) {
            ((List<?>) value).forEach(v -> each.accept(new JsonNode(v)));
        }
    }

    static JsonNode parse(String text) {
        return new JsonNode(new org.openqa.selenium.json.Json().toType(text, Object.class));
    }

    @TempDir
    static Path out;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildExample() {
        Portal.buildExample(out);
    }

    static List<Path> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.getFileName().toString().equals("index.html")).sorted().toList();
        }
    }

    static Document page(String sitePath) {
        return Jsoup.parse(TestSite.read(out.resolve(sitePath.substring(1) + "index.html")));
    }

    static String meta(Document doc, String key) {
        Element m = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        assertNotNull(m, "no " + key + " in " + doc.title());
        return m.attr("content");
    }

    @Test
    void everyPageHasOpenGraphAndTwitterCardTags() throws IOException {
        List<Path> pages = pages();
        assertTrue(pages.size() > 100, "the example portal's pages: " + pages.size());
        java.util.Set<String> locales = new java.util.TreeSet<>();
        for (Path file : pages) {
            Document doc = Jsoup.parse(TestSite.read(file));
            String where = out.relativize(file).toString();
            if (doc.selectFirst("meta[http-equiv=refresh]") != null) {
                continue; // the redirect from an old address, which no one shares
            }
            String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
            assertEquals(canonical, meta(doc, "og:url"), where);
            assertTrue(canonical.startsWith(BASE), where + ": " + canonical);
            // Search engines read hreflang and other versions only by absolute address.
            for (Element alternate : doc.select("head link[rel=alternate]")) {
                assertTrue(alternate.attr("href").startsWith(BASE), where + ": " + alternate);
            }
            assertEquals(doc.selectFirst("meta[name=description]").attr("content"), meta(doc, "og:description"), where);
            // The page's own title, without the site's name (which is og:site_name); the home page's is its heading.
            assertTrue(where.equals("index.html") ? doc.selectFirst("h1").text().equals(meta(doc, "og:title"))
                    : doc.title().equals(meta(doc, "og:title") + " - NHS Northshire Integrated Care Board"), where + ": " + meta(doc, "og:title"));
            assertEquals("NHS Northshire Integrated Care Board", meta(doc, "og:site_name"), where);
            assertEquals(where.equals("index.html") ? "website" : "article", meta(doc, "og:type"), where);
            assertEquals(BASE + "pictures/share.png", meta(doc, "og:image"), where);
            assertEquals("The NHS logo and the words: Northshire Integrated Care Board, have your say on local health services.",
                    meta(doc, "og:image:alt"), where);
            assertEquals("summary_large_image", meta(doc, "twitter:card"), where);
            assertEquals(meta(doc, "og:image:alt"), meta(doc, "twitter:image:alt"), where);
            assertEquals(meta(doc, "og:title"), meta(doc, "twitter:title"), where);
            // Open Graph reads a locale as language and territory only ("pl_PL", not "pl"), of the page's own language.
            String locale = meta(doc, "og:locale");
            assertTrue(locale.matches("[a-z]{2,3}_[A-Z]{2}"), where + ": " + locale);
            assertEquals(doc.selectFirst("html").attr("lang").replaceFirst("-.*", ""), locale.substring(0, locale.indexOf('_')), where);
            locales.add(locale);
        }
        assertTrue(locales.size() > 2, "the example's translations have their own: " + locales);
        assertTrue(Files.isRegularFile(out.resolve("pictures/share.png")), "the picture is published");
    }

    /** Each page's JSON-LD blocks, parsed. */
    static List<JsonNode> jsonLd(Document doc) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            assertTrue(s.parents().stream().anyMatch(p -> p.normalName().equals("head")), "in the head");
            out.add(parse(s.data()));
        }
        return out;
    }

    @Test
    void everyEventAndMeetingIsASchemaOrgEvent() throws IOException {
        int events = 0;
        for (String section : List.of("events", "governing-body", "primary-care-commissioning")) {
            try (Stream<Path> files = Files.list(TestSite.PROJECT.resolve("content").resolve(section))) {
                for (Path md : files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md")
                        && !p.getFileName().toString().matches(".*\\.[a-z-]+\\.md")).sorted().toList()) {
                    String slug = md.getFileName().toString().replace(".md", "");
                    String path = "/" + section + "/" + slug + "/";
                    Document doc = page(path);
                    List<JsonNode> data = jsonLd(doc);
                    assertEquals(1, data.size(), path);
                    JsonNode e = data.get(0);
                    assertEquals("https://schema.org", e.get("@context").asText());
                    assertEquals("Event", e.get("@type").asText(), path);
                    if (e.get("eventStatus") != null && e.get("eventStatus").asText().endsWith("EventCancelled")) {
                        // Its name stays its name, as search engines ask; its shared title and description say it is off.
                        assertEquals("Cancelled: " + e.get("name").asText(), meta(doc, "og:title"), path);
                        assertTrue(meta(doc, "og:description").startsWith("Cancelled on "), path);
                    } else {
                        assertEquals(meta(doc, "og:title"), e.get("name").asText(), path);
                        assertEquals(meta(doc, "og:description"), e.get("description").asText(), path);
                    }
                    assertEquals(BASE + path.substring(1), e.get("url").asText(), path);
                    String text = TestSite.read(md);
                    String starts = text.replaceAll("(?s).*\\nstarts: (\\S+).*", "$1");
                    assertTrue(e.get("startDate").asText().startsWith(starts + ":00"), path + " starts " + starts + ", "
                            + e.get("startDate"));
                    assertTrue(e.get("startDate").asText().matches(".*[+-]\\d\\d:\\d\\d"), "with its offset from UTC");
                    if (text.contains("\nends: ")) {
                        String ends = text.replaceAll("(?s).*\\nends: (\\S+).*", "$1");
                        assertTrue(e.get("endDate").asText().startsWith(ends + ":00"), path);
                    }
                    assertEquals("GovernmentOrganization", e.get("organizer").get("@type").asText());
                    assertEquals("NHS Northshire Integrated Care Board", e.get("organizer").get("name").asText());
                    List<JsonNode> locations = new ArrayList<>();
                    JsonNode location = e.get("location");
                    assertNotNull(location, path + " says where it is");
                    if (location.isArray()) {
                        location.forEach(locations::add);
                    } else {
                        locations.add(location);
                    }
                    boolean online = text.contains("\nonline: ");
                    boolean venue = text.contains("\nvenue:");
                    assertEquals(online, locations.stream().anyMatch(l -> l.get("@type").asText().equals("VirtualLocation")), path);
                    assertEquals(venue, locations.stream().anyMatch(l -> l.get("@type").asText().equals("Place")), path);
                    String mode = venue && online ? "Mixed" : online ? "Online" : "Offline";
                    assertEquals("https://schema.org/" + mode + "EventAttendanceMode", e.get("eventAttendanceMode").asText(), path);
                    events++;
                }
            }
        }
        assertTrue(events >= 15, "events and meetings checked: " + events);
    }

    @Test
    void anEventsAccessArrangementsAreItsVenuesFeatures() throws IOException {
        JsonNode e = jsonLd(page("/events/kingsmere-drop-in/")).get(0);
        JsonNode place = e.get("location");
        assertEquals("Kingsmere Library", place.get("name").asText());
        assertEquals("Abbey Walk, Kingsmere, NS5 6JG", place.get("address").get("streetAddress").asText());
        List<String> features = new ArrayList<>();
        place.get("amenityFeature").forEach(f -> features.add(f.get("name").asText() + "=" + f.get("value").asText()));
        assertEquals(List.of("Step-free access=true", "Hearing loop=true", "Accessible toilet=true",
                "Access=Step-free entrance. Hearing loop at the front desk and in the meeting room. Accessible toilet."), features);
    }

    @Test
    void theHomePageDescribesTheBodyAsAGovernmentOrganization() throws IOException {
        List<JsonNode> data = jsonLd(page("/"));
        assertEquals(1, data.size());
        JsonNode org = data.get(0);
        assertEquals("GovernmentOrganization", org.get("@type").asText());
        assertEquals("NHS Northshire Integrated Care Board", org.get("name").asText());
        assertEquals(BASE, org.get("url").asText());
        assertEquals("engagement@northshire-icb.example", org.get("email").asText());
        assertEquals("01632 960 100", org.get("telephone").asText());
        assertTrue(org.get("address").get("streetAddress").asText().contains("Riverside House, 14 Mill Lane, Eastbrook"));
        assertEquals(BASE + "pictures/share.png", org.get("image").asText());
        assertTrue(jsonLd(page("/about/")).isEmpty(), "a plain page has no schema.org data");
    }

    @Test
    void contentCannotCloseTheDataBlockOrStartScript() throws IOException {
        TextSite.Built built = TextSite.write(dir.resolve("site"), """
                -- content/events/fair.md --
                ---
                title: "Fair </script><script>alert(1)</script> & <!-- more"
                summary: "A fair ]]> </SCRIPT > with <b>tags</b>."
                starts: 2026-12-10T12:00
                venue:
                  name: "Hall </script>"
                ---
                A fair.
                """).build(dir.resolve("out"), "2026-11-23T09:00").succeeded();
        String html = built.file("/events/fair/").text();
        Document doc = Jsoup.parse(html);
        assertEquals(1, doc.select("script").size(), "one element, the data block: " + doc.select("script"));
        String data = doc.selectFirst("script").data();
        assertFalse(data.contains("<") || data.contains(">") || data.contains("&"), data);
        assertTrue(data.contains("\\u003c/script\\u003e"), data);
        JsonNode e = parse(data);
        assertEquals("Fair </script><script>alert(1)</script> & <!-- more", e.get("name").asText(), "the title as written");
        assertEquals("A fair ]]> </SCRIPT > with <b>tags</b>.", e.get("description").asText());
        assertEquals("Hall </script>", e.get("location").get("name").asText());
    }

    @Test
    void withoutAPictureInSiteYmlTheCardIsASummary() {
        TextSite.Built built = TextSite.write(dir.resolve("site"), """
                -- content/about.md --
                ---
                title: About us
                summary: Who we are.
                ---
                We plan health services.
                """).build(dir.resolve("out"), "2026-11-23T09:00").succeeded();
        Document about = built.page("/about/");
        assertEquals("summary", meta(about, "twitter:card"));
        assertTrue(about.select("meta[property=og:image]").isEmpty());
    }

    /** A small site whose share picture is {@code file}, and a page. */
    private static String withImage(String file) {
        return "-- content/_data/site.yml --\n" + TestSite.SITE_YML + """
                image:
                  file: %s
                  alt: "Our logo."
                -- content/about.md --
                ---
                title: About us
                summary: Who we are.
                ---
                We plan health services.
                """.formatted(file);
    }

    @Test
    void aPictureThatIsMissingOrNotPngOrJpegIsAnErrorAtItsLine() {
        String site = withImage("/pictures/share.png");
        TextSite.write(dir.resolve("site"), site).build(dir.resolve("out"), "2026-11-23T09:00")
                .failedWith("content/_data/site.yml:9:9: error: there is no picture at content/pictures/share.png.");
        TextSite.write(dir.resolve("site2"), site.replace("share.png", "logo.svg")).build(dir.resolve("out2"), "2026-11-23T09:00")
                .failedWith("content/_data/site.yml:9:9: error: 'file' must be a PNG or JPEG picture");
    }

    @Test
    void aPictureInAFolderThatIsNotPublishedOrOutsideTheSiteIsAnErrorAndOneWithoutItsSlashIsFound() throws java.io.IOException {
        // og:image named /_images/share.png, which is never published, and /../secret.png, outside the site; and a file
        // written without its / was "no picture at contentpictures/share.png".
        String site = withImage("/_images/share.png");
        byte[] png = Files.readAllBytes(TestSite.PROJECT.resolve("content/pictures/share.png")); // a real picture
        TextSite hidden = TextSite.write(dir.resolve("site"), site);
        TestSite.writeBytes(hidden.root().resolve("content/_images/share.png"), png);
        hidden.build(dir.resolve("out"), "2026-11-23T09:00").failedWith("content/_data/site.yml:9:9: error: the picture "
                + "/_images/share.png is in a folder the site does not publish ('_images': names starting with _ or . are left out)");
        TextSite outside = TextSite.write(dir.resolve("site2"), site.replace("/_images/share.png", "/../share.png"));
        TestSite.writeBytes(outside.root().resolve("share.png"), png);
        outside.build(dir.resolve("out2"), "2026-11-23T09:00").failedWith("content/_data/site.yml:9:9: error: the picture "
                + "/../share.png is named by a way round ('..') that leads out of the site's files");
        TextSite slashless = TextSite.write(dir.resolve("site3"), site.replace("/_images/share.png", "pictures/share.png"));
        TestSite.writeBytes(slashless.root().resolve("content/pictures/share.png"), png);
        org.jsoup.nodes.Document about = slashless.build(dir.resolve("out3"), "2026-11-23T09:00").succeeded().page("/about/");
        assertEquals("https://engage.testshire.example/pictures/share.png", about.selectFirst("meta[property=og:image]").attr("content"));
    }

    /** Found in a hunt: a 10 by 10 picture, which no network shows on a large card, and an alt that is its file name, passed. */
    @Test
    void aPictureTooSmallToShowOrDescribedByItsFileNameIsWarnedAbout() throws java.io.IOException {
        for (String format : new String[] {"png", "jpg"}) {
            java.awt.image.BufferedImage small = new java.awt.image.BufferedImage(120, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(small, format, bytes);
            TextSite site = TextSite.write(dir.resolve("small-" + format), withImage("/pictures/share." + format)
                    .replace("alt: \"Our logo.\"", "alt: share." + format));
            TestSite.writeBytes(site.root().resolve("content/pictures/share." + format), bytes.toByteArray());
            site.build(dir.resolve("out-" + format), "2026-11-23T09:00").warned(
                    "content/_data/site.yml:9:9: warning: the picture /pictures/share." + format + " is 120 by 80 pixels; social media "
                            + "sites show no picture smaller than about 300 by 157",
                    "content/_data/site.yml:10:8: warning: the picture's description is its file name, \"share." + format + "\"");
        }
        TextSite right = TextSite.write(dir.resolve("right"), withImage("/pictures/share.png"));
        TestSite.writeBytes(right.root().resolve("content/pictures/share.png"),
                Files.readAllBytes(TestSite.PROJECT.resolve("content/pictures/share.png"))); // 1200 by 630
        org.junit.jupiter.api.Assertions.assertFalse(right.build(dir.resolve("out-right"), "2026-11-23T09:00").succeeded().printed()
                .contains("site.yml"), "a picture of the right size, described");
    }
}
