package org.engagementportal.render;

import java.util.List;

/**
 * A consultation's evidence as its page shows it: strings ready to show, null for "not given". Counts from 1 to 4
 * of who responded are already "fewer than 5".
 *
 * @param showEia       whether to say anything of an impact assessment: when one is given, and for every formal
 *                      consultation (which then says it is not published yet)
 * @param eiaDocument   the impact assessment as a document; or {@code eiaPage}, a page; or {@code eiaNotNeeded}, why none
 * @param substantial   "Yes" or "No": whether the change is a substantial variation of services, for formal
 *                      consultations and substantial variations; else null
 * @param decidedAt     the meeting that decided it, and {@code decidedItem} its agenda item ("Item 6: ...")
 * @param responses     rows of responses by channel, the last the total; empty when not given
 * @param respondents   a table per characteristic
 */
public record EvidenceView(boolean showEia, DocumentView eiaDocument, Link eiaPage, String eiaNotNeeded, String substantial,
                           String scrutinyCommittee, String scrutinyDate, String scrutinyView, Link decidedAt,
                           String decidedItem, String responsesTotal, List<Row> responses, List<Table> respondents) {

    public EvidenceView {
        responses = List.copyOf(responses);
        respondents = List.copyOf(respondents);
    }

    /** One row of a table: what is counted and the count as published. */
    public record Row(String label, String count) {
    }

    /** Counts of one characteristic ("Age"), with an id for its caption. */
    public record Table(String id, String caption, List<Row> rows) {
        public Table {
            rows = List.copyOf(rows);
        }
    }
}
