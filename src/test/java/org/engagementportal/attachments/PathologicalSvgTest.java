package org.engagementportal.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.engagementportal.source.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SVG pictures written to make the cleaner slow: each is read in time proportional to its length. The
 * timeouts run the test on a thread of its own, so a hang fails the test instead of the whole run; the
 * cleaner's speed itself is not measured here.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PathologicalSvgTest {
    private final Problems problems = new Problems();

    private Optional<String> clean(String svg) {
        return SafeSvg.clean(svg.getBytes(StandardCharsets.UTF_8), "content/p.svg", problems)
                .map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /**
     * Found by this test: comments were removed with a lazy regular expression, which for a comment that is
     * never closed tried every "/*" against the rest of the text, so a few megabytes of them took hours.
     */
    @Test
    void aStyleSheetOfCommentsThatNeverCloseIsRefusedInTime() {
        String css = "/* ".repeat(1_000_000); // 3 MB, under the 8 MB the cleaner reads
        assertFalse(SafeSvg.safeCss(css), "an unclosed comment could hide the rest of the style sheet");
        String out = clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>" + css + "</style><rect width=\"1\"/></svg>")
                .orElseThrow();
        assertFalse(out.contains("/*"), "the style sheet is removed");
        assertTrue(out.contains("<rect width=\"1\"/>"), out.substring(0, Math.min(out.length(), 200)));
        assertEquals(1, problems.warningCount());
    }

    @Test
    void aStyleAttributeOfCommentsThatNeverCloseIsRemovedInTime() {
        String out = clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"" + "/* ".repeat(500_000)
                + "\" fill=\"#005eb8\"/></svg>").orElseThrow();
        assertFalse(out.contains("style="), out.substring(0, Math.min(out.length(), 200)));
        assertTrue(out.contains("fill=\"#005eb8\""));
    }

    @Test
    void manyClosedCommentsAreRemovedAndTheRulesBetweenThemKept() {
        String css = "/* a */ rect { fill: url(#g) } ".repeat(200_000);
        assertTrue(SafeSvg.safeCss(css));
        assertFalse(SafeSvg.safeCss(css + "/* x */ @import 'https://evil.example/a.css';"), "a rule after them is still read");
        assertTrue(SafeSvg.safeCss("@im/* y */port {}"), "a comment separates words in CSS: this is no @import");
    }

    @Test
    void aMillionReferencesAreCheckedInTime() {
        String fill = "url(#a) ".repeat(300_000);
        String out = clean("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"" + fill + "\"/>"
                + "<rect fill=\"" + fill + "url(https://evil.example/x)\"/></svg>").orElseThrow();
        assertEquals(300_000, out.split("url\\(#a\\)", -1).length - 1, "the first rect keeps its fill, the second loses it");
        assertFalse(out.contains("evil.example"));
    }

    @Test
    void thousandsOfAttributesOnOneElementAreCleanedAndTensOfThousandsReported() {
        String out = clean(manyAttributes(4_000)).orElseThrow();
        assertTrue(out.contains("<rect width=\"4\"/>"), out);
        assertFalse(out.contains("alert"), out);
        assertTrue(clean(manyAttributes(50_000)).isEmpty(), "more than the XML reader takes on one element");
        assertEquals(1, problems.errorCount());
        assertTrue(problems.sorted().stream().anyMatch(p -> p.message().startsWith("this SVG picture cannot be read")),
                problems.sorted().toString());
    }

    /** A rect with {@code pairs} unknown attributes and as many event handlers. */
    private static String manyAttributes(int pairs) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect");
        for (int i = 0; i < pairs; i++) {
            svg.append(" data-").append(i).append("=\"x\" on").append(i).append("=\"alert(1)\"");
        }
        return svg.append(" width=\"4\"/></svg>").toString();
    }
}
