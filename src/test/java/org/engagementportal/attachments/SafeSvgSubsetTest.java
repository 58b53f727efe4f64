package org.engagementportal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.engagementportal.source.Problem;
import org.engagementportal.source.Problems;
import org.engagementportal.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The safe subset of SVG, element by element and attribute by attribute: what a drawing needs is kept with
 * the same meaning (same elements, same attributes, same text), what can run or fetch is removed with a
 * warning, and the pictures of the example portal come through unchanged.
 */
class SafeSvgSubsetTest {
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

    private final Problems problems = new Problems();

    private Optional<String> clean(String svg) {
        return SafeSvg.clean(svg.getBytes(StandardCharsets.UTF_8), "content/pictures/p.svg", problems)
                .map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private String cleanInside(String inner) {
        return clean(SVG + inner + "</svg>").orElseThrow();
    }

    private static Document xml(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    /** The drawing as a reader's browser sees it: element names, attributes (less namespace declarations), text. */
    private static List<String> meaning(String svg) {
        List<String> out = new ArrayList<>();
        for (Element e : xml(svg).select("*")) {
            if (e.tagName().equals("#root")) {
                continue;
            }
            StringBuilder sb = new StringBuilder(e.tagName()).append(' ');
            for (Attribute a : e.attributes()) {
                if (!a.getKey().startsWith("xmlns")) {
                    sb.append(a.getKey()).append('=').append(a.getValue()).append(' ');
                }
            }
            out.add(sb.append('|').append(e.ownText()).toString());
        }
        return out;
    }

    private Problem onlyWarning() {
        assertEquals(0, problems.errorCount(), problems.sorted().toString());
        assertEquals(1, problems.warningCount(), problems.sorted().toString());
        return problems.sorted().get(0);
    }

    @Test
    void everyPictureOfTheExamplePortalComesThroughByteForByteWithoutAWarning() throws IOException {
        List<Path> pictures;
        try (Stream<Path> files = Files.list(TestSite.PROJECT.resolve("content/pictures"))) {
            pictures = files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertTrue(pictures.size() >= 5, "the example portal's pictures: " + pictures);
        for (Path p : pictures) {
            String original = Files.readString(p);
            assertEquals(original, clean(original).orElseThrow(), p.toString());
        }
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @Test
    void aDesignersIconKeepsItsMeaningThoughNotItsEditorsNotes() {
        String icon = """
                <?xml version="1.0" encoding="utf-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In -->
                <svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     x="0px" y="0px" viewBox="0 0 24 24" xml:space="preserve" xml:lang="en-GB" role="img" aria-label="Arrow">
                <title>Next page</title>
                <desc>An arrow pointing right</desc>
                <defs>
                  <linearGradient id="g1" x1="0" y1="0" x2="1" y2="1" gradientUnits="objectBoundingBox">
                    <stop offset="0" stop-color="#005eb8"/><stop offset="1" stop-color="#41b6e6" stop-opacity="0.8"/>
                  </linearGradient>
                  <clipPath id="c1"><rect width="24" height="24" rx="4"/></clipPath>
                  <symbol id="arrow" viewBox="0 0 10 10"><path d="M1 5h8M5 1l4 4-4 4"/></symbol>
                </defs>
                <g clip-path="url(#c1)" transform="translate(0 0)">
                  <circle cx="12" cy="12" r="12" fill="url(#g1)"/>
                  <use xlink:href="#arrow" x="7" y="7" width="10" height="10" stroke="#fff" stroke-width="2" fill="none"/>
                  <text x="2" y="22" font-family="Frutiger, Arial, sans-serif" font-size="3">Next &amp; last</text>
                </g>
                </svg>
                """;
        // Its accessible name (role, aria-label, title) stays; xlink:href is written as SVG 2's href.
        List<String> expected = meaning(icon).stream().map(m -> m.replace("xlink:href=", "href=")).toList();
        String out = clean(icon).orElseThrow();
        assertEquals(expected, meaning(out));
        assertTrue(problems.isEmpty(), "nothing unsafe was removed: " + problems.sorted());
        assertFalse(out.contains("Illustrator") || out.contains("DOCTYPE"), out);
        assertTrue(out.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" id=\"Layer_1\""), out);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<script>alert(1)</script>", "<set attributeName=\"href\" to=\"javascript:alert(1)\"/>",
            "<animate attributeName=\"x\" from=\"0\" to=\"1\"/>", "<animateTransform attributeName=\"transform\" type=\"rotate\"/>",
            "<animateMotion path=\"M0 0h1\"/>", "<foreignObject><p>text</p></foreignObject>", "<iframe src=\"https://evil.example/\"/>",
            "<handler type=\"application/ecmascript\">alert(1)</handler>"})
    void elementsThatRunOrHoldPagesAreRemovedWithTheirContent(String element) {
        String out = cleanInside("<rect width=\"1\"/>" + element + "<circle r=\"1\"/>");
        assertEquals(List.of("svg |", "rect width=1 |", "circle r=1 |"), meaning(out), out);
        String name = element.replaceFirst("(?s)^<(\\w+).*", "$1");
        assertTrue(onlyWarning().message().contains("<" + name + ">"), name + ": " + problems.sorted());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"onload", "onclick", "ONMOUSEOVER", "onBegin", "onfocusin"})
    void eventHandlersAreRemovedWhateverTheirCase(String handler) {
        String out = cleanInside("<rect " + handler + "=\"alert(1)\" width=\"2\"/>");
        assertEquals(List.of("svg |", "rect width=2 |"), meaning(out), out);
        assertTrue(onlyWarning().message().contains("'" + handler + "'"), problems.sorted().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://evil.example/sprite.svg#a", "//evil.example/a", "javascript:alert(1)", "data:image/svg+xml;base64,PHN2Zy8+",
            "#a:b", "sprite.svg#a", " javascript:alert(1)"})
    void referencesOutsideThePictureAreRemoved(String href) {
        String out = cleanInside("<use href=\"" + href + "\" x=\"3\"/><use xlink:href=\"" + href + "\" y=\"3\"/>");
        assertEquals(List.of("svg |", "use x=3 |", "use y=3 |"), meaning(out), out);
        assertTrue(onlyWarning().message().contains("a reference to"), problems.sorted().toString());
    }

    @Test
    void referencesInsideThePictureAndEmbeddedRasterPicturesAreKept() {
        String png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
        String out = cleanInside("<use href=\"#shape\"/><use xlink:href=\"#other\"/><image href=\"" + png + "\" width=\"1\"/>"
                + "<image xlink:href=\"data:image/jpeg;base64,/9j/4AAQ\" width=\"2\"/>");
        assertEquals(List.of("svg |", "use href=#shape |", "use href=#other |", "image href=" + png + " width=1 |",
                "image href=data:image/jpeg;base64,/9j/4AAQ width=2 |"), meaning(out));
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @Test
    void anEmbeddedPictureIsKeptOnlyOnAnImage() {
        String out = cleanInside("<use href=\"data:image/png;base64,iVBORw0KGgo=\"/>");
        assertEquals(List.of("svg |", "use |"), meaning(out));
        assertEquals(1, problems.warningCount());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"url(https://evil.example/a)", "URL(https://evil.example/a)", "url( 'http://evil.example/a' )",
            "url(data:image/png;base64,AAAA)", "#fff url(x.svg#a)"})
    void paintThatFetchesFromElsewhereIsRemoved(String paint) {
        String out = cleanInside("<rect fill=\"" + paint + "\" stroke=\"url(#local)\"/>");
        assertEquals(List.of("svg |", "rect stroke=url(#local) |"), meaning(out), out);
        assertTrue(onlyWarning().message().contains("'fill' that fetches from elsewhere"), problems.sorted().toString());
    }

    @Test
    void linksAreUnwrappedAndTheirDrawingKept() {
        String out = cleanInside("<a href=\"https://example.org/\" target=\"_blank\"><g><rect width=\"5\"/><text>Go</text></g></a>");
        assertEquals(List.of("svg |", "g |", "rect width=5 |", "text |Go"), meaning(out), out);
        assertTrue(onlyWarning().message().contains("the link <a>"));
    }

    @Test
    void aLinkedStyleSheetIsRemovedAndAnInlineOneKept() {
        String out = clean("<?xml-stylesheet href=\"https://evil.example/a.css\" type=\"text/css\"?>\n" + SVG
                + "<style>.a { fill: #005eb8 } .b > .c { stroke: url(#g) }</style><rect class=\"a\"/></svg>").orElseThrow();
        Document doc = xml(out);
        assertEquals(".a { fill: #005eb8 } .b > .c { stroke: url(#g) }", doc.selectFirst("style").wholeText());
        assertFalse(out.contains("evil.example"));
        assertTrue(onlyWarning().message().contains("a linked style sheet"));
    }

    @Test
    void unknownAttributesAndOtherNamespacesAreDroppedQuietly() {
        String out = clean("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "xmlns:i=\"http://ns.adobe.com/AdobeIllustrator/10.0/\" i:viewOrigin=\"0 0\" enable-background=\"new\">"
                + "<i:pgf id=\"adobe_illustrator_pgf\">binary</i:pgf><rect data-name=\"Box\" xlink:title=\"Box\" width=\"1\"/></svg>")
                .orElseThrow();
        assertEquals(List.of("svg |", "rect width=1 |"), meaning(out), out);
        assertTrue(problems.isEmpty(), "editors' own data is no danger: " + problems.sorted());
    }

    @Test
    void anHtmlElementIsReportedByName() {
        String out = cleanInside("<div xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></div><rect width=\"1\"/>");
        assertEquals(List.of("svg |", "rect width=1 |"), meaning(out), out);
        assertTrue(onlyWarning().message().contains("<div>"), problems.sorted().toString());
    }

    @Test
    void aBackslashInAPresentationAttributeIsRemoved() {
        String out = cleanInside("<rect fill=\"\\75 rl(https://evil.example/a)\" stroke=\"#000\"/>");
        assertEquals(List.of("svg |", "rect stroke=#000 |"), meaning(out), out);
        assertTrue(onlyWarning().message().contains("'fill' with a backslash"));
    }

    @Test
    void theWarningIsAtTheLineOfTheFirstRemovalAndListsEachKindOnce() {
        clean(SVG + "\n<rect/>\n<rect/>\n<script>a()</script>\n<script>b()</script>\n<rect onclick=\"c()\"/>\n</svg>");
        Problem warning = onlyWarning();
        assertEquals("content/pictures/p.svg", warning.position().file());
        assertEquals(4, warning.position().line());
        String message = warning.message();
        assertEquals(message.indexOf("<script>"), message.lastIndexOf("<script>"), message);
        assertTrue(message.contains("'onclick'"), message);
        assertTrue(warning.fix().contains("plain SVG"), warning.fix());
    }

    @Test
    void textAndAttributesKeepEveryCharacterWhenWrittenAgain() {
        String out = cleanInside("<text x=\"1\" xml:space=\"preserve\">a &lt; b &amp;&amp; c &gt; \"d\"\tend</text>"
                + "<polyline points=\"0,0&#10;10,10&#9;20,0\" id=\"q&quot;&lt;\"/>");
        Document doc = xml(out);
        assertEquals("a < b && c > \"d\"\tend", doc.selectFirst("text").wholeText());
        assertEquals("0,0\n10,10\t20,0", doc.selectFirst("polyline").attr("points"), "a line break in an attribute stays one");
        assertEquals("q\"<", doc.selectFirst("polyline").attr("id"));
        assertTrue(out.contains("points=\"0,0&#10;10,10&#9;20,0\""), out);
    }

    @Test
    void aPrefixedSvgRootIsWrittenWithTheDefaultNamespace() {
        String out = clean("<s:svg xmlns:s=\"http://www.w3.org/2000/svg\" width=\"3\"><s:rect width=\"1\"/></s:svg>").orElseThrow();
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"3\"><rect width=\"1\"/></svg>\n", out);
    }

