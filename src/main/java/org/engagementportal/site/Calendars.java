package org.engagementportal.site;

/** Where the site's iCalendar files are published, for the generator and for the links to them. */
public final class Calendars {
    /** Every meeting and event. */
    public static final String ALL = "/calendar.ics";

    private Calendars() {
    }

    /** One committee's meetings: "/governing-body/calendar.ics". */
    public static String committee(String id) {
        return "/" + id + "/calendar.ics";
    }
}
