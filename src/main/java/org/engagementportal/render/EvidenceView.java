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
 * @param responsesTotal the total responses as published ("120", or "fewer than 5"), null when not given
 * @param responsesSentence "We received 120 responses.", null when not given
 * @param responses     rows of responses by channel; empty when not given, or fewer than 5 people responded
 * @param respondents   a table per characteristic that can be published without giving away a small number
 * @param withheld      why some or all of who responded is not published, in plain words; null when all is
 */
public record EvidenceView(boolean showEia, DocumentView eiaDocument, Link eiaPage, String eiaNotNeeded, String substantial,
                           String scrutinyCommittee, String scrutinyDate, String scrutinyView, Link decidedAt,
                           String decidedItem, String responsesTotal, String responsesSentence, List<Row> responses,
                           List<Table> respondents, String withheld) {

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
