package org.engagementportal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class YouSaidWeDidYearTest {
    /**
     * A financial year's name is in web addresses ("/you-said-we-did/2025-26/") and the open data, so it is the same on
     * every machine: with Arabic or Thai as the machine's language it once came out as "2025-٢٦".
     */
    @Test
    void aYearIsNamedWithTheSameDigitsWhateverTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        try {
            for (Locale l : java.util.List.of(Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.UK)) {
                Locale.setDefault(l);
                assertEquals("2025-26", YouSaidWeDid.Year.of(LocalDate.of(2026, 3, 31)).label(), l.toString());
                assertEquals("2026-27", YouSaidWeDid.Year.of(LocalDate.of(2026, 4, 1)).label(), l.toString());
                assertEquals("2008-09", new YouSaidWeDid.Year(2008).label(), l.toString());
                assertEquals("2099-00", new YouSaidWeDid.Year(2099).label(), l.toString());
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
