package org.engagementportal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.engagementportal.source.Json;
import org.engagementportal.testing.HtmlValidator;
import org.engagementportal.testing.TextSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * "You said, we did" by financial year and the open data, from a site whose totals were counted by hand (below), built
 * at 9am on 1 May 2027, when 2026-27 is over.
 *
 * <p>Closed in 2026-27: A (consultation, closed 10 May 2026), D (focus group, 17 June), E (outreach, to 24 July) and C
 * (consultation, closed 30 September). Rungs: inform 1 (C), consult 2 (A, E), involve 1 (D). Stages: assess 3 (C, D,
 * E), design 1 (A). People: 150 (A) + 30 (C) + 11 (D) + 38 (E) = 229. Groups: carers 2 (A, D), parents 1 (A), young
 * carers 1 (D), Gypsy, Roma and Traveller 1 (E), learning disability 0: 4 of 5 reached. Responses: online 100, paper 16,
 * email 30 (C), phone 4, other 30. Outcomes: A on time (16 July, due 2 August), C late (20 January, due 23 December).
 * B closed in 2025-26 (20 March 2026), F in 2027-28 (10 April 2027); G is still to come.
 */
class YouSaidWeDidTest {
    static final String NOW = "2027-05-01T09:00";

    static final String SITE = """
            -- content/governing-body/2026-07-16.md --
            ---
            title: Governing Body meeting, July 2026
            summary: Meeting in public.
            starts: 2026-07-16T10:00
            venue: Eastbrook Civic Centre
            agenda:
              - number: "6"
                title: Dental clinics – decision
            ---
            -- content/consultations/a-dental.md --
            ---
            title: A dental clinics
            summary: Where should dental clinics be?
            opens: 2026-02-02T09:00
            closes: 2026-05-10
            formal: true
            eia:
              not_needed: Opening hours only.
            engagement: consult
            stage: design
            groups: [carers, parents]
            feedback:
              date: 2026-06-01
              body: You said **evenings** matter.
            outcome:
              date: 2026-07-16
              body: We open until 8pm.
            decision:
              meeting: governing-body/2026-07-16
              item: "6"
            responses:
              total: 150
              online: 100
              paper: 16
              phone: 4
              other: 30
            ---
            Text.
            -- content/consultations/b-old.md --
            ---
            title: B old survey
            summary: Last year's.
            opens: 2026-01-05T09:00
            closes: 2026-03-20
            engagement: involve
            stage: plan
            ---
            Text.
            -- content/consultations/c-late.md --
            ---
            title: C pharmacy hours
            summary: When should pharmacies open?
            opens: 2026-08-03T09:00
            closes: 2026-09-30
            engagement: inform
            stage: assess
            responses:
              total: 30
              email: 30
            outcome:
              date: 2027-01-20
              body: "Pharmacies open later, with \\"quotes\\", commas, and\\nline breaks."
            decision:
              meeting: governing-body/2027-01-14
              item: "3"
            ---
            Text.
            -- content/governing-body/2027-01-14.md --
            ---
            title: Governing Body meeting, January 2027
            summary: Meeting in public.
            starts: 2027-01-14T10:00
            venue: Eastbrook Civic Centre
            agenda:
              - number: "3"
                title: Pharmacy opening hours – decision
            ---
            -- content/engagement/d-young-carers.md --
            ---
            title: D young carers
            summary: Young carers told us about appointments.
            date: 2026-06-17
            activity: focus-group
            engagement: involve
            stage: assess
            reached: [young-carers, carers]
            people: 11
            heard: You said school hours clash.
            did:
              date: 2026-09-15
              body: Practices offer after-school times.
            ---
            -- content/engagement/e-travellers.md --
            ---
            title: E travellers
            summary: Families told us about registering.
            starts: 2026-07-06
            ends: 2026-07-24
            activity: outreach
            engagement: consult
            stage: assess
            reached: [gypsy-roma-traveller]
            people: 38
            ---
            -- content/engagement/f-next-year.md --
            ---
            title: F next year
            summary: A stall.
            date: 2027-04-10
            activity: stall
            engagement: inform
            stage: monitor
            people: 5
            ---
            -- content/engagement/g-to-come.md --
            ---
            title: G to come
            summary: Still to come.
            date: 2027-06-01
            activity: drop-in
            engagement: consult
            stage: plan
            ---
            """;