    @Test
    void aFileThatIsNotAnSvgPictureIsAnError() {
        assertTrue(clean("<svg width=\"1\"><rect/></svg>").isEmpty(), "no SVG namespace: not a picture a browser draws");
        assertTrue(clean("plain text").isEmpty());
        assertTrue(clean("").isEmpty());
        List<Problem> errors = problems.sorted();
        assertEquals(3, problems.errorCount(), errors.toString());
        assertTrue(errors.stream().anyMatch(p -> p.message().equals("this file ends in .svg but is not an SVG picture.")), errors.toString());
        assertTrue(errors.stream().allMatch(p -> p.position().file().equals("content/pictures/p.svg")), errors.toString());
    }

    @Test
    void aBrokenPictureIsReportedAtItsLine() {
        assertTrue(clean(SVG + "\n<rect>\n<circle/>\n</svg>").isEmpty());
        Problem error = problems.sorted().get(0);
        assertTrue(error.isError());
        assertTrue(error.message().startsWith("this SVG picture cannot be read: "), error.message());
        assertEquals(4, error.position().line(), error.toString());
    }

    @Test
    void aPictureLargerThanEightMegabytesIsNotRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.svg");
        byte[] bytes = (SVG + "<desc>" + "x".repeat(SafeSvg.MAX_BYTES) + "</desc></svg>").getBytes(StandardCharsets.UTF_8);
        Files.write(big, bytes);
        assertTrue(SafeSvg.clean(big, "content/big.svg", problems).isEmpty());
        assertTrue(SafeSvg.clean(bytes, "content/big.svg", problems).isEmpty());
        assertEquals(2, problems.errorCount());
        assertTrue(problems.sorted().get(0).message().contains("larger than the 8 MB"), problems.sorted().toString());
        Path small = dir.resolve("small.svg");
        Files.writeString(small, SVG + "<rect/></svg>");
        assertTrue(SafeSvg.clean(small, "content/small.svg", problems).isPresent(), "the same method reads a picture of normal size");
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorNotACrash(@TempDir Path dir) {
        assertTrue(SafeSvg.clean(dir.resolve("missing.svg"), "content/missing.svg", problems).isEmpty());
        assertTrue(problems.sorted().get(0).message().startsWith("this file could not be read"), problems.sorted().toString());
    }
}
