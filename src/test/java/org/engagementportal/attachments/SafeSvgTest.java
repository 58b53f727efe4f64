package org.engagementportal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.engagementportal.source.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class SafeSvgTest {
    private final Problems problems = new Problems();

    private Optional<String> clean(String svg) {
        return SafeSvg.clean(svg.getBytes(StandardCharsets.UTF_8), "content/p.svg", problems)
                .map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private static Document xml(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    @Test
    void aPlainPictureIsKeptAsItIsWithoutAWarning() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 96 96\" width=\"96\" height=\"96\">\n"
                + "<rect width=\"96\" height=\"96\" rx=\"12\" fill=\"#e8edee\"/><circle cx=\"26\" cy=\"38\" r=\"4\" fill=\"#fff\"/>\n</svg>\n";
        assertEquals(svg, clean(svg).orElseThrow());
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @Test
    void editorsDataIsDroppedQuietlyAndTheDrawingKept() {
        String out = clean("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!-- Created with Inkscape -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" inkscape:version="1.2" width="10" height="10">
                  <sodipodi:namedview pagecolor="#ffffff"/>
                  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
                  <g inkscape:label="Layer 1" style="fill:#005eb8;stroke:none"><path d="M0 0h10v10z" sodipodi:nodetypes="ccc"/></g>
                  <style>.st0{fill:#41b6e6;}</style>
                </svg>
                """).orElseThrow();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertFalse(out.contains("inkscape") || out.contains("sodipodi") || out.contains("rdf") || out.contains("Created"), out);
        Document doc = xml(out);
        assertEquals("fill:#005eb8;stroke:none", doc.selectFirst("g").attr("style"));
        assertEquals("M0 0h10v10z", doc.selectFirst("path").attr("d"));
        assertEquals(".st0{fill:#41b6e6;}", doc.selectFirst("style").text());
    }

    /**
     * Found in review: image-set() and its relatives take an address in quotes, not in url(), so a style sheet
     * or a presentation attribute could still fetch from another website.
     */
    @Test
    void cssFunctionsThatFetchAreRemovedWhateverTheirSpelling() {
        String out = clean("""
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
                  <style>rect{fill:red;background:image-set("https://evil.example/a.png" 1x)}</style>
                  <style>g{mask:-WEBKIT-Image-Set('https://evil.example/b.png' 1x)}</style>
                  <style>g{background:cross-fade(image("https://evil.example/c.png"), red)}</style>
                  <rect width="5" height="5" style="background-image:IMAGE-SET('https://evil.example/d.png' 1x)"/>
                  <rect width="5" height="5" mask="image-set('https://evil.example/e.png' 1x)"/>
                  <rect width="5" height="5" fill="src('https://evil.example/f.svg#g')"/>
                </svg>
                """).orElseThrow();
        assertFalse(out.contains("evil.example"), out);
        assertEquals(1, problems.sorted().size(), problems.sorted().toString());
        assertTrue(problems.sorted().get(0).message().contains("that fetches from elsewhere"), problems.sorted().toString());
    }

    @Test
    void cssFunctionsThatOnlyDrawAreKept() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                + "<style>rect:nth-child(2n+1){fill:rgba(0,94,184,.5);filter:drop-shadow(1px 1px 0 hsl(0 0% 0%))}"
                + " g:not(.a){transform:translate(1px,2px) rotate(3deg);width:calc(100% - min(2px, 1em))}</style>"
                + "<g transform=\"matrix(1 0 0 1 0 0) skewX(3) scale(2)\" clip-path=\"inset(1px)\" fill=\"url(#g)\">"
                + "<rect width=\"5\" height=\"5\" style=\"fill:var(--c, rgb(1 2 3))\" aria-label=\"Sales (2024)\"/></g></svg>\n";
        assertEquals(svg, clean(svg).orElseThrow());
        assertTrue(problems.isEmpty(), problems.sorted().toString());
    }

    @Test
    void scriptHandlersForeignContentAnimationAndOutsideReferencesAreRemovedWithOneWarning() {
        String out = clean("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">
                  <script type="text/ecmascript"><![CDATA[alert(2)]]></script>
                  <use xlink:href="#shape"/><use href="https://evil.example/sprite.svg#x"/>
                  <a href="javascript:alert(3)"><text>Go</text></a>
                  <animate attributeName="href" to="javascript:alert(4)"/>
                  <foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/></foreignObject>
                  <image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" width="1" height="1"/>
                  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
                  <rect fill="url(https://evil.example/g.svg#a)" stroke="url(#local)" style="background:url(//evil.example/x)"/>
                </svg>
                """).orElseThrow();
        for (String gone : new String[] {"alert", "script", "onload", "evil.example", "foreignObject", "animate", "javascript",
                "image/svg+xml", "iframe"}) {
            assertFalse(out.contains(gone), gone + " in " + out);
        }
        Document doc = xml(out);
        assertEquals("#shape", doc.selectFirst("use").attr("href"), "xlink:href becomes SVG 2's href");
        assertEquals("Go", doc.selectFirst("text").text(), "a link's content stays, without the link");
        assertEquals("data:image/png;base64,iVBORw0KGgo=", doc.selectFirst("image[href]").attr("href"));
        assertEquals(2, doc.select("image").size(), "the SVG picture inside loses its address, not its place");
        assertEquals("url(#local)", doc.selectFirst("rect").attr("stroke"));
        assertEquals(1, problems.warningCount());
        assertEquals(1, problems.sorted().get(0).position().line());
    }

    @Test
    void unsafeStyleSheetsAreRemoved() {
        for (String css : new String[] {"@import 'x.css';", "a{background:url(https://e.example/x)}", "a{b:expression(alert(1))}",
                "a{b:\\75rl(x)}", "a{behavior:url(x.htc)}", "a{-moz-binding:url(x)}", "a{b:c}/* open"}) {
            assertFalse(SafeSvg.safeCss(css), css);
        }
        assertTrue(SafeSvg.safeCss(".a{fill:url(#g) ; stroke: url( '#h' )} /* note */"));
    }

    @Test
    void whatCannotBeReadAsAnSvgPictureIsAnError() {
        assertTrue(clean("<html><body/></html>").isEmpty());
        assertTrue(clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect>").isEmpty());
        assertTrue(clean("<!DOCTYPE svg [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<text>&b;</text></svg>").isEmpty(), "entities are never expanded");
        assertTrue(clean("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<text>&x;</text></svg>").isEmpty(), "nor read from files");
        assertEquals(4, problems.errorCount());
    }

    @Test
    void thousandsOfNestedGroupsAreFine() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g>".repeat(50_000) + "</g>".repeat(50_000) + "</svg>";
        assertTrue(clean(svg).isPresent());
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text x=\"1\">a &amp; b &lt; \"c\"</text><rect id='q\"' /></svg>";
        String once = clean(svg).orElseThrow();
        assertEquals(once, clean(svg).orElseThrow());
        assertEquals(once, clean(once).orElseThrow(), "cleaning is idempotent");
    }

    /** Found in review: a comment or element inside a style sheet split it into pieces that each looked harmless. */
    @Test
    void aStyleSheetIsCheckedWholeAndCssEscapesInAttributesAreRemoved() {
        String out = clean("""
                <svg xmlns="http://www.w3.org/2000/svg">
                <style>@imp<!---->ort "https://evil.example/x.css"; rect { fill: ur<g/>l(https://evil.example/p) }</style>
                <rect fill="u\\rl(https://evil.example/p.svg#a)" stroke="#005eb8"/>
                </svg>
                """).orElseThrow();
        assertFalse(out.contains("evil.example") || out.contains("import"), out);
        assertTrue(out.contains("stroke=\"#005eb8\""), out);
    }

    @Test
    void hrefAndXlinkHrefTogetherKeepOneSoThePictureStaysWellFormed() {
        String out = clean("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<use href=\"#a\" xlink:href=\"#b\"/></svg>").orElseThrow();
        assertEquals(1, out.split("href=", -1).length - 1, out);
        assertTrue(clean(out).isPresent(), "the result is itself a picture that can be read");
    }
}