    @TempDir
    static Path dir;
    static TextSite.Built built;

    @BeforeAll
    static void build() {
        built = TextSite.write(dir.resolve("site"), SITE).build(dir.resolve("out"), NOW).succeeded();
    }

    private static List<String> rows(Element table) {
        return table.select("tbody tr").eachText();
    }

    private static Element table(Document page, String sectionId) {
        return page.getElementById(sectionId).parent().selectFirst("table");
    }

    @Test
    void theYearsAreListedNewestFirstAprilToMarch() {
        Document index = built.page("/you-said-we-did/");
        assertEquals(List.of("/you-said-we-did/2027-28/", "/you-said-we-did/2026-27/", "/you-said-we-did/2025-26/"),
                index.select(".portal-years a").eachAttr("href"));
        assertEquals(List.of("April 2027 to March 2028 (2027-28): 0 consultations and 1 engagement activity, so far",
                        "April 2026 to March 2027 (2026-27): 2 consultations and 2 engagement activities",
                        "April 2025 to March 2026 (2025-26): 1 consultation and 0 engagement activities"),
                index.select(".portal-years li").eachText());
    }

    @Test
    void theYearsTotalsAreThoseCountedByHand() {
        Document year = built.page("/you-said-we-did/2026-27/");
        assertEquals("In 2026-27, 2 consultations and 2 engagement activities closed. 229 people took part or responded where we "
                + "counted them, and we reached 4 of the 5 groups we most want to hear from.", year.selectFirst("#summary + p").text());
        assertEquals("Of the 2 consultations, 1 published the outcome on time (within 12 weeks of closing), 1 late, and 0 are overdue.",
                year.selectFirst("#summary + p + p").text());
        assertEquals(List.of("Inform 1", "Consult 2", "Involve 1", "Collaborate 0", "Devolve 0"), rows(table(year, "rungs")));
        assertEquals(List.of("Understanding what people need 3", "Planning and setting priorities 0", "Designing services 1",
                "Choosing who provides services 0", "Checking how well services work 0"), rows(table(year, "stages")));
        assertEquals(List.of("Online survey 100", "Paper questionnaire 16", "Email 30", "Phone 4", "Other ways 30"),
                rows(table(year, "channels")));
        List<String> groups = table(year, "groups").select("tbody tr").stream()
                .map(r -> r.selectFirst(".portal-group__name").text() + " " + r.select("td").last().text()).toList();
        assertEquals(List.of("Carers 2", "Parents and carers 1", "People with a learning disability 0", "Young carers 1",
                "Gypsy, Roma and Traveller communities 1"), groups);
        assertEquals("Nothing this year reached: People with a learning disability.", year.select("#groups ~ p").get(1).text());
        assertFalse(year.text().contains("This year is not over"), "2026-27 is over on 1 May 2027");
        assertTrue(built.page("/you-said-we-did/2027-28/").text().contains("This year is not over"));
    }

    @Test
    void eachItemSaysWhatWasAskedSaidDecidedAndWhetherOnTime() {
        Document year = built.page("/you-said-we-did/2026-27/");
        assertEquals(List.of("A dental clinics", "D young carers", "E travellers", "C pharmacy hours"),
                year.select(".portal-report__item h3").eachText(), "by the day each closed");
        Element a = year.selectFirst(".portal-report__item");
        List<String> keys = a.select("dt").eachText();
        List<String> values = a.select("dd").eachText();
        assertEquals(List.of("What it was", "What we asked", "People", "Decided at", "What we did, published", "Outcome on time"), keys);
        assertEquals(List.of("Formal public consultation, 2 February 2026 to 10 May 2026", "Where should dental clinics be?",
                "150 people responded", "Governing Body meeting, July 2026, item 6: Dental clinics – decision", "16 July 2026",
                "Yes: due by 2 August 2026."), values);
        assertEquals("/governing-body/2026-07-16/", a.selectFirst("dd a").attr("href"));
        assertEquals("evenings", a.selectFirst(".portal-prose strong").text(), "'you said' is rendered from Markdown");
        assertTrue(a.text().contains("We open until 8pm."));
        Element c = year.select(".portal-report__item").get(3);
        assertTrue(c.text().contains("No: it was due by 23 December 2026."), c.text());
        Element e = year.select(".portal-report__item").get(2);
        assertTrue(e.text().contains("We have not yet published what we did."), e.text());
        assertFalse(year.text().contains("B old survey") || year.text().contains("F next year") || year.text().contains("G to come"));
    }

