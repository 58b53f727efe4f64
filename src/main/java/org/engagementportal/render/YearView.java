package org.engagementportal.render;

import java.util.List;

/**
 * One financial year of "you said, we did", as its template shows it: what closed in the year, each with what was
 * asked, what people said, what was decided and when, the difference it made and whether it was on time; and the
 * year's totals, as charts with tables.
 *
 * @param layout     the page around it
 * @param inProgress the words saying the year is not over yet, or null
 * @param summary    the year in one paragraph
 * @param groups     every group of groups.yml with how many activities reached it
 * @param notReached the names of the groups nothing reached this year, or empty
 * @param otherYears links to the other years
 */
public record YearView(LayoutView layout, String title, String summary, String period, String inProgress, String intro,
                       List<ChartView> charts, List<GroupRow> groups, List<String> notReached, String onTime,
                       List<ItemView> items, Link csv, Link json, Link schema, Link all, List<Link> otherYears) {

    public YearView {
        charts = List.copyOf(charts);
        groups = List.copyOf(groups);
        notReached = List.copyOf(notReached);
        items = List.copyOf(items);
        otherYears = List.copyOf(otherYears);
    }

    /** A group and how many activities reached it ("0" is shown as it is: nothing reached them). */
    public record GroupRow(String name, String description, String count) {
    }

    /**
     * A consultation or engagement record that closed in the year.
     *
     * @param decided where and when it was decided ("Governing Body meeting, 16 July 2026, item 6"), or null
     * @param onTime  for a consultation, whether its outcome came on time, in words; else null
     */
    public record ItemView(String id, Link page, String kind, String when, String asked, String heard, Link decidedAt,
                           String decided, String didDate, String did, String onTime, String people) {
    }
}
