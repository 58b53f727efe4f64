package org.engagementportal.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Addresses are told to be documents' exactly as the rule's expression tells them, whatever their case or ending. */
class DocumentLinksProperties {
    /** The rule's expression, written out here so that the test does not take it from the code it checks. */
    private static final Pattern EXPRESSION = Pattern.compile("(?i).*\\.(pdf|docx?|odt|rtf|xlsx?|ods|csv|pptx?|odp|zip)([?#].*)?$");

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> part = Arbitraries.of("/", "plan", ".", "pdf", "PDF", "Pdf", "docx", "DOC", "x", "xlsx", "odt", "rtf", "ods", "csv",
                "pptx", "odp", "ZIP", "?", "#", "=1", "\n", "\r", " ", "İ", "K", "ſ", ".pdf", ".Docx", ".XLS", ".pptx/",
                "https://example.org");
        return part.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    @Property
    void anAddressIsADocumentsWhenTheExpressionSaysSo(@ForAll("addresses") String href) {
        assertEquals(EXPRESSION.matcher(href).matches(), DocumentLinks.isDocument(href), href);
    }

    @Example
    void documentsInAnyCaseWithAQueryOrFragment() {
        assertTrue(DocumentLinks.isDocument("/papers/Plan.PDF?download=1#page=2"));
        assertTrue(DocumentLinks.isDocument("https://example.org/a.b/report.docx"));
        assertFalse(DocumentLinks.isDocument("/papers/plan.pdfx"));
        assertFalse(DocumentLinks.isDocument("/papers/report.pdf/"));
        assertFalse(DocumentLinks.isDocument("/consultations/dental/"));
    }
}
