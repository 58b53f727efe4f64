package org.engagementportal.render;

/** One bulletin issue: its series, date and the neighbouring issues (null at either end). */
public record BulletinView(Link series, String date, String dateIso, Link previous, Link next) {
}
