package org.engagementportal.render;

import java.util.List;

/**
 * A bar chart drawn as an SVG file at build time, and shown with its numbers in a table beside it, so that nothing
 * is only in the picture.
 *
 * @param id          its id on the page and its file's name, "rungs"
 * @param src         the address of its SVG file
 * @param title       what it shows, "Activities by how much say people had"
 * @param description the chart in words, every bar with its number: the SVG's own description
 * @param alt         its alternative text on the page: a short summary, since the table under it gives every number
 * @param header      the heading of the table's first column, "How much say people had"
 * @param unit        the heading of the numbers' column, "Activities"
 * @param bars        its bars, in order
 */
public record ChartView(String id, String src, String title, String description, String alt, String header, String unit,
                        List<Bar> bars) {

    public ChartView {
        bars = List.copyOf(bars);
    }

    /** A bar: its label, its value, and the value as shown ("1,042"). */
    public record Bar(String label, long value, String shown) {
    }
}
