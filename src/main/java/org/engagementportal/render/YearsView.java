package org.engagementportal.render;

import java.util.List;

/** The list of financial years of "you said, we did", newest first, each with what closed in it. */
public record YearsView(LayoutView layout, String title, String summary, List<YearLink> years, Link csv, Link json,
                        Link schema) {

    public YearsView {
        years = List.copyOf(years);
    }

    /** A year: its link and what closed in it, "3 consultations and 6 engagement activities (so far)". */
    public record YearLink(Link link, String counts) {
    }
}
