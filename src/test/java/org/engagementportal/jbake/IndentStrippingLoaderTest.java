package org.engagementportal.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import freemarker.cache.StringTemplateLoader;
import java.io.IOException;
import java.io.Reader;
import org.junit.jupiter.api.Test;

/** Templates are served without the indentation their editors keep, and with every line where it was. */
class IndentStrippingLoaderTest {

    @Test
    void leadingSpacesAndTabsGoAndEverythingElseStays() {
        assertEquals("<ul>\n<li>One  two</li>\n<li>Three</li>  \n</ul>",
                IndentStrippingLoader.strip("<ul>\n    <li>One  two</li>\n\t\t<li>Three</li>  \n</ul>"));
    }

    @Test
    void blankAndIndentedOnlyLinesKeepTheirLineBreaksSoLineNumbersHold() {
        String template = "a\n   \n\t\n  b\n";
        String stripped = IndentStrippingLoader.strip(template);
        assertEquals("a\n\n\nb\n", stripped);
        assertEquals(template.lines().count(), stripped.lines().count());
    }

    @Test
    void windowsLineEndsAreKeptAndStillStartALine() {
        assertEquals("a\r\nb\r\nc", IndentStrippingLoader.strip("a\r\n  b\r\n\tc"));
    }

    @Test
    void spacesInsideALineOrAfterTextAreNotIndentation() {
        assertEquals("<p>Keep   these</p>   ", IndentStrippingLoader.strip("   <p>Keep   these</p>   "));
    }

    @Test
    void itServesTheTemplatesOfTheLoaderItWrapsStripped() throws IOException {
        StringTemplateLoader inner = new StringTemplateLoader();
        inner.putTemplate("card.ftlh", "<div>\n    ${title}\n</div>\n", 42L);
        IndentStrippingLoader loader = new IndentStrippingLoader(inner);

        Object source = loader.findTemplateSource("card.ftlh");
        assertEquals(42L, loader.getLastModified(source));
        StringBuilder text = new StringBuilder();
        try (Reader r = loader.getReader(source, "UTF-8")) {
            char[] buf = new char[4];
            for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                text.append(buf, 0, n);
            }
        }
        assertEquals("<div>\n${title}\n</div>\n", text.toString());
        loader.closeTemplateSource(source);
        assertNull(loader.findTemplateSource("missing.ftlh"), "a template the inner loader lacks is missing here too");
    }
}
