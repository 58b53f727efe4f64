package org.engagementportal.render;

/**
 * One bulletin issue: its series, date, the day it was corrected ('updated', when after its date; else null) and the
 * neighbouring issues (null at either end).
 */
public record BulletinView(Link series, String date, String dateIso, String updated, String updatedIso, Link previous, Link next) {
}
