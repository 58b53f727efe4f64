package org.engagementportal.content;

/** The fields that only one type of content has. */
public sealed interface Details permits Page, Consultation, Meeting, Bulletin, Event, Statement {
}