    @Test
    void theChartsAreValidSvgDescribedInWordsWithTheSameNumbersAsTheirTables() throws Exception {
        Document year = built.page("/you-said-we-did/2026-27/");
        for (String id : List.of("rungs", "stages", "channels")) {
            Element img = year.getElementById(id).parent().selectFirst("img");
            assertEquals("/you-said-we-did/2026-27/" + id + ".svg", img.attr("src"));
            byte[] svg = built.file(img.attr("src")).text().getBytes(StandardCharsets.UTF_8);
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
            org.w3c.dom.Element root = doc.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
            assertEquals("img", root.getAttribute("role"));
            String desc = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0).getTextContent();
            assertEquals(id + "-title " + id + "-desc", root.getAttribute("aria-labelledby"));
            assertEquals("title", findById(doc, id + "-title").getLocalName(), "its name is its title element");
            // Found in review: the alternative text repeated every number the table under it gives. It sums the chart up.
            String title = year.getElementById(id).text();
            assertTrue(img.attr("alt").startsWith("Bar chart: " + title + ". The longest bar is "), img.attr("alt"));
            assertTrue(img.attr("alt").endsWith(" Every number is in the table below."), img.attr("alt"));
            long named = rows(table(year, id)).stream().map(r -> r.substring(0, r.lastIndexOf(' ')))
                    .filter(label -> img.attr("alt").contains(label + " (")).count();
            assertEquals(1, named, "one bar named, not every one: " + img.attr("alt"));
            List<String> tableRows = rows(table(year, id));
            NodeList all = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
            // The first is the chart's own white ground, the size of the picture, so a forced dark background behind it (Windows'
            // high contrast) does not leave its dark words black on black; the bars follow it.
            org.w3c.dom.Element ground = (org.w3c.dom.Element) all.item(0);
            assertEquals(List.of(root.getAttribute("width"), root.getAttribute("height"), "#ffffff"),
                    List.of(ground.getAttribute("width"), ground.getAttribute("height"), ground.getAttribute("fill")));
            List<org.w3c.dom.Node> bars = new ArrayList<>();
            for (int i = 1; i < all.getLength(); i++) {
                bars.add(all.item(i));
            }
            assertEquals(tableRows.size(), bars.size(), "one bar per row of the table");
            long max = 0;
            List<Long> values = new ArrayList<>();
            for (String row : tableRows) {
                long v = Long.parseLong(row.substring(row.lastIndexOf(' ') + 1).replace(",", ""));
                values.add(v);
                max = Math.max(max, v);
            }
            for (int i = 0; i < values.size(); i++) {
                String label = tableRows.get(i).substring(0, tableRows.get(i).lastIndexOf(' '));
                assertTrue(desc.contains(label + ", " + values.get(i)), desc + " should say " + label);
                long width = Long.parseLong(((org.w3c.dom.Element) bars.get(i)).getAttribute("width"));
                assertEquals(Math.round(values.get(i) * 290.0 / max), width, "bar " + i + " of " + id + " in proportion");
            }
            assertFalse(new String(svg, StandardCharsets.UTF_8).contains("style"), "no inline styles: the CSP forbids them");
            assertFalse(new String(svg, StandardCharsets.UTF_8).contains("<script"));
        }
    }

    private static org.w3c.dom.Element findById(org.w3c.dom.Document doc, String id) {
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        return null;
    }

    @Test
    void theYearlyPagesAreValidHtmlAndLinkToTheOpenData() {
        HtmlValidator validator = new HtmlValidator();
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/you-said-we-did/", "/you-said-we-did/2026-27/", "/you-said-we-did/2027-28/")) {
            validator.errors(built.out().resolve(path.substring(1)).resolve("index.html")).forEach(e -> problems.add(path + " " + e));
        }
        assertEquals(List.of(), problems);
        Document year = built.page("/you-said-we-did/2026-27/");
        assertEquals(List.of("/open-data/engagement.csv", "/open-data/engagement.json", "/open-data/engagement.schema.json"),
                year.select("#open-data + p + ul a").eachAttr("href"));
        assertTrue(built.file("/sitemap.xml").text().contains("/you-said-we-did/2026-27/</loc>"));
    }

    @Test
    void theLinksToTheOpenDataSayHowBigTheFilesPublishedAre() throws Exception {
        Document year = built.page("/you-said-we-did/2026-27/");
        List<String> shown = new ArrayList<>();
        List<String> published = new ArrayList<>();
        for (Element link : year.select("#open-data + p + ul a")) {
            String text = link.text();
            String brackets = text.substring(text.lastIndexOf('(') + 1, text.length() - 1); // "CSV, 15 KB", "23 KB"
            shown.add(brackets.substring(brackets.lastIndexOf(", ") + 1).strip());
            published.add(org.engagementportal.render.DocumentViews.size(
                    java.nio.file.Files.size(built.out().resolve(link.attr("href").substring(1)))));
        }
        assertEquals(3, shown.size());
        assertEquals(published, shown, "each link's size is its file's");
    }

    @Test
    void printedTheYearIsABoardPaper() {
        Document year = built.page("/you-said-we-did/2026-27/");
        assertEquals(1, year.select(".portal-report").size(), "the print rules apply to the report");
        String css = built.file(year.selectFirst("link[rel=stylesheet]").attr("href")).text();
        int print = css.indexOf("@media print{.portal-report");
        assertTrue(print >= 0, "a print stylesheet for the report");
        String rules = css.substring(print, css.indexOf("}}", print));
        for (String rule : List.of(".portal-report .portal-chart,.portal-report .portal-report__item{break-inside:avoid}",
                ".portal-report #what-closed{break-before:page}", ".portal-report a[href]::after{content:\" (\" attr(href) \")\"")) {
            assertTrue(rules.contains(rule), rule + " in " + rules);
        }
        // Found in review: A4 applied to every page printed, and "This year is not over" was hidden on paper.
        assertTrue(css.contains(".portal-report{page:portal-report}") && css.contains("@page portal-report{size:A4"),
                "A4 paper for the report only");
        assertFalse(css.contains("@page{size"), "no paper size for every page");
        assertFalse(rules.contains("nhsuk-inset-text"), "what the page says about an unfinished year is printed: " + rules);
        assertTrue(year.select("style, [style], script").isEmpty(), "no inline style or script: the CSP forbids them");
    }

    // open data

    /** RFC 4180, read strictly: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                assertEquals(0, field.length(), "a quote opens a field only at its start");
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r') {
                assertEquals('\n', text.charAt(i + 1), "records end with CRLF");
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                assertTrue(ch != '\n', "a bare line break outside quotes at " + i);
                field.append(ch);
            }
            i++;
        }
        assertFalse(quoted, "an unclosed quote");
        assertTrue(record.isEmpty() && field.length() == 0, "the file ends with CRLF");
        return records;
    }

    @Test
    void theCsvAndJsonHaveTheSameRowsAndTheSchemaDocumentsEveryColumn() {
        List<List<String>> csv = parseCsv(built.file("/open-data/engagement.csv").text());
        Map<?, ?> json = (Map<?, ?>) Json.read(built.file("/open-data/engagement.json").text());
        Map<?, ?> schema = (Map<?, ?>) Json.read(built.file("/open-data/engagement.schema.json").text());
        List<?> rows = (List<?>) json.get("rows");
        assertEquals("https://engage.testshire.example/open-data/engagement.schema.json", json.get("$schema"));
        assertEquals(7, rows.size(), "every consultation and engagement record, closed or not");
        assertEquals(rows.size() + 1, csv.size(), "a header and the same rows");
        List<String> header = csv.get(0);
        Map<?, ?> items = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) schema.get("properties")).get("rows")).get("items");
        Map<?, ?> properties = (Map<?, ?>) items.get("properties");
        assertEquals(header, List.copyOf(properties.keySet()), "the schema documents the columns in the CSV's order");
        assertEquals(header, items.get("required"));
        for (Object p : properties.values()) {
            assertFalse(((String) ((Map<?, ?>) p).get("description")).isBlank());
        }
        for (int r = 0; r < rows.size(); r++) {
            Map<?, ?> row = (Map<?, ?>) rows.get(r);
            assertEquals(header, List.copyOf(row.keySet()), "row " + r);
            for (int c = 0; c < header.size(); c++) {
                Object v = row.get(header.get(c));
                String expected = v == null ? "" : v instanceof List<?> l ? String.join("; ", l.stream().map(String::valueOf).toList())
                        : String.valueOf(v);
                assertEquals(expected, csv.get(r + 1).get(c), header.get(c) + " of row " + r);
                Map<?, ?> p = (Map<?, ?>) properties.get(header.get(c));
                Object type = p.get("type");
                List<?> types = type instanceof List<?> l ? l : List.of(type);
                boolean ok = v == null ? types.contains("null")
                        : v instanceof List<?> ? types.contains("array")
                        : v instanceof Number ? types.contains("integer")
                        : types.contains("string");
                assertTrue(ok, header.get(c) + " of row " + r + " (" + v + ") is not of its schema's type " + type);
            }
        }
        Map<?, ?> first = (Map<?, ?>) rows.get(0);
        assertEquals("B old survey", first.get("title"), "rows by the day they closed");
        Map<?, ?> late = rows.stream().map(x -> (Map<?, ?>) x).filter(x -> "C pharmacy hours".equals(x.get("title"))).findFirst().orElseThrow();
        assertEquals("no", late.get("on_time"));
        assertEquals("2026-27", late.get("financial_year"));
        // The text the page shows: the line break inside the paragraph is a space there too.
        assertEquals("Pharmacies open later, with \"quotes\", commas, and line breaks.", late.get("we_did"));
        assertEquals(30L, ((Number) late.get("responses_email")).longValue());
        Map<?, ?> d = rows.stream().map(x -> (Map<?, ?>) x).filter(x -> "D young carers".equals(x.get("title"))).findFirst().orElseThrow();
        assertEquals(List.of("young-carers", "carers"), d.get("groups"));
        assertEquals("https://engage.testshire.example/engagement/d-young-carers/", d.get("address"));
    }

    @Test
    void aSiteWithNoConsultationsOrEngagementHasNoYearlyPagesOrOpenData() {
        TextSite.Built empty = TextSite.write(dir.resolve("empty"), """
                -- content/about.md --
                ---
                title: About us
                summary: Who we are.
                ---
                Text.
                """).build(dir.resolve("empty-out"), NOW);
        assertFalse(empty.has("/you-said-we-did/index.html"));
        assertFalse(empty.has("/open-data/engagement.csv"));
    }

    /** Found in review: a file in content/you-said-we-did/ made a list of that folder, and the build stopped as a bug (exit 3). */
    @Test
    void aFileInTheYearlyPagesFolderIsAContentErrorNotACrash() {
        TextSite.Built reserved = TextSite.write(dir.resolve("reserved"), SITE + """
                -- content/you-said-we-did/notes.md --
                ---
                title: Notes
                summary: Our notes.
                ---
                Text.
                -- content/you-said-we-did/2025-26/index.md --
                ---
                title: The year 2025 to 2026
                summary: What we did.
                ---
                Text.
                """).build(dir.resolve("reserved-out"), NOW);
        reserved.failedWith("content/you-said-we-did/notes.md:1:1: error: the folder content/you-said-we-did/ is kept for "
                        + "the portal's own 'You said, we did' pages",
                "content/you-said-we-did/2025-26/index.md:1:1: error: the folder content/you-said-we-did/ is kept");
        assertFalse(reserved.printed().contains("two generators"), reserved.printed());
    }

    /**
     * Found in review: a cell starting with = + - or @ is a formula when the CSV is opened in a spreadsheet, and 'you
     * said' and 'we did' were published as raw Markdown, HTML the page leaves out included.
     */
    @Test
    void theOpenDataHasNoFormulasAndNoMarkupOnlyTheTextThePageShows() {
        TextSite.Built hostile = TextSite.write(dir.resolve("hostile"), """
                -- content/engagement/h-drop-in.md --
                ---
                title: "=HYPERLINK(\\"https://evil.example\\",\\"Click\\")"
                summary: "+44 people came; -1 left; @home"
                date: 2026-06-17
                activity: drop-in
                engagement: consult
                stage: assess
                people: 20
                heard: |
                  @SUM(1+1) was what **some** said.

                  <script>alert(1)</script>

                  <img src=x.svg alt="" onerror="alert(2)">
                did:
                  date: 2026-09-15
                  body: |
                    -2 clinics [opened](https://example.org/clinics) <span onclick="alert(3)">later</span>.

                    ## Next
                ---
                -- content/engagement/x.svg --
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>
                """).build(dir.resolve("hostile-out"), NOW).succeeded();
        List<List<String>> csv = parseCsv(hostile.file("/open-data/engagement.csv").text());
        List<String> header = csv.get(0);
        List<String> row = csv.get(1);
        assertEquals("'=HYPERLINK(\"https://evil.example\",\"Click\")", row.get(header.indexOf("title")));
        assertEquals("'+44 people came; -1 left; @home", row.get(header.indexOf("summary")));
        assertEquals("'@SUM(1+1) was what some said.", row.get(header.indexOf("you_said")));
        assertEquals("'-2 clinics opened later.\n\nNext", row.get(header.indexOf("we_did")));
        for (List<String> r : csv) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a formula: " + cell);
            }
        }
        // The JSON has the same text, without the quote a spreadsheet needs, and no markup either.
        String json = hostile.file("/open-data/engagement.json").text();
        Map<?, ?> h = (Map<?, ?>) ((List<?>) ((Map<?, ?>) Json.read(json)).get("rows")).get(0);
        assertEquals("@SUM(1+1) was what some said.", h.get("you_said"));
        assertEquals("-2 clinics opened later.\n\nNext", h.get("we_did"));
        for (String raw : List.of(json, hostile.file("/open-data/engagement.csv").text())) {
            for (String markup : List.of("<script", "alert(", "onerror", "onclick", "<span", "**", "##", "](")) {
                assertFalse(raw.contains(markup), markup + " in " + raw);
            }
        }
    }

    /** Found in review: "Of the 1 consultation, ..." and "1 people took part". */
    @Test
    void oneOfAnythingIsWrittenInTheSingular() {
        Document old = built.page("/you-said-we-did/2025-26/");
        assertEquals("The consultation's outcome is overdue: it was due within 12 weeks of closing.",
                old.selectFirst("#summary + p + p").text());
        assertTrue(old.selectFirst("#summary + p").text().startsWith("In 2025-26, 1 consultation and 0 engagement activities "
                + "closed."), old.selectFirst("#summary + p").text());
        TextSite.Built one = TextSite.write(dir.resolve("one"), """
                -- content/engagement/a-chat.md --
                ---
                title: A chat
                summary: One person told us about parking.
                date: 2026-06-17
                activity: interviews
                engagement: consult
                stage: assess
                reached: [carers]
                people: 1
                ---
                """).build(dir.resolve("one-out"), NOW).succeeded();
        String intro = one.page("/you-said-we-did/2026-27/").selectFirst("#summary + p").text();
        assertTrue(intro.contains("1 engagement activity closed") && intro.contains("we reached 1 of the 5 groups"), intro);
        // One person is fewer than 5, which is never published as a number (it was "1 person took part", beside the group
        // reached): the count is withheld on the page and left out of the year's total, as a consultation's are.
        assertEquals("fewer than 5 people took part", one.page("/engagement/a-chat/").select("main dl dd").eachText().stream()
                .filter(t -> t.contains("took part")).findFirst().orElseThrow());
        // And the year does not say "0 people took part", as if nobody came: it says it has no count it can publish.
        assertTrue(intro.contains("closed. We have no count of the people who took part that we can publish (a number under 5 is "
                + "never published), and we reached 1 of the 5 groups"), intro);
        assertTrue(!intro.contains("0 people"), intro);
    }

    /** Found by the audit's table-without-data rule: a site listing no groups showed a table of headers and no rows. */
    @Test
    void aSiteWithNoGroupsHasNoTableOfGroupsReached() {
        TextSite.Built none = TextSite.write(dir.resolve("no-groups"), """
                -- content/_data/groups.yml --
                []
                -- content/engagement/a-chat.md --
                ---
                title: A chat
                summary: One person told us about parking.
                date: 2026-06-17
                activity: interviews
                engagement: consult
                stage: assess
                people: 1
                ---
                """).build(dir.resolve("no-groups-out"), NOW).succeeded();
        Document year = none.page("/you-said-we-did/2026-27/");
        assertTrue(year.select("#groups").isEmpty(), year.select("main").html());
        assertTrue(year.select("table").stream().allMatch(t -> !t.select("td").isEmpty()), "no table without data");
        assertFalse(built.page("/you-said-we-did/2025-26/").select("#groups").isEmpty(), "a site with groups still lists them");
    }
}
