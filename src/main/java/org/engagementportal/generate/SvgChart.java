package org.engagementportal.generate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.engagementportal.render.ChartView;

/**
 * A horizontal bar chart as an SVG file, written through the JDK's XML writer (so every label is escaped): a title
 * and a description in words with every number, then one row per bar (its label, its bar, its number). Colours are
 * attributes, not styles, so the site's policy of no inline styles holds. The page shows the same numbers in a table.
 */
final class SvgChart {
    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 280;
    static final int BAR_SPACE = 290;
    static final int ROW = 32;
    static final String BAR_COLOUR = "#005eb8";
    static final String TEXT_COLOUR = "#212b32";
    static final String BACKGROUND = "#ffffff";

    private SvgChart() {
    }

    /** The width of a bar for {@code value} when the longest is {@code max}: in proportion, at least 1 for any value over 0. */
    static long barWidth(long value, long max) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(1, Math.round((double) value * BAR_SPACE / max));
    }

    static byte[] write(ChartView chart) {
        long max = chart.bars().stream().mapToLong(ChartView.Bar::value).max().orElse(0);
        int height = Math.max(1, chart.bars().size()) * ROW + 8;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("svg");
            x.writeDefaultNamespace("http://www.w3.org/2000/svg");
            x.writeAttribute("width", Integer.toString(WIDTH));
            x.writeAttribute("height", Integer.toString(height));
            x.writeAttribute("viewBox", "0 0 " + WIDTH + " " + height);
            x.writeAttribute("role", "img");
            x.writeAttribute("aria-labelledby", chart.id() + "-title " + chart.id() + "-desc");
            x.writeAttribute("font-family", "Arial, sans-serif");
            x.writeAttribute("font-size", "14");
            element(x, "title", chart.id() + "-title", chart.title());
            element(x, "desc", chart.id() + "-desc", chart.description());
            // A white ground of its own: with Windows' high contrast or another forced dark background behind the picture,
            // its dark words and numbers were black on black.
            x.writeEmptyElement("rect");
            x.writeAttribute("width", Integer.toString(WIDTH));
            x.writeAttribute("height", Integer.toString(height));
            x.writeAttribute("fill", BACKGROUND);
            int row = 0;
            for (ChartView.Bar b : chart.bars()) {
                int top = row * ROW + 4;
                long w = barWidth(b.value(), max);
                x.writeStartElement("g");
                x.writeAttribute("class", "bar");
                text(x, 0, top + 19, TEXT_COLOUR, b.label());
                x.writeEmptyElement("rect");
                x.writeAttribute("x", Integer.toString(LABEL_WIDTH));
                x.writeAttribute("y", Integer.toString(top + 4));
                x.writeAttribute("width", Long.toString(w));
                x.writeAttribute("height", "20");
                x.writeAttribute("fill", BAR_COLOUR);
                text(x, LABEL_WIDTH + w + 6, top + 19, TEXT_COLOUR, b.shown());
                x.writeEndElement();
                row++;
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing a chart to memory cannot fail", e);
        }
        return (new String(bytes.toByteArray(), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void element(XMLStreamWriter x, String name, String id, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeAttribute("id", id);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, long at, int baseline, String colour, String text) throws XMLStreamException {
        x.writeStartElement("text");
        x.writeAttribute("x", Long.toString(at));
        x.writeAttribute("y", Integer.toString(baseline));
        x.writeAttribute("fill", colour);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
