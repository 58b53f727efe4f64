package org.engagementportal.audit.rules;

import org.jsoup.nodes.Document;

/**
 * A generated page as the rules see it.
 *
 * @param path  its address, "/consultations/dental/"
 * @param lang  the {@code lang} of its {@code <html>}, or null
 * @param title the text of its {@code <title>}, or null
 * @param main  its {@code <main>} element and what is in it, parsed
 */
public record PageUnderTest(String path, String lang, String title, Document main) {
}
